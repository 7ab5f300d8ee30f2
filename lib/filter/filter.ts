/**
 * The timeline's filter: parsed query + dataset → the matching calls. Pure; shared by the
 * timeline page and the exports. Semantics: OR within a parameter (country=QA&country=BH means
 * either), AND across parameters; from/to inclusive; added-since keeps the calls first published
 * on or after its day; q matches every word of the query at the start of a word in the call
 * (case- and accent-insensitive).
 */
import type { Dataset } from "../data/validate";
import type { Call } from "../schema";
import { tokenize } from "../text";
import { getCallIndex, type CallIndex } from "./index-build";
import { PAGE_SIZE, type CallQuery, type Notice } from "./params";

/** First position whose date is >= `date` (dates are sorted ascending). */
function lowerBound(dates: readonly string[], date: string): number {
  let lo = 0;
  let hi = dates.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (dates[mid]! < date) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The postings of every word that starts with `prefix` (a word of the query matches the start of words). */
function prefixPostings(index: CallIndex, prefix: string): Uint32Array[] {
  const lists: Uint32Array[] = [];
  for (let i = lowerBound(index.words, prefix); i < index.words.length && index.words[i]!.startsWith(prefix); i++) lists.push(index.postings[i]!);
  return lists;
}

/** Every call that matches the query (paging aside), in the query's sort order. */
export function filterCalls(dataset: Dataset, query: CallQuery): Call[] {
  const calls = filterIndexed(dataset, query);
  // Publication dates are not in date order, so this is one pass over what the index found.
  const since = query.addedSince;
  return since ? calls.filter((call) => call.published >= since) : calls;
}

function filterIndexed(dataset: Dataset, query: CallQuery): Call[] {
  const index = getCallIndex(dataset);
  // Each group is one parameter (or one word of q): a call must be in some list of every group.
  const groups: (Uint32Array | undefined)[][] = [];
  if (query.countries.length) groups.push(query.countries.map((c) => index.byCountry.get(c)));
  if (query.leaders.length) groups.push(query.leaders.map((l) => index.byPerson.get(l)));
  if (query.topics.length) groups.push(query.topics.map((t) => index.byTopic.get(t)));
  if (query.levels.length) groups.push(query.levels.map((l) => index.byLevel.get(l)));
  if (query.sourcing.length) groups.push(query.sourcing.map((s) => index.bySourcing.get(s)));
  for (const word of new Set(tokenize(query.q ?? ""))) groups.push(prefixPostings(index, word));

  const start = query.from ? lowerBound(index.dates, query.from) : 0;
  // `to` is inclusive: stop before the first date after it.
  const end = query.to ? lowerBound(index.dates, `${query.to}\uffff`) : index.size;
  const newestFirst = query.sort === "newest";

  if (groups.length === 0) {
    const range = dataset.calls.slice(start, end);
    return newestFirst ? range.reverse() : range;
  }
  // One counter per call, allocated once: a call in every group so far has counter = groups seen.
  // (q is at most MAX_Q_LENGTH characters, so there are far fewer than 65,535 groups.)
  const passed = new Uint16Array(index.size);
  groups.forEach((lists, g) => {
    for (const list of lists) if (list) for (const position of list) if (passed[position] === g) passed[position] = g + 1;
  });
  const all = groups.length;
  const result: Call[] = [];
  if (newestFirst) {
    for (let i = end - 1; i >= start; i--) if (passed[i] === all) result.push(dataset.calls[i]!);
  } else {
    for (let i = start; i < end; i++) if (passed[i] === all) result.push(dataset.calls[i]!);
  }
  return result;
}

export type CallPage = {
  items: Call[];
  total: number;
  page: number;
  pageCount: number;
  notice?: Notice;
};

/** One page of results; a page past the end falls back to the last page, with a notice. */
export function paginate(calls: Call[], page: number, pageSize = PAGE_SIZE): CallPage {
  const pageCount = Math.max(1, Math.ceil(calls.length / pageSize));
  let current = page;
  let notice: Notice | undefined;
  if (page > pageCount) {
    current = pageCount;
    notice = { param: "page", message: `Ignored page ${page}: there ${pageCount === 1 ? "is 1 page" : `are ${pageCount} pages`}` };
  }
  const items = calls.slice((current - 1) * pageSize, current * pageSize);
  return { items, total: calls.length, page: current, pageCount, ...(notice ? { notice } : {}) };
}
