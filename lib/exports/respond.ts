/**
 * The route handlers' shared logic: read the timeline's parameters from the request, filter with
 * the timeline's own functions, build the body, and answer with the right type and file name.
 * Never throws on bad parameters: the bad part is ignored and named in the X-Readout-Notice
 * header (and in calls.json's `notices`).
 */
import type { Dataset } from "../data/validate";
import { callQueryToParams, filterCalls, isUnfiltered, parseCallQuery, type CallQuery, type Notice } from "../filter";
import { describeCallQuery } from "../filter/describe";
import type { Call } from "../schema";
import { EXPORTS, exportFileName, type ExportFormat, type ExportId } from "./catalog";
import { callsCsv, claimsCsv } from "./csv";
import { buildAtomFeed } from "./feed";
import { callsJson } from "./json";
import { callsPlover } from "./plover";

type BuildContext = { path: string; query: CallQuery; notices: readonly Notice[]; filterLabel?: string };

const BUILDERS: Record<ExportId, (dataset: Dataset, calls: readonly Call[], context: BuildContext) => string> = {
  callsCsv: (dataset, calls) => callsCsv(dataset, calls),
  claimsCsv: (dataset, calls) => claimsCsv(dataset, calls),
  callsJson: (dataset, calls, context) => callsJson(dataset, calls, context),
  plover: (dataset, calls) => callsPlover(dataset, calls),
  feed: (dataset, calls, context) =>
    buildAtomFeed(dataset, calls, { path: context.path, ...(context.filterLabel ? { filterLabel: context.filterLabel } : {}) }),
};

/** Bodies of the unfiltered downloads (the common case), by download and sort order, built once per dataset. */
const unfilteredCache = new WeakMap<Dataset, Map<string, string>>();

/** Response headers carry Latin-1 only: other characters of a notice (a Cyrillic search term) are percent-encoded. */
function headerSafe(text: string): string {
  return text.replace(/[^\x20-\x7e]/g, (c) => encodeURIComponent(c));
}

export type ExportResult = {
  body: string;
  format: ExportFormat;
  query: CallQuery;
  notices: Notice[];
  count: number;
  filtered: boolean;
};

/**
 * Builds a download for a URL's query string. Exports take every matching call (`page` is
 * ignored, with a notice) in the timeline's order: newest first unless `sort=oldest`; the feed is
 * always newest first. Whole-dataset bodies are built once per dataset and sort order.
 */
export function buildExport(dataset: Dataset, id: ExportId, search: URLSearchParams): ExportResult {
  const format = EXPORTS[id];
  const parsed = parseCallQuery(search, dataset);
  const notices = parsed.notices;
  let query = parsed.query;
  if (search.has("page")) notices.push({ param: "page", message: "Ignored 'page': a download holds every matching call" });
  if (id === "feed" && query.sort !== "newest") {
    notices.push({ param: "sort", message: "Ignored 'sort': the feed is always newest first" });
    query = { ...query, sort: "newest" };
  }
  const filtered = !isUnfiltered(query);
  // The canonical form of the view names this download (its self link) and keys the cache.
  const canonical = callQueryToParams(query, { page: 1 }).toString();
  const path = canonical ? `${format.path}?${canonical}` : format.path;
  const calls = filterCalls(dataset, query);
  const build = () => {
    const filterLabel = describeCallQuery(dataset, query);
    return BUILDERS[id](dataset, calls, { path, query, notices, ...(filterLabel ? { filterLabel } : {}) });
  };

  let body: string;
  if (!filtered && notices.length === 0) {
    let cache = unfilteredCache.get(dataset);
    if (!cache) unfilteredCache.set(dataset, (cache = new Map()));
    const key = `${id}?${canonical}`;
    body = cache.get(key) ?? build();
    cache.set(key, body);
  } else body = build();
  return { body, format, query, notices, count: calls.length, filtered };
}

/**
 * The HTTP response for a download. Caching (Cache-Control, the deployment's ETag and 304s) and
 * the security headers are set for every route by proxy.ts and next.config.ts.
 */
export function exportResponse(dataset: Dataset, id: ExportId, request: Request): Response {
  const result = buildExport(dataset, id, new URL(request.url).searchParams);
  const headers = new Headers({
    "Content-Type": result.format.contentType,
    // Open data: other sites and notebooks may fetch it.
    "Access-Control-Allow-Origin": "*",
    "X-Readout-Count": String(result.count),
  });
  if (result.format.disposition) {
    headers.set("Content-Disposition", `${result.format.disposition}; filename="${exportFileName(result.format, result.filtered ? result.query : undefined)}"`);
  }
  if (result.notices.length) headers.set("X-Readout-Notice", headerSafe(result.notices.map((n) => n.message).join("; ")));
  return new Response(result.body, { status: 200, headers });
}
