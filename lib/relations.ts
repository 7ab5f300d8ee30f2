/**
 * Derived views around one call: its neighbours in time, the other calls of the same day, and the
 * history with the same counterparts. Pure functions over the validated dataset.
 *
 * Every list these functions read (`dataset.calls`, `callsByPerson`, `callsByCountry`) is sorted
 * by `compareCalls`, so a call is found by binary search: a permalink costs O(log n) however large
 * the data grows, never a scan of every call.
 */
import type { Dataset } from "./data/validate";
import { compareCalls } from "./data/validate";
import type { Call, Country, Person } from "./schema";
import { counterpartCountries, resolveParticipant } from "./calls";

/** The index of `call` in `calls` (sorted by `compareCalls`), or -1. */
export function findCallIndex(calls: readonly Call[], call: Call): number {
  let low = 0;
  let high = calls.length - 1;
  while (low <= high) {
    const mid = (low + high) >>> 1;
    const order = compareCalls(calls[mid]!, call);
    if (order === 0) return calls[mid]!.id === call.id ? mid : -1;
    if (order < 0) low = mid + 1;
    else high = mid - 1;
  }
  return -1;
}

/** The first index in `calls` whose date is `date` or later. */
function lowerBoundByDate(calls: readonly Call[], date: string): number {
  let low = 0;
  let high = calls.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (calls[mid]!.date < date) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** The call just before and just after this one in the whole record. */
export function adjacentCalls(dataset: Dataset, call: Call): { previous?: Call; next?: Call } {
  const index = findCallIndex(dataset.calls, call);
  if (index < 0) return {};
  const previous = dataset.calls[index - 1];
  const next = dataset.calls[index + 1];
  return { ...(previous ? { previous } : {}), ...(next ? { next } : {}) };
}

export type SameDayChain = {
  date: string;
  /** Every call of the day, this one included, in the day's order. */
  calls: readonly Call[];
  /** 1-based position of this call in `calls`. */
  position: number;
  /**
   * How much of the day's order the sources give (`dayOrder`): for every call, for some (listed
   * first, the others after them by id), or for none (listed by id).
   */
  ordered: "all" | "some" | "none";
};

/** The calls made on the same date as `call`, or undefined when it was the only one. */
export function sameDayChain(dataset: Dataset, call: Call): SameDayChain | undefined {
  const start = lowerBoundByDate(dataset.calls, call.date);
  let end = start;
  while (end < dataset.calls.length && dataset.calls[end]!.date === call.date) end++;
  if (end - start < 2) return undefined;
  const calls = dataset.calls.slice(start, end);
  const position = calls.findIndex((c) => c.id === call.id) + 1;
  if (position === 0) return undefined;
  const withOrder = calls.filter((c) => c.dayOrder !== undefined).length;
  return { date: call.date, calls, position, ordered: withOrder === calls.length ? "all" : withOrder > 0 ? "some" : "none" };
}

export type CounterpartHistory = {
  person: Person;
  /** The most recent earlier call with this person (any Russian official), if any. */
  previous?: Call;
  /** The next later call with this person, if any. */
  next?: Call;
  /** How many other calls with this person the record holds. */
  otherCount: number;
  /** Up to `limit` other calls with this person, nearest in time first chosen, listed oldest first. */
  nearest: readonly Call[];
};

/**
 * Up to `limit` items of `list` around `index` (excluding it), taking the nearest on either side
 * in turn, returned in list order.
 */
function around<T>(list: readonly T[], index: number, limit: number): T[] {
  let before = index - 1;
  let after = index + 1;
  const picked: number[] = [];
  while (picked.length < limit && (before >= 0 || after < list.length)) {
    if (after < list.length) picked.push(after++);
    if (picked.length < limit && before >= 0) picked.push(before--);
  }
  return picked.sort((a, b) => a - b).map((i) => list[i]!);
}

/** For each counterpart on the call: the earlier and later calls with that person. */
export function counterpartHistories(dataset: Dataset, call: Call, limit = 6): CounterpartHistory[] {
  return call.counterparts.map((participant) => {
    const { person } = resolveParticipant(dataset, participant);
    const calls = dataset.callsByPerson.get(person.id) ?? [];
    const index = findCallIndex(calls, call);
    const previous = index > 0 ? calls[index - 1] : undefined;
    const next = index >= 0 ? calls[index + 1] : undefined;
    return {
      person,
      ...(previous ? { previous } : {}),
      ...(next ? { next } : {}),
      otherCount: Math.max(0, calls.length - 1),
      nearest: index >= 0 ? around(calls, index, limit) : [],
    };
  });
}

export type CountryHistory = { country: Country; previous?: Call };

/** For each counterpart country on the call: the most recent earlier call with any official of that country. */
export function countryHistories(dataset: Dataset, call: Call): CountryHistory[] {
  return counterpartCountries(dataset, call).map((country) => {
    const calls = dataset.callsByCountry.get(country.code) ?? [];
    const index = findCallIndex(calls, call);
    const previous = index > 0 ? calls[index - 1] : undefined;
    return { country, ...(previous ? { previous } : {}) };
  });
}

export type SinceNote =
  | { kind: "person"; person: Person; previous?: Call }
  | { kind: "country"; country: Country; previous: Call };

/**
 * "First call with Pezeshkian since 16 January 2026": one note per counterpart (with the earlier
 * call, or none when this is the first on record), then one per counterpart country whose most
 * recent earlier call was with someone else (a minister, a predecessor): that adds information.
 */
export function firstCallSince(dataset: Dataset, call: Call): SinceNote[] {
  const people = counterpartHistories(dataset, call, 0);
  const shown = new Set(people.flatMap((h) => (h.previous ? [h.previous.id] : [])));
  const notes: SinceNote[] = people.map((h) => ({ kind: "person", person: h.person, ...(h.previous ? { previous: h.previous } : {}) }));
  for (const { country, previous } of countryHistories(dataset, call)) {
    if (previous && !shown.has(previous.id)) notes.push({ kind: "country", country, previous });
  }
  return notes;
}

/** Whole days from `from` to `to` (both YYYY-MM-DD). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}
