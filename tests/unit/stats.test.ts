import { describe, expect, it } from "vitest";
import { validateFiles } from "@/lib/data/validate";
import {
  MAX_WEEK_BINS,
  busiestBin,
  callGaps,
  callSeries,
  dayNumber,
  daysInclusive,
  eventBefore,
  getOverview,
  isoFromDay,
  keyFigures,
  rankings,
  weekStart,
} from "@/lib/stats";
import { makeDataset, makeEvent } from "./fixtures";
import { TODAY, realFiles } from "./helpers";

const event = (id: string, date: string, endDate?: string) => makeEvent(id, date, endDate, "other");

const calls = (...dates: string[]) => dates.map((date) => ({ date }));

describe("dates as day numbers, independent of the time zone", () => {
  it("converts both ways and counts days inclusively", () => {
    expect(isoFromDay(dayNumber("2024-02-29"))).toBe("2024-02-29");
    expect(dayNumber("1970-01-02")).toBe(1);
    expect(daysInclusive("2024-04-16", "2024-04-16")).toBe(1);
    expect(daysInclusive("2024-12-31", "2025-01-01")).toBe(2);
  });

  it("finds the Monday of the ISO week", () => {
    expect(weekStart("2024-04-15")).toBe("2024-04-15"); // a Monday
    expect(weekStart("2024-04-16")).toBe("2024-04-15"); // Tuesday
    expect(weekStart("2024-04-21")).toBe("2024-04-15"); // Sunday
    expect(weekStart("2026-01-01")).toBe("2025-12-29"); // across the new year
  });
});

describe("callSeries", () => {
  it("has one bin per week from the first to the last date, empty weeks as zeros", () => {
    const series = callSeries(calls("2026-03-02", "2026-03-02", "2026-03-10", "2026-03-29"));
    expect(series.unit).toBe("week");
    expect(series.bins.map((b) => [b.start, b.end, b.count])).toEqual([
      ["2026-03-02", "2026-03-08", 2],
      ["2026-03-09", "2026-03-15", 1],
      ["2026-03-16", "2026-03-22", 0],
      ["2026-03-23", "2026-03-29", 1],
    ]);
    expect(series).toMatchObject({ start: "2026-03-02", end: "2026-03-29", max: 2, total: 4 });
  });

  it("stretches to crisis events before the first call and after the last, counting calls only", () => {
    const series = callSeries(calls("2026-03-10"), [event("war", "2026-02-20", "2026-03-20")]);
    expect(series.start).toBe("2026-02-16");
    expect(series.end).toBe("2026-03-22");
    expect(series.bins).toHaveLength(5);
    expect(series.bins.map((b) => b.count)).toEqual([0, 0, 0, 1, 0]);
  });

  it("switches to months past MAX_WEEK_BINS weeks, so the chart stays bounded", () => {
    const series = callSeries(calls("2010-01-15", "2010-01-31", "2010-03-01", "2020-12-31"));
    expect(series.unit).toBe("month");
    expect(series.bins.length).toBe(132);
    expect(series.bins[0]).toEqual({ start: "2010-01-01", end: "2010-01-31", count: 2 });
    expect(series.bins[1]).toEqual({ start: "2010-02-01", end: "2010-02-28", count: 0 });
    expect(series.bins[2]!.count).toBe(1);
    expect(series.bins.at(-1)).toEqual({ start: "2020-12-01", end: "2020-12-31", count: 1 });
    // Exactly MAX_WEEK_BINS weeks stay weekly.
    const last = isoFromDay(dayNumber("2024-01-01") + 7 * (MAX_WEEK_BINS - 1));
    expect(callSeries(calls("2024-01-01", last)).bins).toHaveLength(MAX_WEEK_BINS);
  });

  it("is empty without calls", () => {
    expect(callSeries([], [event("e", "2026-01-01")]).bins).toEqual([]);
  });

  it("over 10,000 calls still has a bounded number of bins", () => {
    const many = Array.from({ length: 10_000 }, (_, i) => ({ date: isoFromDay(dayNumber("2000-01-01") + i) }));
    const series = callSeries(many);
    expect(series.total).toBe(10_000);
    expect(series.bins.length).toBeLessThanOrEqual(400);
    expect(series.bins.reduce((sum, b) => sum + b.count, 0)).toBe(10_000);
  });

  it("busiestBin takes the earliest of equal bins", () => {
    const series = callSeries(calls("2026-03-02", "2026-03-03", "2026-03-10", "2026-03-11"));
    expect(busiestBin(series)?.start).toBe("2026-03-02");
    expect(busiestBin(callSeries([]))).toBeUndefined();
  });
});

