/**
 * The route handlers' shared logic: read the timeline's parameters from the request, filter with
 * the timeline's own functions, build the body, and answer with the right type, file name and
 * caching headers. Never throws on bad parameters: the bad part is ignored and named in the
 * X-Readout-Notice header (and in calls.json's `notices`).
 */
import { createHash } from "node:crypto";
import type { Dataset } from "../data/validate";
import { filterCalls, parseCallQuery, isUnfiltered, type CallQuery, type Notice } from "../filter";
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

/** Bodies of the unfiltered downloads, built once per dataset (they are the common case). */
const unfilteredCache = new WeakMap<Dataset, Map<ExportId, string>>();

/** Response headers carry Latin-1 only: other characters of a notice (a Cyrillic search term) are percent-encoded. */
function headerSafe(text: string): string {
  return text.replace(/[^\x20-\x7e]/g, (c) => encodeURIComponent(c));
}

/** "calls with Qatar, on mediation" — for the feed's title. */
function describeQuery(dataset: Dataset, query: CallQuery): string | undefined {
  if (isUnfiltered(query)) return undefined;
  const parts: string[] = [];
  if (query.countries.length) parts.push(`with ${query.countries.map((c) => dataset.countryByCode.get(c)?.name ?? c).join(" or ")}`);
  if (query.leaders.length) parts.push(`involving ${query.leaders.map((l) => dataset.personById.get(l)?.name ?? l).join(" or ")}`);
  if (query.topics.length) parts.push(`on ${query.topics.map((t) => dataset.topicById.get(t)?.label ?? t).join(" or ")}`);
  if (query.from) parts.push(`from ${query.from}`);
  if (query.to) parts.push(`to ${query.to}`);
  if (query.q) parts.push(`matching “${query.q}”`);
  return `calls ${parts.join(", ")}`;
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
 * ignored, with a notice) in the timeline's order: newest first unless `sort=oldest`.
 */
export function buildExport(dataset: Dataset, id: ExportId, search: URLSearchParams): ExportResult {
  const format = EXPORTS[id];
  const { query, notices } = parseCallQuery(search, dataset);
  if (search.has("page")) notices.push({ param: "page", message: "Ignored 'page': a download holds every matching call" });
  const filtered = !isUnfiltered(query);
  const calls = filterCalls(dataset, query);
  const searchText = search.toString();
  const path = searchText ? `${format.path}?${searchText}` : format.path;
  const build = () => {
    const filterLabel = describeQuery(dataset, query);
    return BUILDERS[id](dataset, calls, { path, query, notices, ...(filterLabel ? { filterLabel } : {}) });
  };

  let body: string;
  if (searchText === "") {
    let cache = unfilteredCache.get(dataset);
    if (!cache) unfilteredCache.set(dataset, (cache = new Map()));
    body = cache.get(id) ?? build();
    cache.set(id, body);
  } else body = build();
  return { body, format, query, notices, count: calls.length, filtered };
}

/** The HTTP response for a download, with a strong ETag (304 when the client has it). */
export function exportResponse(dataset: Dataset, id: ExportId, request: Request): Response {
  const url = new URL(request.url);
  const result = buildExport(dataset, id, url.searchParams);
  const etag = `"${dataset.version}-${createHash("sha1").update(id).update("\0").update(url.search).digest("hex").slice(0, 16)}"`;
  const headers = new Headers({
    "Content-Type": result.format.contentType,
    "Cache-Control": "public, max-age=300",
    ETag: etag,
    "Access-Control-Allow-Origin": "*",
    "X-Content-Type-Options": "nosniff",
    "X-Readout-Count": String(result.count),
  });
  if (result.format.disposition) {
    headers.set("Content-Disposition", `${result.format.disposition}; filename="${exportFileName(result.format, result.filtered ? result.query : undefined)}"`);
  }
  if (result.notices.length) headers.set("X-Readout-Notice", headerSafe(result.notices.map((n) => n.message).join("; ")));
  if (request.headers.get("if-none-match") === etag) return new Response(null, { status: 304, headers });
  return new Response(result.body, { status: 200, headers });
}
