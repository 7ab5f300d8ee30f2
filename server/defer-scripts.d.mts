export const LOADER: string;
export interface DeferOptions {
  readStylesheet?: (href: string) => string | undefined;
}
export function createScriptDeferrer(options?: DeferOptions): { push(chunk: string): string; flush(): string };
export function deferFrameworkScripts(html: string, options?: DeferOptions): string;
