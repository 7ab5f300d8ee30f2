/**
 * The embeds: a call card (`/embed/calls/<id>`) and the newest calls of a timeline view
 * (`/embed/calls?…&limit=N`), as whole HTML documents for other sites' <iframe>s. Server-made,
 * without a line of script, without cookies; light or dark by the reader's scheme or `theme`.
 * Links open the site in a new tab: the site's own pages refuse to be framed.
 */
import { createHash } from "node:crypto";
import type { Dataset } from "../data/validate";
import type { Call } from "../schema";
import { CALL_MODE_LABELS } from "../constants";
import { counterpartCountries, resolveParticipants, type ResolvedParticipant } from "../calls";
import { truncate } from "../call-meta";
import { filterCalls, parseCallQuery, type CallQuery, type RawParams } from "../filter";
import { describeCallQuery } from "../filter/describe";
import { formatDateShort, formatList, plural } from "../format";
import { nativeNameLanguage } from "../leaders";
import { callAccounts } from "../readouts";
import { SITE_NAME, absoluteUrl, callPath } from "../site";
import { sourcingLine } from "../sourcing";
import { timelineHref } from "../timeline/chips";
import { html, SafeHtml } from "./html";
import { EMBED_LIMIT, EMBED_THEMES, type EmbedTheme } from "./paths";

const STYLE = `
:root{color-scheme:light;--paper:#fbfaf7;--ink:#1a1a1a;--muted:#595650;--rule:#d9d4c9;--link:#1d4f91;--ru:#9b1c1f;--cp:#0a6470;--warn:#8a3b00}
@media (prefers-color-scheme:dark){:root:not([data-theme=light]){color-scheme:dark;--paper:#121212;--ink:#ecebe8;--muted:#a9a59c;--rule:#3a3833;--link:#8fb8f2;--ru:#ff8a85;--cp:#5fcbd6;--warn:#ffb37a}}
:root[data-theme=dark]{color-scheme:dark;--paper:#121212;--ink:#ecebe8;--muted:#a9a59c;--rule:#3a3833;--link:#8fb8f2;--ru:#ff8a85;--cp:#5fcbd6;--warn:#ffb37a}
*{box-sizing:border-box}
html,body{margin:0;height:100%}
body{background:var(--paper);color:var(--ink);font:15px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans",Arial,sans-serif;-webkit-text-size-adjust:100%}
a{color:var(--link);text-underline-offset:.15em}
a:focus-visible{outline:3px solid var(--link);outline-offset:2px;border-radius:2px}
.frame{display:flex;flex-direction:column;min-height:100%;padding:14px 16px 12px;border:1px solid var(--rule);border-top:3px solid var(--ru)}
.brand{display:flex;justify-content:space-between;gap:8px;font-size:12px;color:var(--muted);text-transform:uppercase;letter-spacing:.08em}
.brand b{color:var(--ru);letter-spacing:.04em}
.kicker{margin:10px 0 0;font-size:12px;font-weight:600;text-transform:uppercase;letter-spacing:.08em;color:var(--muted)}
.who{margin:4px 0 0;font-size:14px;color:var(--muted)}
.ru{color:var(--ru);font-weight:600}.cp{color:var(--cp);font-weight:600}
.native{display:inline-block;font-weight:400}
h1,h2{font-family:"Iowan Old Style","Palatino Linotype",Georgia,"DejaVu Serif",serif;line-height:1.2;margin:6px 0 0}
h1{font-size:20px}h2{font-size:16px}
h1 a,h2 a{color:var(--ink);text-decoration:none}h1 a:hover,h2 a:hover{color:var(--link);text-decoration:underline}
.clamp2,.clamp3{display:-webkit-box;-webkit-box-orient:vertical;overflow:hidden}.clamp2{-webkit-line-clamp:2}.clamp3{-webkit-line-clamp:3}
dl{margin:10px 0 0;display:grid;gap:6px}
dl div{border-left:3px solid var(--rule);padding-left:8px}
dl div.k{border-color:var(--ru)}dl div.c{border-color:var(--cp)}
dt{font-size:12px;font-weight:600;color:var(--muted)}
dd{margin:0;font-size:14px}
.none{font-style:italic;color:var(--muted)}
ol{list-style:none;margin:8px 0 0;padding:0}
li{border-top:1px solid var(--rule);padding:8px 0}
li:first-child{border-top:0}
time{font-variant-numeric:tabular-nums}
.foot{margin-top:auto;padding-top:10px;display:flex;flex-wrap:wrap;justify-content:space-between;gap:4px 12px;font-size:13px;color:var(--muted)}
.foot a{font-weight:600}
`.trim();

