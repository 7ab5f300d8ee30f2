/**
 * The timeline's filter: parsed query + dataset → the matching calls. Pure; shared by the
 * timeline page and the exports. Semantics: OR within a parameter (country=QA&country=BH means
 * either), AND across parameters; from/to inclusive; q matches every word of the query at the
 * start of a word in the call (case- and accent-insensitive).
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

/** Positions of calls containing a word that starts with `prefix`. */
function wordMatches(index: CallIndex, prefix: string, size: number): Uint8Array {
  const hits = new Uint8Array(size);
  let i = lowerBound(index.words, prefix);
  for (; i < index.words.length && index.words[i]!.startsWith(prefix); i++) {
    for (const position of index.postings[i]!) hits[position] = 1;
  }
  return hits;
}

function unionOf(lists: (Uint32Array | undefined)[], size: number): Uint8Array {
  const hits = new Uint8Array(size);
  for (const list of lists) if (list) for (const position of list) hits[position] = 1;
  return hits;
}

/** Every call that matches the query (paging aside), in the query's sort order. */
export function filterCalls(dataset: Dataset, query: CallQuery): Call[] {
  const index = getCallIndex(dataset);
  const size = index.size;
  const masks: Uint8Array[] = [];
  if (query.countries.length) masks.push(unionOf(query.countries.map((c) => index.byCountry.get(c)), size));
  if (query.leaders.length) masks.push(unionOf(query.leaders.map((l) => index.byPerson.get(l)), size));
  if (query.topics.length) masks.push(unionOf(query.topics.map((t) => index.byTopic.get(t)), size));
  for (const word of new Set(tokenize(query.q ?? ""))) masks.push(wordMatches(index, word, size));

  const start = query.from ? lowerBound(index.dates, query.from) : 0;
  // `to` is inclusive: stop before the first date after it.
  const end = query.to ? lowerBound(index.dates, `${query.to}\uffff`) : size;

  const result: Call[] = [];
  for (let i = start; i < end; i++) {
    if (masks.every((mask) => mask[i] === 1)) result.push(dataset.calls[i]!);
  }
  if (query.sort === "newest") result.reverse();
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
