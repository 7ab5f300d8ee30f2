/**
 * The timeline's URL parameters, parsed and checked against the data. The URL is the only state,
 * and these names are stable (journalists share the links): country, leader, topic, level, sourcing
 * (repeatable), from, to, added-since, q, sort, events, view, rows, page. Anything unknown or malformed is dropped with a notice;
 * nothing throws.
 */
import type { Dataset } from "../data/validate";
import { isoDate } from "../schema/common";
import { LEVELS, type Level } from "../constants";
import { FILTER_PARAMS, type SortOrder } from "./url";
import { SOURCING_FILTERS, type SourcingFilter } from "../sourcing";

export { FILTER_PARAMS, SORT_ORDERS, formSearchParams, type FilterParam, type SortOrder } from "./url";

export const PAGE_SIZE = 20;
export const MAX_Q_LENGTH = 200;

const REPEATABLE = new Set(["country", "leader", "topic", "level", "sourcing"]);

export type CallQuery = {
  countries: string[];
  leaders: string[];
  topics: string[];
  /** Seniority levels (LEVELS): a call matches when a participant on either side held an office of one of them. */
  levels: Level[];
  /** How the calls are sourced (`single-source`, `both-sides`, ...): see SOURCING_FILTERS. */
  sourcing: SourcingFilter[];
  from?: string;
  to?: string;
  /** `added-since`: only calls first published in the record on or after this day ("new since"). */
  addedSince?: string;
  q?: string;
  sort: SortOrder;
  /** `events=hide`: the crisis events are not interleaved. A view setting, not a filter; absent when shown (the default). */
  events?: "hide";
  /** `view=chart`: the pattern chart of every matching call instead of the list. A view setting; absent for the list (the default). */
  view?: "chart";
  /** `rows=first`: the chart's rows ordered by first call instead of by number of calls (the default). */
  rows?: "first";
  page: number;
};

/** A part of the query that was ignored, and why, worded for the page ("Ignored unknown country 'ZZ'"). */
export type Notice = { param: string; message: string };

/** What pages receive from Next (`await searchParams`) or a URL's search params. */
export type RawParams = URLSearchParams | Record<string, string | string[] | undefined>;

function entries(params: RawParams): [string, string][] {
  if (params instanceof URLSearchParams) return [...params.entries()];
  const out: [string, string][] = [];
  for (const [key, value] of Object.entries(params)) {
    // Only strings come from the URL. Next builds the object with an `in` check, so `?constructor=1`
    // arrives as [Object, "1"]: the inherited function must not reach the parser.
    for (const v of Array.isArray(value) ? value : [value]) if (typeof v === "string") out.push([key, v]);
  }
  return out;
}

/** Quoted for a notice, shortened so a hostile 20,000-character value cannot flood the page. */
export function quoteValue(value: string): string {
  const short = value.length > 40 ? `${value.slice(0, 40)}…` : value;
  return `'${short}'`;
}

