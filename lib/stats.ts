/**
 * Aggregates over the dataset for the overview and the method page: key figures, calls per week
 * (or per month over long periods), rankings, and the stretches without any recorded call. Pure
 * functions of plain dates and the dataset; the page renders a bounded number of bins and rows
 * however many calls there are.
 */
import type { Dataset } from "./data/validate";
import { getFilterOptions } from "./filter/options";
import type { Call, CrisisEvent } from "./schema";

const DAY_MS = 86_400_000;

/** Days since 1970-01-01 of a YYYY-MM-DD date, independent of the server's time zone. */
export function dayNumber(isoDate: string): number {
  const [y, m, d] = isoDate.split("-").map(Number);
  return Math.round(Date.UTC(y!, m! - 1, d!) / DAY_MS);
}

/** The YYYY-MM-DD date of a day number. */
export function isoFromDay(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** Calendar days from `from` to `to`, counting both. */
export function daysInclusive(from: string, to: string): number {
  return dayNumber(to) - dayNumber(from) + 1;
}

/** The Monday of the ISO week that contains the date. */
export function weekStart(isoDate: string): string {
  const day = dayNumber(isoDate);
  // 1970-01-01 was a Thursday: day 0 has weekday index 3 counting from Monday.
  return isoFromDay(day - ((day + 3) % 7));
}

function monthStart(isoDate: string): string {
  return `${isoDate.slice(0, 7)}-01`;
}

function nextMonth(first: string): string {
  const [y, m] = first.split("-").map(Number);
  return m === 12 ? `${y! + 1}-01-01` : `${y}-${String(m! + 1).padStart(2, "0")}-01`;
}

export type Bin = {
  /** First day of the bin (a Monday for weeks, the 1st for months). */
  start: string;
  /** Last day of the bin. */
  end: string;
  count: number;
};

export type CallSeries = {
  unit: "week" | "month";
  bins: Bin[];
  /** First and last day covered by the bins. */
  start: string;
  end: string;
  /** The largest count in a bin. */
  max: number;
  total: number;
};

/**
 * Beyond this many weeks (three years) the series switches to months: on a phone a week is then
 * barely two pixels wide, and the page would carry a focusable bar and a table row per week.
 */
export const MAX_WEEK_BINS = 156;

type Dated = { date: string; endDate?: string | undefined };

/**
 * Calls per week (Monday to Sunday) over the whole period of the data: from the earliest call or
 * crisis event to the latest one, weeks without calls included as zeros. Over more than
 * MAX_WEEK_BINS weeks, calls per month instead.
 */
export function callSeries(calls: readonly Dated[], events: readonly Dated[] = []): CallSeries {
  const dates = [...calls.map((c) => c.date), ...events.flatMap((e) => (e.endDate ? [e.date, e.endDate] : [e.date]))];
  if (calls.length === 0 || dates.length === 0) return { unit: "week", bins: [], start: "", end: "", max: 0, total: 0 };
  let first = dates[0]!;
  let last = first;
  for (const d of dates) {
    if (d < first) first = d;
    if (d > last) last = d;
  }
  const weeks = Math.floor((dayNumber(weekStart(last)) - dayNumber(weekStart(first))) / 7) + 1;
  const unit = weeks <= MAX_WEEK_BINS ? "week" : "month";

  const bins: Bin[] = [];
  if (unit === "week") {
    const firstDay = dayNumber(weekStart(first));
    for (let i = 0; i < weeks; i++) bins.push({ start: isoFromDay(firstDay + 7 * i), end: isoFromDay(firstDay + 7 * i + 6), count: 0 });
    for (const call of calls) bins[Math.floor((dayNumber(call.date) - firstDay) / 7)]!.count++;
  } else {
    const index = new Map<string, number>();
    for (let m = monthStart(first); m <= last; m = nextMonth(m)) {
      index.set(m.slice(0, 7), bins.length);
      bins.push({ start: m, end: isoFromDay(dayNumber(nextMonth(m)) - 1), count: 0 });
    }
    for (const call of calls) bins[index.get(call.date.slice(0, 7))!]!.count++;
  }
  let max = 0;
  for (const bin of bins) max = Math.max(max, bin.count);
  return { unit, bins, start: bins[0]!.start, end: bins.at(-1)!.end, max, total: calls.length };
}

/** The bin with the most calls (the earliest of equals), or undefined when there are none. */
export function busiestBin(series: CallSeries): Bin | undefined {
  let best: Bin | undefined;
  for (const bin of series.bins) if (bin.count > 0 && (!best || bin.count > best.count)) best = bin;
  return best;
}

export type Gap = {
  /** The last call before the gap and the first after it. */
  after: string;
  before: string;
  /** Days with no recorded call between the two. */
  days: number;
  /** Crisis events that fell inside the gap. */
  events: CrisisEvent[];
};

/**
 * Stretches of at least `minDays` days without any recorded call, longest first. They show where
 * our sources are thin, not necessarily where no call took place.
 */
export function callGaps(calls: readonly { date: string }[], events: readonly CrisisEvent[], minDays = 60, limit = 3): Gap[] {
  const dates = [...new Set(calls.map((c) => c.date))].sort();
  const gaps: Gap[] = [];
  for (let i = 1; i < dates.length; i++) {
    const after = dates[i - 1]!;
    const before = dates[i]!;
    const days = dayNumber(before) - dayNumber(after) - 1;
    if (days < minDays) continue;
    const inside = events.filter((e) => e.date > after && e.date < before);
    gaps.push({ after, before, days, events: inside });
  }
  return gaps.sort((a, b) => b.days - a.days || (a.after < b.after ? -1 : 1)).slice(0, limit);
}

/** The most recent crisis event on or before `date`, within `withinDays` days. */
export function eventBefore(events: readonly CrisisEvent[], date: string, withinDays = 14): CrisisEvent | undefined {
  let found: CrisisEvent | undefined;
  for (const event of events) {
    if (event.date <= date && dayNumber(date) - dayNumber(event.date) <= withinDays && (!found || event.date >= found.date)) found = event;
  }
  return found;
}

export type KeyFigures = {
  calls: number;
  /** Countries that occur as counterparts. */
  counterpartCountries: number;
  /** People on either side of at least one call. */
  leaders: number;
  russianOfficials: number;
  counterpartLeaders: number;
  sources: number;
  /** Distinct days with at least one call. */
  callDays: number;
  firstCall?: Call;
  latestCall?: Call;
  /** Calendar days from the first to the latest call, both counted. */
  daysCovered: number;
  inferredDates: number;
  withKremlinReadout: number;
  withOtherReadout: number;
  claims: number;
  corrected: number;
};

export function keyFigures(dataset: Dataset): KeyFigures {
  const { calls } = dataset;
  const leaders = getFilterOptions(dataset).leaders;
  const firstCall = calls[0];
  const latestCall = calls.at(-1);
  let inferredDates = 0;
  let withKremlinReadout = 0;
  let withOtherReadout = 0;
  let claims = 0;
  let corrected = 0;
  for (const call of calls) {
    if (call.dateCertainty === "inferred") inferredDates++;
    if (call.readouts.kremlin.status === "reported") withKremlinReadout++;
    if (call.readouts.others.length > 0) withOtherReadout++;
    claims += call.claims.length;
    if (call.corrections?.length) corrected++;
  }
  return {
    calls: calls.length,
    counterpartCountries: dataset.callsByCountry.size,
    leaders: dataset.callsByPerson.size,
    russianOfficials: leaders.filter((l) => l.side === "russia").length,
    counterpartLeaders: leaders.filter((l) => l.side === "counterpart").length,
    sources: dataset.sources.length,
    callDays: new Set(calls.map((c) => c.date)).size,
    ...(firstCall ? { firstCall } : {}),
    ...(latestCall ? { latestCall } : {}),
    daysCovered: firstCall && latestCall ? daysInclusive(firstCall.date, latestCall.date) : 0,
    inferredDates,
    withKremlinReadout,
    withOtherReadout,
    claims,
    corrected,
  };
}

export type RankedItem = {
  /** A country code or a person id: the value of the timeline's filter. */
  id: string;
  label: string;
  /** Context for a counterpart: their countries. */
  detail?: string;
  count: number;
};

export type Rankings = {
  countries: RankedItem[];
  counterparts: RankedItem[];
  russians: RankedItem[];
};

/** Counterpart countries, counterpart leaders and Russian officials, each by number of calls (ties by name). */
export function rankings(dataset: Dataset, limit = 10): Rankings {
  const options = getFilterOptions(dataset);
  const countriesOf = (personId: string) => {
    const person = dataset.personById.get(personId);
    const names = new Set((person?.offices ?? []).map((o) => dataset.countryByCode.get(o.country)?.name ?? o.country));
    return [...names].join(", ");
  };
  const people = (side: "russia" | "counterpart") =>
    options.leaders
      .filter((l) => l.side === side)
      .slice(0, limit)
      // A Russian official's country goes without saying.
      .map((l) => ({ id: l.value, label: l.label, ...(side === "counterpart" ? { detail: countriesOf(l.value) } : {}), count: l.count }));
  return {
    countries: options.countries.slice(0, limit).map((c) => ({ id: c.value, label: c.label, count: c.count })),
    counterparts: people("counterpart"),
    russians: people("russia"),
  };
}

export type Overview = {
  figures: KeyFigures;
  series: CallSeries;
  busiest?: Bin;
  /** The crisis event in the two weeks before the busiest period began, if any. */
  busiestAfter?: CrisisEvent;
  gaps: Gap[];
  rankings: Rankings;
  totals: { countries: number; counterparts: number; russians: number };
};

const overviewCache = new WeakMap<Dataset, Overview>();

/** Everything the overview and the method page show, computed once per dataset. */
export function getOverview(dataset: Dataset): Overview {
  const cached = overviewCache.get(dataset);
  if (cached) return cached;
  const series = callSeries(dataset.calls, dataset.events);
  const busiest = busiestBin(series);
  // The event that came before the busiest period began, not one inside it.
  const busiestAfter = busiest ? eventBefore(dataset.events, isoFromDay(dayNumber(busiest.start) - 1)) : undefined;
  const leaders = getFilterOptions(dataset).leaders;
  const overview: Overview = {
    figures: keyFigures(dataset),
    series,
    ...(busiest ? { busiest } : {}),
    ...(busiestAfter ? { busiestAfter } : {}),
    gaps: callGaps(dataset.calls, dataset.events),
    rankings: rankings(dataset),
    totals: {
      countries: dataset.callsByCountry.size,
      counterparts: leaders.filter((l) => l.side === "counterpart").length,
      russians: leaders.filter((l) => l.side === "russia").length,
    },
  };
  overviewCache.set(dataset, overview);
  return overview;
}
