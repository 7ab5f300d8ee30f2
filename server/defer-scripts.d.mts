export const ENHANCED_ATTRIBUTE: string;
export const LOADER: string;
export interface DeferOptions<Css = string> {
  readStylesheet?: (href: string) => Css | undefined;
}
export function createScriptDeferrer<Css = string>(options?: DeferOptions<Css>): {
  push(chunk: string): (string | Css)[];
  flush(): (string | Css)[];
  readonly done: boolean;
};
export function deferFrameworkScripts(html: string, options?: DeferOptions): string;