export function parseCallQuery(params: RawParams, dataset: Dataset): { query: CallQuery; notices: Notice[] } {
  const notices: Notice[] = [];
  const query: CallQuery = { countries: [], leaders: [], topics: [], levels: [], sourcing: [], sort: "newest", page: 1 };
  const seen = new Set<string>();

  const addUnique = (list: string[], value: string) => {
    if (!list.includes(value)) list.push(value);
  };

  for (const [key, rawValue] of entries(params)) {
    const value = rawValue.trim();
    if (!(FILTER_PARAMS as readonly string[]).includes(key)) {
      if (key !== "_rsc") notices.push({ param: key, message: `Ignored unknown parameter ${quoteValue(key)}` });
      continue;
    }
    if (value === "") continue; // an empty form field means "no filter"
    if (!REPEATABLE.has(key)) {
      if (seen.has(key)) {
        notices.push({ param: key, message: `Ignored repeated '${key}' (${quoteValue(value)}); the first value is used` });
        continue;
      }
      seen.add(key);
    }
    switch (key) {
      case "country": {
        const code = value.toUpperCase();
        if (dataset.callsByCountry.has(code)) addUnique(query.countries, code);
        else notices.push({ param: key, message: `Ignored unknown country ${quoteValue(value)}` });
        break;
      }
      case "leader":
        if (dataset.callsByPerson.has(value)) addUnique(query.leaders, value);
        else notices.push({ param: key, message: `Ignored unknown leader ${quoteValue(value)}` });
        break;
      case "topic":
        if (dataset.topicById.has(value)) addUnique(query.topics, value);
        else notices.push({ param: key, message: `Ignored unknown topic ${quoteValue(value)}` });
        break;
      case "level": {
        const level = LEVELS.find((l) => l === value);
        if (level) addUnique(query.levels, level);
        else notices.push({ param: key, message: `Ignored unknown level ${quoteValue(value)}: use ${LEVELS.map((l) => `'${l}'`).join(", ")}` });
        break;
      }
      case "sourcing": {
        const filter = SOURCING_FILTERS.find((f) => f.value === value);
        if (filter) addUnique(query.sourcing, filter.value);
        else notices.push({ param: key, message: `Ignored unknown sourcing ${quoteValue(value)}: use ${SOURCING_FILTERS.map((f) => `'${f.value}'`).join(", ")}` });
        break;
      }
      case "from":
      case "to":
        if (isoDate.safeParse(value).success) query[key] = value;
        else notices.push({ param: key, message: `Ignored '${key}': ${quoteValue(value)} is not a date (YYYY-MM-DD)` });
        break;
      case "added-since":
        if (isoDate.safeParse(value).success) query.addedSince = value;
        else notices.push({ param: key, message: `Ignored 'added-since': ${quoteValue(value)} is not a date (YYYY-MM-DD)` });
        break;
      case "q":
        if (value.length > MAX_Q_LENGTH) {
          notices.push({ param: key, message: `Ignored the search text: it is longer than ${MAX_Q_LENGTH} characters` });
        } else query.q = value;
        break;
      case "sort":
        if (value === "newest" || value === "oldest") query.sort = value;
        else notices.push({ param: key, message: `Ignored unknown sort order ${quoteValue(value)}` });
        break;
      case "events":
        if (value === "hide") query.events = "hide";
        else if (value !== "show") notices.push({ param: key, message: `Ignored unknown events setting ${quoteValue(value)}: use 'show' or 'hide'` });
        break;
      case "view":
        if (value === "chart") query.view = "chart";
        else if (value !== "list") notices.push({ param: key, message: `Ignored unknown view ${quoteValue(value)}: use 'list' or 'chart'` });
        break;
      case "rows":
        if (value === "first") query.rows = "first";
        else if (value !== "calls") notices.push({ param: key, message: `Ignored unknown row order ${quoteValue(value)}: use 'calls' or 'first'` });
        break;
      case "page":
        if (/^[1-9]\d{0,5}$/.test(value)) query.page = Number(value);
        else notices.push({ param: key, message: `Ignored page ${quoteValue(value)}: pages are numbered from 1` });
        break;
    }
  }

  if (query.from && query.to && query.from > query.to) {
    notices.push({ param: "from", message: `Ignored the dates: 'from' (${query.from}) is after 'to' (${query.to})` });
    delete query.from;
    delete query.to;
  }
  return { query, notices };
}

/**
 * The query as URL parameters, in a stable order, without defaults: the canonical form of a view.
 * `overrides` replaces fields (e.g. a different page, or a chip removed).
 */
export function callQueryToParams(query: CallQuery, overrides: Partial<CallQuery> = {}): URLSearchParams {
  const q = { ...query, ...overrides };
  const params = new URLSearchParams();
  for (const c of q.countries) params.append("country", c);
  for (const l of q.leaders) params.append("leader", l);
  for (const t of q.topics) params.append("topic", t);
  for (const l of q.levels) params.append("level", l);
  for (const s of q.sourcing) params.append("sourcing", s);
  if (q.from) params.set("from", q.from);
  if (q.to) params.set("to", q.to);
  if (q.addedSince) params.set("added-since", q.addedSince);
  if (q.q) params.set("q", q.q);
  if (q.sort !== "newest") params.set("sort", q.sort);
  if (q.events === "hide") params.set("events", "hide");
  if (q.view === "chart") params.set("view", "chart");
  if (q.rows === "first") params.set("rows", "first");
  if (q.page !== 1) params.set("page", String(q.page));
  return params;
}

/** True when the query filters nothing (sort, events, view, rows and page aside). */
export function isUnfiltered(query: CallQuery): boolean {
  return (
    !query.countries.length &&
    !query.leaders.length &&
    !query.topics.length &&
    !query.levels.length &&
    !query.sourcing.length &&
    !query.from &&
    !query.to &&
    !query.addedSince &&
    !query.q
  );
}
