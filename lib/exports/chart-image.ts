/**
 * The pattern chart as an image to take away: a self-contained SVG (title, the filter in words,
 * key, chart, crisis events, credit line and licence, in the light scheme, with no stylesheet or
 * font of the site's) and the same SVG rendered to PNG on the server with resvg. The PNG's text
 * uses Noto Sans from an npm package (Latin, Cyrillic, Greek), never the network or the host's
 * fonts, so every server draws the same image.
 */
import fs from "node:fs";
import path from "node:path";
import type { Dataset } from "../data/validate";
import { formatDate, formatDateShort, plural } from "../format";
import { absoluteUrl, SITE_NAME } from "../site";
import type { PatternChartView } from "../timeline/pattern";
import { OFFICIALS, PLOT_WIDTH, type Official } from "../views/matrix";
import { DATA_LICENSE } from "./meta";

const WIDTH = 1200;
const MARGIN = 32;
const LABEL_WIDTH = 190;
const PLOT = WIDTH - 2 * MARGIN - LABEL_WIDTH;
const FONT = "'Noto Sans', 'DejaVu Sans', Arial, sans-serif";
/** The light scheme's tokens (app/globals.css): an image has no colour scheme of its own. */
const COLOUR = {
  paper: "#fbfaf7",
  panel: "#f2efe8",
  ink: "#1a1a1a",
  muted: "#595650",
  rule: "#d9d4c9",
  putin: "#9b1c1f",
  lavrov: "#1d4f91",
  other: "#595650",
  event: "#7a4f00",
  eventBg: "#fbf1dc",
} as const;
/** Crisis events listed under the chart at most; the rest are counted. */
const MAX_LISTED_EVENTS = 30;

const SHAPES: Record<Official, string> = {
  putin: '<circle r="4.5"/>',
  lavrov: '<path d="M0-5.5L5.5 0 0 5.5-5.5 0z"/>',
  other: '<path d="M0-5.5L5 4.2H-5z"/>',
};

