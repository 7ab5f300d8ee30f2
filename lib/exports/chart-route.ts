import "server-only";
import { getDataset } from "../data";
import type { Dataset } from "../data/validate";
import { callQueryToParams, isUnfiltered, parseCallQuery, type CallQuery } from "../filter";
import { patternChart } from "../timeline/pattern";
import { timelineHref } from "../timeline/chips";
import { exportFileName } from "./catalog";
import { patternSvgDocument, renderPng } from "./chart-image";

type Format = "svg" | "png";

const TYPES: Record<Format, string> = { svg: "image/svg+xml; charset=utf-8", png: "image/png" };

/** Images of the whole record, built once per dataset (filtered ones are cached per URL by proxy.ts). */
const wholeRecord = new WeakMap<Dataset, Map<string, Promise<string | Buffer>>>();

function headerSafe(text: string): string {
  return text.replace(/[^\x20-\x7e]/g, (c) => encodeURIComponent(c));
}

function build(dataset: Dataset, query: CallQuery, format: Format): Promise<string | Buffer> {
  const view = patternChart(dataset, query);
  const svg = patternSvgDocument(view, { dataset, viewPath: timelineHref({ ...query, page: 1 }, { view: "chart", sort: "newest" }) });
  return format === "svg" ? Promise.resolve(svg) : renderPng(svg);
}

/**
 * The GET handler of a chart image: the pattern chart of the timeline view named by the query
 * string (its filters, `rows` and `events`), as SVG or PNG, saved under a name that says the filter.
 * Bad parameters are ignored and named in X-Readout-Notice, as for the data downloads.
 */
export function chartImageRoute(format: Format) {
  return async function GET(request: Request): Promise<Response> {
    const dataset = getDataset();
    const { query, notices } = parseCallQuery(new URL(request.url).searchParams, dataset);
    const canonical = callQueryToParams({ ...query, page: 1, view: undefined, sort: "newest" }).toString();
    let body: Promise<string | Buffer>;
    if (isUnfiltered(query) && notices.length === 0) {
      let cache = wholeRecord.get(dataset);
      if (!cache) wholeRecord.set(dataset, (cache = new Map()));
      const key = `${format}?${canonical}`;
      body = cache.get(key) ?? build(dataset, query, format);
      cache.set(key, body);
    } else body = build(dataset, query, format);
    const bytes = await body;
    const name = exportFileName({ fileName: "readout-pattern", extension: format }, isUnfiltered(query) ? undefined : query);
    const headers = new Headers({
      "Content-Type": TYPES[format],
      "Content-Disposition": `attachment; filename="${name}"`,
      "Access-Control-Allow-Origin": "*",
    });
    if (notices.length) headers.set("X-Readout-Notice", headerSafe(notices.map((n) => n.message).join("; ")));
    return new Response(typeof bytes === "string" ? bytes : new Uint8Array(bytes), { status: 200, headers });
  };
}
