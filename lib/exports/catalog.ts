/**
 * The downloads: one table read by the route handlers (path, type, file name), the /data page
 * (what each is) and `exportLinks` (the timeline's "Download this view").
 */
import { CHANGES_FEED_PATH } from "../changes/paths";
import { callQueryToParams, type CallQuery } from "../filter/params";

export type ExportId = "callsJson" | "callsCsv" | "claimsCsv" | "plover" | "feed";

export type ExportFormat = {
  id: ExportId;
  path: string;
  title: string;
  /** Shown as the link's format label. */
  format: string;
  contentType: string;
  /** The base of the downloaded file's name; filtered downloads add the filters to it. */
  fileName?: string;
  extension: string;
  /** Whether the browser should save it (CSV, JSON Lines) or may show it (JSON, Atom). */
  disposition?: "attachment" | "inline";
  description: string;
};

export const EXPORTS: Record<ExportId, ExportFormat> = {
  callsCsv: {
    id: "callsCsv",
    path: "/data/calls.csv",
    title: "Calls (CSV)",
    format: "CSV",
    contentType: "text/csv; charset=utf-8; header=present",
    fileName: "readout-calls",
    extension: "csv",
    disposition: "attachment",
    description: "One row per call: date, participants, countries, headline, summary, readouts, topics and sources. Opens in any spreadsheet.",
  },
  claimsCsv: {
    id: "claimsCsv",
    path: "/data/claims.csv",
    title: "Claims (CSV)",
    format: "CSV",
    contentType: "text/csv; charset=utf-8; header=present",
    fileName: "readout-claims",
    extension: "csv",
    disposition: "attachment",
    description: "One row per claim made in a call: the statement, who made it, what kind of claim it is, which account reports it, and its call.",
  },
  callsJson: {
    id: "callsJson",
    path: "/data/calls.json",
    title: "Calls (JSON)",
    format: "JSON",
    contentType: "application/json; charset=utf-8",
    fileName: "readout-calls",
    extension: "json",
    disposition: "inline",
    description:
      "The complete records: every field of every call, with participants resolved, plus the registries of people, countries, sources, topics and crisis events, the licence and the data version.",
  },
  plover: {
    id: "plover",
    path: "/data/calls.plover.jsonl",
    title: "Calls as PLOVER events (JSON Lines)",
    format: "JSONL",
    contentType: "application/x-ndjson; charset=utf-8",
    fileName: "readout-calls.plover",
    extension: "jsonl",
    disposition: "attachment",
    description:
      "One PLOVER event per line (event CONSULT, mode phone), for event-data analysts: participants as actors with office and country, date, permalink and source citations.",
  },
  feed: {
    id: "feed",
    path: "/feed.xml",
    title: "Atom feed",
    format: "Atom",
    contentType: "application/atom+xml; charset=utf-8",
    extension: "xml",
    description: "The newest calls as an Atom 1.0 feed, for feed readers: one entry per call with its headline, date, summary and permalink.",
  },
};

export const SCHEMA_EXPORT = {
  path: "/data/schema.json",
  title: "JSON Schema",
  format: "JSON Schema",
  contentType: "application/schema+json; charset=utf-8",
  description:
    "The JSON Schema (draft 2020-12) of a call record, of each registry file and of calls.json, generated from the schemas the site itself validates its data with.",
} as const;

/** The order in which downloads are offered. */
export const EXPORT_ORDER: readonly ExportId[] = ["callsCsv", "claimsCsv", "callsJson", "plover", "feed"];

export type ExportLinks = Record<ExportId, string>;

/**
 * The download URLs (site-relative) for a timeline view: the same filters and sort, every
 * matching call rather than one page. `exportLinks(query).callsCsv` is "Download this view".
 */
export function exportLinks(query: CallQuery): ExportLinks {
  // The chart's view settings do not change what a download holds.
  const search = callQueryToParams(query, { page: 1, view: undefined, rows: undefined }).toString();
  const withQuery = (path: string) => (search ? `${path}?${search}` : path);
  return {
    callsCsv: withQuery(EXPORTS.callsCsv.path),
    claimsCsv: withQuery(EXPORTS.claimsCsv.path),
    callsJson: withQuery(EXPORTS.callsJson.path),
    plover: withQuery(EXPORTS.plover.path),
    feed: withQuery(EXPORTS.feed.path),
  };
}

/**
 * The downloaded file's name, naming the filters so that several downloaded views stay apart:
 * readout-calls_country-QA_from-2026-03-01.csv. Only safe characters; bounded in length.
 */
export function exportFileName(format: Pick<ExportFormat, "fileName" | "extension">, query: CallQuery | undefined): string {
  const base = format.fileName ?? "readout";
  if (!query) return `${base}.${format.extension}`;
  const safe = (value: string) =>
    value
      .normalize("NFKD")
      .replace(/[^A-Za-z0-9-]+/g, "-")
      .replace(/-{2,}/g, "-")
      .replace(/^-|-$/g, "");
  const parts: string[] = [];
  const add = (key: string, values: readonly string[]) => {
    const value = safe(values.join("-"));
    if (value) parts.push(`${key}-${value}`);
  };
  add("country", query.countries);
  add("leader", query.leaders);
  add("topic", query.topics);
  add("level", query.levels);
  add("sourcing", query.sourcing);
  add("from", query.from ? [query.from] : []);
  add("to", query.to ? [query.to] : []);
  add("added-since", query.addedSince ? [query.addedSince] : []);
  add("q", query.q ? [query.q] : []);
  const suffix = parts.join("_").slice(0, 120).replace(/[-_]+$/, "");
  return suffix ? `${base}_${suffix}.${format.extension}` : `${base}.${format.extension}`;
}

/**
 * The feeds' <link rel="alternate"> for metadata `alternates.types`: the calls and the changelog.
 * The root layout sets it; a page that sets its own `alternates` (a canonical URL) replaces the
 * layout's and should spread this in again: `alternates: { canonical, types: FEED_ALTERNATE_TYPES }`.
 */
export const FEED_ALTERNATE_TYPES = {
  "application/atom+xml": [
    { url: EXPORTS.feed.path, title: "Readout: every reported call (Atom)" },
    { url: CHANGES_FEED_PATH, title: "Readout: additions and corrections (Atom)" },
  ],
};
