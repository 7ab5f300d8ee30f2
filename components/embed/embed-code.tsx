import { EMBED_WIDTH, embedSnippet } from "@/lib/embed/paths";

/**
 * "Embed": the <iframe> to paste into another site, in a read-only box inside a disclosure. No
 * client script: the box selects with a click or the keyboard like any text, and the page stays
 * as light as it was.
 */
export function EmbedCode({ id, what, src, title, height }: { id: string; what: string; src: string; title: string; height: number }) {
  const snippet = embedSnippet({ src, title, width: EMBED_WIDTH.default, height });
  return (
    <details className="mt-4 max-w-3xl text-sm">
      <summary className="cursor-pointer font-semibold text-link">Embed {what}</summary>
      <label htmlFor={id} className="mt-3 block font-semibold">
        HTML to paste into your page
      </label>
      <textarea
        id={id}
        readOnly
        rows={4}
        defaultValue={snippet}
        className="mt-1 w-full resize-y rounded-sm border border-rule bg-paper px-3 py-2 font-mono text-sm leading-snug text-ink"
      />
      <p className="mt-1 text-muted">
        A card of {EMBED_WIDTH.default} pixels at most, narrowing to {EMBED_WIDTH.min}; no scripts, no cookies. Light or dark follows
        the reader&rsquo;s setting; add <code>?theme=light</code> or <code>?theme=dark</code> to the address to fix one.{" "}
        <a href={src} className="underline">
          Preview the embed
        </a>
        .
      </p>
    </details>
  );
}
