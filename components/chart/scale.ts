/**
 * Pure layout for the time charts: where a date falls along the axis (as a percentage, so the
 * chart can stretch to any width while its labels stay HTML text of a fixed size), the axis
 * ticks, and the layout of numbered event markers.
 */
import { scaleLinear } from "d3-scale";
import { dayNumber } from "@/lib/stats";
import { packBadgeRows } from "@/lib/views/badge-rows";

export type TimeAxis = {
  start: string;
  end: string;
  /** Days from start to end, both counted: the width of the axis in the SVG's units. */
  days: number;
  /** Day offset of a date from the start (0 for the start). */
  offset: (isoDate: string) => number;
  /** Position of a date's start as a percentage of the width. */
  percent: (isoDate: string) => number;
};

export function timeAxis(start: string, end: string): TimeAxis {
  const first = dayNumber(start);
  const days = Math.max(1, dayNumber(end) - first + 1);
  return {
    start,
    end,
    days,
    offset: (date) => dayNumber(date) - first,
    percent: (date) => ((dayNumber(date) - first) / days) * 100,
  };
}

/** Whole-number ticks from 0 to a "nice" top at or above `max` (counts of calls are integers). */
export function countTicks(max: number, count = 4): { top: number; ticks: number[] } {
  const scale = scaleLinear().domain([0, Math.max(1, max)]).nice(count);
  const ticks = scale.ticks(count).filter((t) => Number.isInteger(t));
  const top = Math.max(scale.domain()[1]!, ticks.at(-1) ?? 1);
  return { top, ticks: ticks.at(-1) === top ? ticks : [...ticks, top] };
}

export type TimeTick = {
  date: string;
  label: string;
  /** Major ticks (years, and the first tick) are labelled at every width; minor ones only where there is room. */
  major: boolean;
  percent: number;
};

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/**
 * Month-start ticks: every month over short periods, quarters over up to five years, years
 * beyond (every fifth year past twenty-five). The first tick names its year too.
 */
export function timeTicks(axis: TimeAxis): TimeTick[] {
  const [startYear, startMonth] = axis.start.split("-").map(Number) as [number, number];
  const [endYear, endMonth] = axis.end.split("-").map(Number) as [number, number];
  const months = (endYear - startYear) * 12 + (endMonth - startMonth) + 1;
  const step = months <= 15 ? 1 : months <= 60 ? 3 : months <= 300 ? 12 : 60;
  const ticks: TimeTick[] = [];
  // The first month start on or after the axis start that falls on the step.
  let year = startYear;
  let month = startMonth; // 1-based
  const startsOnFirst = axis.start.endsWith("-01");
  if (!startsOnFirst) month++;
  const aligned = () => (step === 1 ? true : step === 3 ? (month - 1) % 3 === 0 : month === 1 && (step === 12 || year % 5 === 0));
  for (;;) {
    if (month > 12) {
      month = 1;
      year++;
    }
    const date = `${year}-${String(month).padStart(2, "0")}-01`;
    if (date > axis.end) break;
    if (aligned()) {
      const first = ticks.length === 0;
      const label = month === 1 ? String(year) : first ? `${MONTHS[month - 1]} ${year}` : MONTHS[month - 1]!;
      ticks.push({ date, label, major: first || month === 1, percent: axis.percent(date) });
    }
    month++;
  }
  // A label starting near the right edge would run off the chart.
  return ticks.filter((t, i) => i === 0 || t.percent <= 94);
}

export type MarkerGroup = {
  /** Indexes of the markers in the group, ascending. */
  members: number[];
  /** Position of the group's first marker, in percent. */
  percent: number;
  /** "3", "7–9" (consecutive) or "5, 8". */
  label: string;
  row: number;
  /** Badges are centred on their position, except near the right edge, where they end at it. */
  align: "center" | "end";
};

/** The narrowest plot the layout must fit: a phone's (390 px, less margins and the count axis). */
const NARROWEST_PLOT_PX = 320;

/** A badge's width in percent of the narrowest plot: padding and border plus about 7 px per character. */
function badgeWidth(label: string): number {
  return ((12 + 7 * label.length) / NARROWEST_PLOT_PX) * 100;
}

function groupLabel(members: readonly number[]): string {
  const numbers = members.map((i) => i + 1);
  if (numbers.length === 1) return String(numbers[0]);
  const consecutive = numbers.every((n, i) => i === 0 || n === numbers[i - 1]! + 1);
  return consecutive ? `${numbers[0]}–${numbers.at(-1)}` : numbers.join(", ");
}

/**
 * Lays out numbered event markers above a time axis so that none overlap, even at phone width:
 * markers closer than `mergeGap` percent share one badge ("13–16"); badges then take the first of
 * `maxRows` rows where they clear the previous badge, and where none is free they join the
 * previous badge. `positions` are in percent, ascending.
 */
export function layoutMarkers(positions: readonly number[], mergeGap = 2, maxRows = 3): MarkerGroup[] {
  const near: number[][] = [];
  positions.forEach((x, i) => {
    const last = near.at(-1);
    if (last && x - positions[last[0]!]! < mergeGap) last.push(i);
    else near.push([i]);
  });
  const place = (group: MarkerGroup) => {
    group.label = groupLabel(group.members);
    const width = badgeWidth(group.label);
    group.align = group.percent + width / 2 > 100 ? "end" : "center";
    const left = group.align === "end" ? group.percent - width : group.percent - width / 2;
    return { left, right: left + width };
  };
  // Where every row is taken, markers join the previous badge rather than overlap it.
  return packBadgeRows(
    near.map((members): MarkerGroup => ({ members, percent: positions[members[0]!]!, label: "", row: 0, align: "center" })),
    place,
    1,
    maxRows,
  );
}