/** Text for XML: record text (names, titles, a search) may hold anything. */
export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** Cuts text to about `max` characters at a word, with an ellipsis. */
function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(" "), max / 2))}…`;
}

/** Splits text into lines of about `max` characters. */
function wrap(text: string, max: number): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(/\s+/)) {
    if (line && line.length + word.length + 1 > max) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}

export type ChartImageMeta = {
  /** The view the image shows, as a site-relative URL (the timeline's chart view). */
  viewPath: string;
  dataset: Dataset;
};

/** The chart as a standalone SVG document. */
export function patternSvgDocument(view: PatternChartView, meta: ChartImageMeta): string {
  const { layout } = view;
  const out: string[] = [];
  const text = (x: number, y: number, content: string, attrs = "") => out.push(`<text x="${x}" y="${y}"${attrs ? ` ${attrs}` : ""}>${escapeXml(content)}</text>`);
  const px = (x: number) => Math.round((MARGIN + LABEL_WIDTH + (x / PLOT_WIDTH) * PLOT) * 10) / 10;

  let y = MARGIN + 26;
  text(MARGIN, y, view.title, `font-size="28" font-weight="700" fill="${COLOUR.ink}"`);
  const subtitle = view.filter ? `${view.filter.charAt(0).toUpperCase()}${view.filter.slice(1)}` : "Every reported call";
  const period = !layout.total ? "" : layout.start === layout.end ? `, on ${formatDate(layout.start)}` : `, ${formatDate(layout.start)} to ${formatDate(layout.end)}`;
  for (const line of wrap(`${subtitle}${period}: ${plural(layout.total, "call")}.`, 110).slice(0, 3)) {
    y += 24;
    text(MARGIN, y, line, `font-size="17" fill="${COLOUR.ink}"`);
  }

  // The key.
  y += 30;
  let kx = MARGIN;
  for (const o of OFFICIALS) {
    out.push(`<g transform="translate(${kx + 6} ${y - 5})" fill="${COLOUR[o.id]}" stroke="${COLOUR[o.id]}" stroke-width="1.5">${SHAPES[o.id]}</g>`);
    text(kx + 16, y, o.id === "other" ? "Other Russian officials" : o.description, `font-size="14" fill="${COLOUR.ink}"`);
    kx += o.id === "other" ? 200 : 150;
  }
  if (layout.mode === "marks") {
    out.push(`<g transform="translate(${kx + 6} ${y - 5})" fill="${COLOUR.paper}" stroke="${COLOUR.putin}" stroke-width="1.5">${SHAPES.putin}</g>`);
    text(kx + 16, y, "hollow: no head of state or government on the other side", `font-size="14" fill="${COLOUR.ink}"`);
  } else if (layout.unit) {
    text(kx, y, `Boxes count the calls in each ${layout.unit}; the line under a count shows who spoke for Moscow.`, `font-size="14" fill="${COLOUR.ink}"`);
  }

  // The chart.
  const chartTop = y + 22;
  const top = chartTop + layout.eventsHeight + 20;
  const rowsHeight = layout.rowsHeight;
  const bottom = top + rowsHeight;
  const left = MARGIN + LABEL_WIDTH;
  for (const e of layout.events) {
    if (e.x2 !== undefined) out.push(`<rect x="${px(e.x)}" y="${chartTop + layout.eventsHeight}" width="${Math.max(1, px(e.x2) - px(e.x))}" height="${bottom - chartTop - layout.eventsHeight}" fill="${COLOUR.eventBg}"/>`);
  }
  for (const t of layout.ticks) {
    out.push(`<line x1="${px(t.x)}" x2="${px(t.x)}" y1="${top - 4}" y2="${bottom + 4}" stroke="${COLOUR.rule}"/>`);
    const weight = t.major ? ` font-weight="600"` : "";
    text(px(t.x) + 3, top - 6, t.label, `font-size="13" fill="${COLOUR.muted}"${weight}`);
    text(px(t.x) + 3, bottom + 18, t.label, `font-size="13" fill="${COLOUR.muted}"${weight}`);
  }
  layout.rows.forEach((row) => {
    const ry = top + row.y;
    out.push(`<line x1="${MARGIN}" x2="${WIDTH - MARGIN}" y1="${ry + 0.5}" y2="${ry + 0.5}" stroke="${COLOUR.rule}"/>`);
    text(MARGIN, ry + row.height / 2 + 5, clip(row.label, 22), `font-size="14" fill="${COLOUR.ink}"`);
    text(left - 10, ry + row.height / 2 + 5, String(row.total), `font-size="13" fill="${COLOUR.muted}" text-anchor="end"`);
  });
  out.push(`<line x1="${MARGIN}" x2="${WIDTH - MARGIN}" y1="${bottom + 0.5}" y2="${bottom + 0.5}" stroke="${COLOUR.rule}"/>`);
  out.push(`<line x1="${left - 0.5}" x2="${left - 0.5}" y1="${top}" y2="${bottom}" stroke="${COLOUR.rule}"/>`);
  for (const e of layout.events) {
    out.push(`<line x1="${px(e.x)}" x2="${px(e.x)}" y1="${chartTop + layout.eventsHeight}" y2="${bottom}" stroke="${COLOUR.event}" stroke-width="1.25" stroke-dasharray="3 3"/>`);
  }
  for (const b of layout.badges) {
    const bx = px(b.x);
    const by = chartTop + b.row * 20;
    out.push(`<rect x="${bx - b.width / 2}" y="${by + 1}" width="${b.width}" height="17" rx="8.5" fill="${COLOUR.eventBg}" stroke="${COLOUR.event}"/>`);
    text(bx, by + 14, b.label, `font-size="12" font-weight="600" fill="${COLOUR.event}" text-anchor="middle"`);
  }
  layout.rows.forEach((row) => {
    const ry = top + row.y;
    const cy = ry + row.height / 2;
    for (const m of row.marks) {
      const colour = COLOUR[m.official];
      out.push(
        `<g transform="translate(${px(m.x)} ${cy + m.dy})" fill="${m.head ? colour : COLOUR.paper}" stroke="${colour}" stroke-width="1.5">${SHAPES[m.official]}</g>`,
      );
    }
    for (const c of row.cells) {
      const x = px(c.x);
      const w = Math.max(2, px(c.x + c.width) - x);
      const share = c.total / Math.max(1, layout.maxCell);
      const fill = share > 0.6 ? "#e6c3c1" : share > 0.3 ? "#eed6d3" : share > 0.1 ? "#f5e6e2" : COLOUR.panel;
      out.push(`<rect x="${x}" y="${ry + 3}" width="${w}" height="${row.height - 6}" fill="${fill}" stroke="${COLOUR.rule}"/>`);
      text(x + w / 2, ry + 19, String(c.total), `font-size="12" font-weight="600" fill="${COLOUR.ink}" text-anchor="middle"`);
      let offset = x;
      for (const o of OFFICIALS) {
        if (!c.counts[o.id]) continue;
        const part = (w * c.counts[o.id]) / c.total;
        out.push(`<rect x="${Math.round(offset * 10) / 10}" y="${ry + row.height - 9}" width="${Math.round(part * 10) / 10}" height="3" fill="${COLOUR[o.id]}"/>`);
        offset += part;
      }
    }
  });
  y = bottom + 26;
  if (layout.hiddenRows.length) {
    y += 18;
    text(MARGIN, y, `Not drawn: ${plural(layout.hiddenRows.length, "country", "countries")} with fewer calls (${layout.hiddenRows.reduce((s, r) => s + r.total, 0)} calls).`, `font-size="13" fill="${COLOUR.muted}"`);
  }

  // The crisis events, numbered as on the chart, in two columns.
  if (layout.events.length) {
    y += 28;
    text(MARGIN, y, "Crisis events (dashed lines; shaded where they lasted several days)", `font-size="14" font-weight="600" fill="${COLOUR.ink}"`);
    const listed = layout.events.slice(0, MAX_LISTED_EVENTS);
    const perColumn = Math.ceil(listed.length / 2);
    listed.forEach((e, i) => {
      const column = i < perColumn ? 0 : 1;
      const ey = y + 20 + (i % perColumn) * 18;
      const when = `${formatDateShort(e.date)}${e.endDate ? ` – ${formatDateShort(e.endDate)}` : ""}`;
      const ex = MARGIN + column * ((WIDTH - 2 * MARGIN) / 2);
      text(ex + 22, ey, String(e.number), `font-size="12" font-weight="600" fill="${COLOUR.event}" text-anchor="end"`);
      text(ex + 30, ey, clip(`${when}  ${e.title}`, 70), `font-size="12" fill="${COLOUR.ink}"`);
    });
    y += 20 + (perColumn - 1) * 18;
    if (layout.events.length > listed.length) {
      y += 18;
      text(MARGIN, y, `and ${plural(layout.events.length - listed.length, "more event")}: see the chart's page.`, `font-size="12" fill="${COLOUR.muted}"`);
    }
  }

  // The credit line and licence.
  y += 34;
  out.push(`<line x1="${MARGIN}" x2="${WIDTH - MARGIN}" y1="${y - 18}" y2="${y - 18}" stroke="${COLOUR.rule}"/>`);
  text(
    MARGIN,
    y,
    `Source: ${SITE_NAME}, ${absoluteUrl("/")} · Data: ${DATA_LICENSE.name}, ${DATA_LICENSE.url} · Data version ${meta.dataset.version}`,
    `font-size="12" fill="${COLOUR.muted}"`,
  );
  y += 18;
  text(MARGIN, y, clip(`This view: ${absoluteUrl(meta.viewPath)}`, 170), `font-size="12" fill="${COLOUR.muted}"`);
  const height = y + MARGIN - 10;

  const title = escapeXml(`${view.title}${view.filter ? `: ${view.filter}` : ""}`);
  return [
    `<?xml version="1.0" encoding="UTF-8"?>`,
    `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${height}" viewBox="0 0 ${WIDTH} ${height}" font-family="${FONT}" role="img" aria-labelledby="t d">`,
    `<title id="t">${title}</title>`,
    `<desc id="d">${escapeXml(view.description)} ${escapeXml(`${SITE_NAME}, ${DATA_LICENSE.id}.`)}</desc>`,
    `<rect width="100%" height="100%" fill="${COLOUR.paper}"/>`,
    ...out,
    `</svg>`,
    "",
  ].join("\n");
}

const FONT_DIR = path.join(process.cwd(), "node_modules", "@expo-google-fonts", "noto-sans");
export const FONT_FILES = ["400Regular/NotoSans_400Regular.ttf", "600SemiBold/NotoSans_600SemiBold.ttf", "700Bold/NotoSans_700Bold.ttf"].map((f) =>
  path.join(FONT_DIR, f),
);

/** The SVG rendered to PNG at twice its size (sharp in print and on high-density screens). */
export async function renderPng(svg: string): Promise<Buffer> {
  // Loaded on first use: the native renderer is needed only by the PNG route.
  const { Resvg } = await import("@resvg/resvg-js");
  const missing = FONT_FILES.filter((f) => !fs.existsSync(f));
  if (missing.length) throw new Error(`Chart fonts missing: ${missing.join(", ")}`);
  const resvg = new Resvg(svg, {
    fitTo: { mode: "zoom", value: 2 },
    font: { fontFiles: FONT_FILES, loadSystemFonts: false, defaultFontFamily: "Noto Sans", sansSerifFamily: "Noto Sans" },
    background: COLOUR.paper,
  });
  return resvg.render().asPng();
}