describe("callGaps", () => {
  it("lists stretches of at least minDays without calls, longest first, with the events inside them", () => {
    const events = [event("inside", "2025-06-13"), event("outside", "2026-03-01")];
    const gaps = callGaps(calls("2024-04-16", "2026-01-16", "2026-01-16", "2026-03-02", "2026-03-10"), events, 30);
    expect(gaps).toEqual([
      { after: "2024-04-16", before: "2026-01-16", days: 639, events: [events[0]] },
      { after: "2026-01-16", before: "2026-03-02", days: 44, events: [events[1]] },
    ]);
    expect(callGaps(calls("2026-03-02", "2026-03-10"), events)).toEqual([]);
  });
});

describe("eventBefore", () => {
  it("finds the latest event within the window before a date", () => {
    const events = [event("a", "2026-02-01"), event("b", "2026-02-28"), event("c", "2026-03-20")];
    expect(eventBefore(events, "2026-03-08")?.id).toBe("b");
    expect(eventBefore(events, "2026-03-20", 0)?.id).toBe("c");
    expect(eventBefore(events, "2026-02-27", 14)).toBeUndefined();
  });
});

describe("key figures and rankings on a small dataset", () => {
  const dataset = makeDataset([
    { date: "2026-03-02", counterparts: ["tamim"] },
    { date: "2026-03-02", counterparts: ["hamad"] },
    { date: "2026-03-06", counterparts: ["pezeshkian"] },
    { date: "2026-03-10", counterparts: ["pezeshkian"] },
    { date: "2026-03-10", russians: ["lavrov"], counterparts: ["araghchi"] },
    { date: "2026-03-09", counterparts: ["trump", "witkoff"] },
  ]);

  it("counts calls, countries, people, days", () => {
    const figures = keyFigures(dataset);
    expect(figures).toMatchObject({
      calls: 6,
      counterpartCountries: 4,
      leaders: 8,
      russianOfficials: 2,
      counterpartLeaders: 6,
      callDays: 4,
      daysCovered: 9,
      sources: 1,
    });
    expect(figures.latestCall?.date).toBe("2026-03-10");
    expect(figures.firstCall?.date).toBe("2026-03-02");
  });

  it("ranks countries and people by number of calls, ties by name", () => {
    const ranked = rankings(dataset, 3);
    expect(ranked.countries.map((c) => [c.id, c.count])).toEqual([
      ["IR", 3],
      ["BH", 1],
      ["QA", 1],
    ]);
    expect(ranked.counterparts.map((p) => [p.id, p.count])).toEqual([
      ["pezeshkian", 2],
      ["araghchi", 1],
      ["trump", 1],
    ]);
    expect(ranked.counterparts[0]?.detail).toBe("Iran");
    expect(ranked.russians[0]?.detail).toBeUndefined();
    expect(ranked.russians.map((p) => [p.id, p.count])).toEqual([
      ["putin", 5],
      ["lavrov", 1],
    ]);
  });
});

describe("the overview of the real data", () => {
  const { dataset } = validateFiles(realFiles(), { today: TODAY });

  it("covers every call, in weeks from the first crisis event to the latest call", () => {
    const { series, figures, busiest } = getOverview(dataset!);
    expect(series.unit).toBe("week");
    expect(series.total).toBe(dataset!.calls.length);
    expect(series.bins.reduce((sum, b) => sum + b.count, 0)).toBe(figures.calls);
    expect(series.start <= dataset!.calls[0]!.date).toBe(true);
    expect(series.end >= dataset!.calls.at(-1)!.date).toBe(true);
    expect(busiest?.count).toBe(series.max);
  });

  it("names the crisis event that came before the busiest week, not one inside it", () => {
    const { busiest, busiestAfter } = getOverview(dataset!);
    if (!busiestAfter) return;
    expect(busiestAfter.date < busiest!.start).toBe(true);
    expect(dayNumber(busiest!.start) - dayNumber(busiestAfter.date)).toBeLessThanOrEqual(15);
  });
});
