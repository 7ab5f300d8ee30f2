/**
 * The timeline's shape: one page of calls grouped by month, with the crisis events of the
 * period interleaved. Pure; the page renders what this returns.
 */
import type { CallPage, SortOrder } from "../filter";
import type { Call, CrisisEvent } from "../schema";

/** An inclusive range of ISO dates. */
export type Period = { start: string; end: string };

export type TimelineEntry =
  | { type: "call"; call: Call }
  /** `date` is where the event sits on the timeline: its start, or the period's start for an event already under way. */
  | { type: "event"; date: string; event: CrisisEvent };

export type MonthGroup = {
  /** "2026-03" */
  month: string;
  /** Matching calls in this month over the whole result, not only this page. */
  callCount: number;
  /** Matching calls in this month on this page. */
  callsOnPage: number;
  entries: TimelineEntry[];
};

export const monthOf = (date: string) => date.slice(0, 7);

/** "2026-02" → "2026-02-28" */
function lastDayOfMonth(month: string): string {
  const [year, monthNumber] = month.split("-").map(Number) as [number, number];
  const day = new Date(Date.UTC(year, monthNumber, 0)).getUTCDate();
  return `${month}-${String(day).padStart(2, "0")}`;
}

/**
 * The period the result covers, which decides the events shown beside it: the `from`/`to` of
 * the query where given, else the whole months of the oldest and newest matching calls (so the
 * events that led to the first call of a month are there). No calls, no period. `calls` are
 * sorted by date, either way (as `filterCalls` returns them), so only the ends are read.
 */
export function resultPeriod(calls: readonly Call[], range: { from?: string; to?: string }): Period | undefined {
  const [first, last] = [calls[0]?.date, calls.at(-1)?.date];
  if (first === undefined || last === undefined) return undefined;
  const [oldest, newest] = first <= last ? [first, last] : [last, first];
  return { start: range.from ?? `${monthOf(oldest)}-01`, end: range.to ?? lastDayOfMonth(monthOf(newest)) };
}

/** The first position where `test` holds, for a test that is false and then true along `calls`. */
function firstWhere(calls: readonly Call[], test: (date: string) => boolean): number {
  let lo = 0;
  let hi = calls.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (test(calls[mid]!.date)) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/** How many of `calls` (sorted by date, either way) fall in a month, by binary search: O(log n), not a pass over the result. */
export function countCallsInMonth(calls: readonly Call[], month: string): number {
  const [start, end] = [`${month}-01`, lastDayOfMonth(month)];
  const ascending = (calls[0]?.date ?? "") <= (calls.at(-1)?.date ?? "");
  return ascending
    ? firstWhere(calls, (d) => d > end) - firstWhere(calls, (d) => d >= start)
    : firstWhere(calls, (d) => d < start) - firstWhere(calls, (d) => d <= end);
}

/** Events that overlap the period, each placed at its start or, if it began earlier, at the period's start. Oldest first. */
export function eventsInPeriod(events: readonly CrisisEvent[], period: Period): { date: string; event: CrisisEvent }[] {
  return events
    .filter((e) => e.date <= period.end && (e.endDate ?? e.date) >= period.start)
    .map((event) => ({ date: event.date < period.start ? period.start : event.date, event }))
    .sort((a, b) => (a.date === b.date ? (a.event.id < b.event.id ? -1 : 1) : a.date < b.date ? -1 : 1));
}

export type TimelineInput = {
  /** Every matching call, in display order (what `filterCalls` returns: sorted by date, newest or oldest first). */
  results: readonly Call[];
  /** The page shown (what `paginate` returns for `results`). */
  page: CallPage;
  pageSize: number;
  sort: SortOrder;
  /** The dataset's crisis events, oldest first; empty when they are hidden. */
  events: readonly CrisisEvent[];
  range: { from?: string; to?: string };
};

/**
 * One page of the timeline, grouped by month in display order. Each event of the period appears
 * on exactly one page: the page of the first matching call on or after it (the newest page for
 * events after the last call). On a day with both, the event comes before the calls in time,
 * since calls usually answer events.
 */
export function buildTimeline({ results, page, pageSize, sort, events, range }: TimelineInput): MonthGroup[] {
  const period = resultPeriod(results, range);
  if (!period || page.items.length === 0) return [];

  const newestFirst = sort === "newest";
  const chronological = newestFirst ? [...page.items].reverse() : page.items;
  const isOldestPage = newestFirst ? page.page === page.pageCount : page.page === 1;
  const isNewestPage = newestFirst ? page.page === 1 : page.page === page.pageCount;
  // The newest call of the chronologically previous page; this page's events come after it.
  const after = isOldestPage ? undefined : newestFirst ? results[page.page * pageSize]?.date : results[(page.page - 1) * pageSize - 1]?.date;
  const until = isNewestPage ? period.end : chronological.at(-1)!.date;
  const placed = eventsInPeriod(events, period).filter(({ date }) => (after === undefined || date > after) && date <= until);

  const entries: TimelineEntry[] = [];
  let next = 0;
  for (const call of chronological) {
    while (next < placed.length && placed[next]!.date <= call.date) entries.push({ type: "event", ...placed[next++]! });
    entries.push({ type: "call", call });
  }
  while (next < placed.length) entries.push({ type: "event", ...placed[next++]! });
  if (newestFirst) entries.reverse();

  const groups: MonthGroup[] = [];
  for (const entry of entries) {
    const month = monthOf(entry.type === "call" ? entry.call.date : entry.date);
    let group = groups.at(-1);
    if (group?.month !== month) {
      group = { month, callCount: countCallsInMonth(results, month), callsOnPage: 0, entries: [] };
      groups.push(group);
    }
    group.entries.push(entry);
    if (entry.type === "call") group.callsOnPage++;
  }
  return groups;
}

/** "2026-03" → 24315: months counted from year 0, for month arithmetic. */
const monthIndex = (month: string) => Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7)) - 1;
const monthAt = (index: number) => `${String(Math.floor(index / 12)).padStart(4, "0")}-${String((index % 12) + 1).padStart(2, "0")}`;

/** The months strictly between two months (given in either order), as first and last, or undefined when they are adjacent. */
export function monthsBetween(a: string, b: string): { first: string; last: string; count: number } | undefined {
  const [lo, hi] = [Math.min(monthIndex(a), monthIndex(b)), Math.max(monthIndex(a), monthIndex(b))];
  if (hi - lo < 2) return undefined;
  return { first: monthAt(lo + 1), last: monthAt(hi - 1), count: hi - lo - 1 };
}