/** The stylesheet's hash, so that the embeds' Content-Security-Policy allows this one <style> and nothing else. */
export const EMBED_STYLE_HASH = `'sha256-${createHash("sha256").update(STYLE).digest("base64")}'`;

/** The embeds' own security policy: no script, nothing from elsewhere, and any site may frame them. */
export const EMBED_CSP = [
  "default-src 'none'",
  `style-src ${EMBED_STYLE_HASH}`,
  "img-src 'self' data:",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors *",
].join("; ");

export type EmbedOptions = { theme: EmbedTheme };

/** `theme` and `limit` from an embed's query string; anything else is the timeline's. */
export function embedParams(params: URLSearchParams): { theme: EmbedTheme; limit: number; rest: URLSearchParams } {
  const rawTheme = params.get("theme") ?? "auto";
  const theme = (EMBED_THEMES as readonly string[]).includes(rawTheme) ? (rawTheme as EmbedTheme) : "auto";
  const rawLimit = Number(params.get("limit") ?? EMBED_LIMIT.default);
  const limit = Number.isInteger(rawLimit) ? Math.min(EMBED_LIMIT.max, Math.max(1, rawLimit)) : EMBED_LIMIT.default;
  const rest = new URLSearchParams();
  for (const [key, value] of params) if (key !== "theme" && key !== "limit") rest.append(key, value);
  return { theme, limit, rest };
}

function documentHtml({ title, canonical, theme, body }: { title: string; canonical: string; theme: EmbedTheme; body: SafeHtml }): string {
  return `<!doctype html>${html`<html lang="en"${theme === "auto" ? "" : html` data-theme="${theme}"`}><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><meta name="robots" content="noindex"><link rel="icon" href="data:,"><title>${title}</title><link rel="canonical" href="${canonical}"><style>${new SafeHtml(STYLE)}</style></head><body>${body}</body></html>`.value}`;
}

const external = (href: string) => html`target="_blank" rel="noopener" href="${href}"`;

function brand(): SafeHtml {
  return html`<div class="brand"><b>${SITE_NAME}</b><span>Russia’s Iran-crisis calls</span></div>`;
}

function person(p: ResolvedParticipant, side: "ru" | "cp", withNative: boolean): SafeHtml {
  const native = withNative && p.person.nativeName;
  const lang = nativeNameLanguage(p.person);
  // Isolated (bdi) and kept on one line, so a right-to-left name never reorders or splits the text around it.
  return html`<span class="${side}">${p.person.name}</span>${native ? html` <bdi class="native"${lang ? html` lang="${lang}"` : ""}>${native}</bdi>` : ""}`;
}

function people(list: ResolvedParticipant[], side: "ru" | "cp", withNative: boolean): SafeHtml[] {
  return list.map((p, i) => html`${i === 0 ? "" : i === list.length - 1 ? " and " : ", "}${person(p, side, withNative)}`);
}

/** "Putin with Pezeshkian مسعود پزشکیان · Iran" */
function participants(dataset: Dataset, call: Call, withNative: boolean): SafeHtml {
  const { russians, counterparts } = resolveParticipants(dataset, call);
  const countries = formatList(counterpartCountries(dataset, call).map((c) => c.name));
  return html`${people(russians, "ru", false)} with ${people(counterparts, "cp", withNative)} · ${countries}`;
}

