/**
 * oEmbed 1.0 (https://oembed.com): `/oembed?url=<a page of this site>&format=json` answers with
 * a `rich` embed whose `html` is the <iframe> of the page's embed. Embeddable: a call's permalink,
 * the timeline (any view), a leader's and a country's page (their calls), and the embeds
 * themselves. Anything else is 404; `format=xml` is 501 (JSON only).
 */
import type { Dataset } from "../data/validate";
import { callQueryToParams } from "../filter";
import { countryPath, leaderPath } from "../paths";
import { SITE_NAME, SITE_URL, absoluteUrl, callPath } from "../site";
import { timelineHref } from "../timeline/chips";
import { isCounterpartCountry } from "../countries";
import { CARD_SIZE } from "../og/size";
import { embedParams, timelineEmbed } from "./embed";
import { EMBED_WIDTH, embedCallPath, embedHeight, embedSnippet, embedTimelinePath, oembedUrl } from "./paths";

export type Embeddable =
  | { kind: "call"; id: string; title: string; page: string; src: string; card: string }
  | { kind: "timeline"; title: string; page: string; src: string; card: string; count: number };

/** The site's own origins: the public one and, for a server reached by another name (tests, a preview), the ones asked. */
function isOurs(url: URL, requestOrigins: readonly string[]): boolean {
  return url.origin === new URL(SITE_URL).origin || requestOrigins.includes(url.origin);
}

function timelineEmbeddable(dataset: Dataset, search: URLSearchParams, page: string | undefined, card: string | undefined): Embeddable {
  const { limit, rest } = embedParams(search);
  const embed = timelineEmbed(dataset, rest, limit);
  const canonical = callQueryToParams(embed.query, { page: 1, sort: "newest", events: undefined }).toString();
  return {
    kind: "timeline",
    title: `${embed.title[0]!.toUpperCase()}${embed.title.slice(1)}`,
    page: page ?? timelineHref(embed.query),
    src: embedTimelinePath(canonical, limit),
    card: card ?? (canonical ? `/og/timeline?${canonical}` : "/og/timeline"),
    count: embed.calls.length,
  };
}

/** What a URL of this site embeds as, or undefined when it is not ours or not embeddable. */
export function resolveEmbeddable(dataset: Dataset, rawUrl: string, requestOrigins: readonly string[] = []): Embeddable | undefined {
  let url: URL;
  try {
    url = new URL(rawUrl);
  } catch {
    return undefined;
  }
  if (!isOurs(url, requestOrigins)) return undefined;
  let path: string;
  try {
    path = decodeURIComponent(url.pathname).replace(/\/+$/, "") || "/";
  } catch {
    return undefined;
  }
  const parts = path.split("/").slice(1);
  const [first, second, third] = parts;
  const isEmbed = first === "embed";
  const [section, id] = isEmbed ? [second, third] : [first, second];
  if (parts.length > (isEmbed ? 3 : 2)) return undefined;
  if (section === "calls" && id) {
    const call = dataset.callById.get(id);
    if (!call) return undefined;
    return { kind: "call", id: call.id, title: call.headline, page: callPath(call.id), src: embedCallPath(call.id), card: `${callPath(call.id)}/opengraph-image` };
  }
  if (section === "calls") return timelineEmbeddable(dataset, url.searchParams, undefined, undefined);
  if (isEmbed) return undefined;
  if (section === "leaders" && id && dataset.callsByPerson.has(id)) {
    return timelineEmbeddable(dataset, new URLSearchParams({ leader: id }), leaderPath(id), `${leaderPath(id)}/opengraph-image`);
  }
  if (section === "countries" && id && isCounterpartCountry(dataset, id)) {
    return timelineEmbeddable(dataset, new URLSearchParams({ country: id }), countryPath(id), `${countryPath(id)}/opengraph-image`);
  }
  return undefined;
}

/** A positive whole number of pixels, or undefined (absent or malformed: ignored, as the spec allows). */
function pixels(value: string | null): number | undefined {
  if (value === null || !/^\d{1,6}$/.test(value.trim())) return undefined;
  const n = Number(value);
  return n > 0 ? n : undefined;
}

export type OEmbedResult =
  | { status: 200; body: Record<string, string | number> }
  | { status: 400 | 404 | 501; message: string };

export function oembed(dataset: Dataset, params: URLSearchParams, requestOrigins: readonly string[] = []): OEmbedResult {
  // An empty format field is the default, as with every other parameter.
  const format = (params.get("format") || "json").toLowerCase();
  if (format !== "json") return { status: 501, message: `Format '${format.slice(0, 20)}' is not served: use format=json.` };
  const url = params.get("url");
  if (!url) return { status: 400, message: "Give the page to embed as ?url=…" };
  const target = resolveEmbeddable(dataset, url, requestOrigins);
  if (!target) return { status: 404, message: "That URL is not an embeddable page of this site." };

  const maxWidth = pixels(params.get("maxwidth"));
  const maxHeight = pixels(params.get("maxheight"));
  const width = Math.min(EMBED_WIDTH.default, maxWidth ?? EMBED_WIDTH.default);
  const needed = target.kind === "call" ? embedHeight("call", width) : embedHeight("timeline", width, target.count);
  const height = Math.min(needed, maxHeight ?? needed);
  // The thumbnail is the social card, offered only where it fits the consumer's limits (the spec asks thumbnails to respect them too).
  const thumbnailFits = (maxWidth ?? Infinity) >= CARD_SIZE.width && (maxHeight ?? Infinity) >= CARD_SIZE.height;
  return {
    status: 200,
    body: {
      version: "1.0",
      type: "rich",
      title: target.title,
      provider_name: SITE_NAME,
      provider_url: `${SITE_URL}/`,
      author_name: SITE_NAME,
      author_url: absoluteUrl(target.page),
      html: embedSnippet({ src: target.src, title: target.title, width, height }),
      width,
      height,
      cache_age: 3600,
      ...(thumbnailFits ? { thumbnail_url: absoluteUrl(target.card), thumbnail_width: CARD_SIZE.width, thumbnail_height: CARD_SIZE.height } : {}),
    },
  };
}

/** The discovery <link> for a page's metadata (`alternates.types`). */
export function oembedAlternate(pagePath: string, title: string) {
  return { "application/json+oembed": [{ url: oembedUrl(absoluteUrl(pagePath)), title: `${title} (oEmbed)` }] };
}
