/**
 * Where the embeds live, how big their frames are, and the <iframe> snippet the site offers to
 * copy. Client-safe: no dataset here.
 */
import { SITE_NAME, absoluteUrl } from "../site";

export const EMBED_THEMES = ["auto", "light", "dark"] as const;
export type EmbedTheme = (typeof EMBED_THEMES)[number];

/** How many calls a timeline embed lists. */
export const EMBED_LIMIT = { default: 5, max: 20 } as const;

/** Frames are fluid up to this width and readable from 280 px. */
export const EMBED_WIDTH = { default: 560, min: 280 } as const;

export function embedCallPath(id: string): string {
  return `/embed/calls/${encodeURIComponent(id)}`;
}

/** `search`: the timeline view's canonical parameters (callQueryToParams), without `page`. */
export function embedTimelinePath(search: string, limit: number = EMBED_LIMIT.default): string {
  const params = new URLSearchParams(search);
  params.delete("page");
  if (limit !== EMBED_LIMIT.default) params.set("limit", String(limit));
  const query = params.toString();
  return query ? `/embed/calls?${query}` : "/embed/calls";
}

/**
 * The frame's height for a width: enough for the longest content at that width. The headline,
 * participants and accounts are clamped to a few lines, so the longest is bounded; these figures
 * are the tallest of every call and several views, measured in Chromium at 280, 340, 420 and 560
 * px, with a line to spare for the participants (the card's footer sits at the bottom of whatever is left).
 */
export function embedHeight(kind: "call" | "timeline", width: number, count: number = EMBED_LIMIT.default): number {
  if (kind === "call") return width < 340 ? 550 : width < 420 ? 520 : 460;
  return (width < 420 ? 190 : 150) + count * 134;
}

/** The oEmbed endpoint's URL for a page of the site (absolute). */
export function oembedUrl(pageUrl: string): string {
  return absoluteUrl(`/oembed?url=${encodeURIComponent(pageUrl)}&format=json`);
}

/**
 * The HTML to paste into another site: a fluid frame (full width up to `width`), as tall as the
 * content needs, lazily loaded, with a title for screen readers.
 */
export function embedSnippet({ src, title, width, height }: { src: string; title: string; width: number; height: number }): string {
  const attr = (text: string) => text.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
  return `<iframe src="${attr(absoluteUrl(src))}" title="${attr(`${SITE_NAME}: ${title}`)}" width="${width}" height="${height}" style="width:100%;max-width:${width}px;border:0" loading="lazy"></iframe>`;
}