/** A summary's first sentence, at most about 160 characters: "each side's one-line account". */
export function oneLine(text: string): string {
  const sentence = /^(.+?[.!?])(\s|$)/.exec(text)?.[1] ?? text;
  return truncate(sentence, 160);
}

export function callEmbedHtml(dataset: Dataset, call: Call, { theme }: EmbedOptions): string {
  const permalink = absoluteUrl(callPath(call.id));
  const accounts = callAccounts(dataset, call).filter((a) => a.side !== "third-party");
  const sources = plural(call.sources.length, "source");
  const body = html`<article class="frame">${brand()}
<p class="kicker">${CALL_MODE_LABELS[call.mode]} · <time datetime="${call.date}">${formatDateShort(call.date)}</time>${call.dateCertainty === "inferred" ? " · date inferred" : ""}</p>
<p class="who clamp3">${participants(dataset, call, true)}</p>
<h1 class="clamp3"><a ${external(permalink)}>${call.headline}</a></h1>
<dl>${accounts.map((a) =>
    a.status === "reported"
      ? html`<div class="${a.side === "kremlin" ? "k" : "c"}"><dt>${a.label}</dt><dd class="clamp2">${oneLine(a.summary)}</dd></div>`
      : html`<div><dt>${a.label}</dt><dd class="none">No account published, as far as our sources show.</dd></div>`,
  )}</dl>
<p class="foot"><span>${sourcingLine(dataset, call)} · ${sources}</span><a ${external(permalink)}>Full record on ${SITE_NAME}<span aria-hidden="true"> ↗</span></a></p>
</article>`;
  return documentHtml({ title: `${call.headline} — ${SITE_NAME}`, canonical: permalink, theme, body });
}

export type TimelineEmbed = { query: CallQuery; calls: Call[]; total: number; title: string };

export function timelineEmbed(dataset: Dataset, params: RawParams, limit: number): TimelineEmbed {
  const { query } = parseCallQuery(params, dataset);
  // The newest calls of the view, whatever its sort; paging does not apply.
  const view: CallQuery = { ...query, sort: "newest", page: 1 };
  const all = filterCalls(dataset, view);
  const described = describeCallQuery(dataset, query, "prose");
  const title = described ? `Latest ${described}` : "Latest calls";
  return { query: { ...query, page: 1 }, calls: all.slice(0, limit), total: all.length, title };
}

export function timelineEmbedHtml(dataset: Dataset, embed: TimelineEmbed, { theme }: EmbedOptions): string {
  const full = absoluteUrl(timelineHref(embed.query));
  const rows = embed.calls.map(
    (call) => html`<li><p class="kicker"><time datetime="${call.date}">${formatDateShort(call.date)}</time> · ${CALL_MODE_LABELS[call.mode]}</p>
<p class="who clamp2">${participants(dataset, call, false)}</p>
<h2 class="clamp2"><a ${external(absoluteUrl(callPath(call.id)))}>${call.headline}</a></h2></li>`,
  );
  const body = html`<section class="frame" aria-labelledby="t">${brand()}
<h1 id="t" class="clamp2">${embed.title[0]!.toUpperCase()}${embed.title.slice(1)}</h1>
${embed.calls.length ? html`<ol>${rows}</ol>` : html`<p class="none">No calls match this view.</p>`}
<p class="foot"><span>${embed.calls.length < embed.total ? `${embed.calls.length} of ${plural(embed.total, "call")}` : plural(embed.total, "call")}</span><a ${external(full)}>All of them on ${SITE_NAME}<span aria-hidden="true"> ↗</span></a></p>
</section>`;
  return documentHtml({ title: `${embed.title[0]!.toUpperCase()}${embed.title.slice(1)} — ${SITE_NAME}`, canonical: full, theme, body });
}

export function notFoundEmbedHtml(theme: EmbedTheme): string {
  const home = absoluteUrl("/calls");
  const body = html`<main class="frame">${brand()}<h1>This call is not in the record</h1><p class="foot"><a ${external(home)}>Browse every call on ${SITE_NAME}</a></p></main>`;
  return documentHtml({ title: `Not found — ${SITE_NAME}`, canonical: home, theme, body });
}
