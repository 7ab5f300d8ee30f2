/**
 * The pattern chart's layout: who Moscow called, and when. One row per counterpart country, one
 * mark per call on a shared time axis, crisis events as lines (or bands) on the same axis. Pure
 * geometry in the SVG's own units (the plot is PLOT_WIDTH wide), so the page and the downloadable
 * image draw the same picture, and unit tests can check it without a browser.
 *
 * Two modes keep the chart legible and its markup bounded however many calls there are:
 * - "marks": one mark per call and row. Calls on the same day (or too close to tell apart) are
 *   stacked in up to MAX_LANES lanes (the row grows to hold them) so none hides another.
 * - "bins": when the marks would exceed MAX_MARKS or need more lanes, each row is cut into time
 *   bins (a week, month, quarter or year, the finest whose cells fit) and each bin with calls
 *   shows its count and the split between Putin, Lavrov and the others.
 */
import { scaleUtc } from "d3-scale";
import { utcDay, utcMonday, utcMonth, utcYear, type CountableTimeInterval, type TimeInterval } from "d3-time";
import type { Dataset } from "../data/validate";
import type { Call, CrisisEvent, Participant } from "../schema";
import { formatDate, formatList, plural } from "../format";
import { packBadgeRows } from "./badge-rows";
import { participantLevel } from "./levels";

/** Who spoke for Moscow: the chart tells Putin, Lavrov and everyone else apart. */
export const OFFICIALS = [
  { id: "putin", label: "Putin", description: "Vladimir Putin" },
  { id: "lavrov", label: "Lavrov", description: "Sergei Lavrov" },
  { id: "other", label: "Others", description: "other Russian officials (aides, the Security Council secretary, deputy ministers, envoys)" },
] as const;
export type Official = (typeof OFFICIALS)[number]["id"];

/**
 * The plot's width in layout units: its narrowest drawing (px). Pages draw x as a percentage of it
 * (the plot stretches to its column, marks keep their size); the image downloads scale it.
 */
export const PLOT_WIDTH = 640;
/** Space at each end of the axis so marks at the first and last day are whole. */
const AXIS_PAD = 8;
/** A mark's size; marks closer than MARK_GAP on a lane would touch. */
export const MARK_SIZE = 9;
const MARK_GAP = 11;
/** Vertical distance between lanes within a row. */
const LANE_STEP = 10;
export const MAX_LANES = 7;
/** A row's height with one lane, and in bins mode (the page's CSS gives .mx-r the same). */
export const ROW_HEIGHT = 30;
/** Bounds on the chart's interactive elements (each is a link with a name): the page's HTML stays bounded. */
export const MAX_MARKS = 300;
export const MAX_CELLS = 200;
/** Rows shown at most; the rest are named in the table below the chart. */
export const MAX_ROWS = 30;
/** The narrowest bin that can show its count in 12 px figures. */
const MIN_BIN_WIDTH = 26;
const EVENT_ROW_HEIGHT = 20;
const MAX_EVENT_ROWS = 3;

export type MatrixMark = {
  callId: string;
  date: string;
  x: number;
  /** Offset from the row's centre line. */
  dy: number;
  official: Official;
  /** Whether a counterpart of this row's country was a head of state or government (a filled mark). */
  head: boolean;
  /** "11 March 2026, Sergei Lavrov with Subrahmanyam Jaishankar, India; foreign ministers" */
  label: string;
};

export type MatrixCell = {
  start: string;
  end: string;
  x: number;
  width: number;
  total: number;
  counts: Record<Official, number>;
  /** "Iran, 2025: 12 calls (Putin 5, Lavrov 4, others 3)" */
  label: string;
};

export type MatrixRow = {
  /** The country code. */
  key: string;
  label: string;
  total: number;
  first: string;
  last: string;
  counts: Record<Official, number>;
  /** Top of the row, from the top of the rows, and its height (a row grows with its lanes). */
  y: number;
  height: number;
  marks: MatrixMark[];
  cells: MatrixCell[];
};

export type MatrixTick = { x: number; date: string; label: string; major: boolean };

export type MatrixEvent = {
  id: string;
  number: number;
  title: string;
  date: string;
  endDate?: string;
  x: number;
  /** The end of a band (an event over several days). */
  x2?: number;
};

export type EventBadge = { x: number; row: number; label: string; width: number; members: number[] };

export type BinUnit = "week" | "month" | "quarter" | "year";

export type MatrixLayout = {
  mode: "marks" | "bins";
  unit?: BinUnit;
  start: string;
  end: string;
  width: number;
  /** Height of all the rows together. */
  rowsHeight: number;
  /** Height of the event badges' band above the rows. */
  eventsHeight: number;
  rows: MatrixRow[];
  /** Rows (countries) beyond MAX_ROWS, left out of the drawing. */
  hiddenRows: MatrixRow[];
  ticks: MatrixTick[];
  events: MatrixEvent[];
  badges: EventBadge[];
  /** Calls in the chart (a call with counterparts from two countries counts once). */
  total: number;
  /** The largest count in a bin, in bins mode. */
  maxCell: number;
};

export type MatrixOptions = {
  /** Row order: by number of calls (the default) or by first call. */
  rows?: "calls" | "first";
  /** The axis's period; by default from the first call to the last. */
  from?: string;
  to?: string;
  events?: readonly CrisisEvent[];
  maxMarks?: number;
  maxCells?: number;
};

const DAY_MS = 86_400_000;
const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
const toDate = (iso: string) => new Date(`${iso}T00:00:00Z`);
const toIso = (date: Date) => date.toISOString().slice(0, 10);
const round = (n: number) => Math.round(n * 10) / 10;

/** Whose call it was, for Moscow: Putin if he took part, else Lavrov, else another official. */
export function officialOf(call: Call): Official {
  if (call.russians.some((p) => p.person === "putin")) return "putin";
  if (call.russians.some((p) => p.person === "lavrov")) return "lavrov";
  return "other";
}

const emptyCounts = (): Record<Official, number> => ({ putin: 0, lavrov: 0, other: 0 });

function countsText(counts: Record<Official, number>): string {
  return OFFICIALS.filter((o) => counts[o.id] > 0)
    .map((o) => `${o.id === "other" ? "others" : o.label} ${counts[o.id]}`)
    .join(", ");
}

const BINS: { unit: BinUnit; interval: CountableTimeInterval | TimeInterval; days: number }[] = [
  { unit: "week", interval: utcMonday, days: 7 },
  { unit: "month", interval: utcMonth, days: 30.4 },
  { unit: "quarter", interval: utcMonth.every(3)!, days: 91.3 },
  { unit: "year", interval: utcYear, days: 365.25 },
];

function binLabel(unit: BinUnit, start: string): string {
  const [y, m] = [Number(start.slice(0, 4)), Number(start.slice(5, 7))];
  if (unit === "year") return String(y);
  if (unit === "quarter") return `Q${Math.floor((m - 1) / 3) + 1} ${y}`;
  if (unit === "month") return `${MONTHS[m - 1]} ${y}`;
  return `week of ${formatDate(start)}`;
}

/** Month ticks over short periods, quarters, then years; the first tick and every January name the year. */
function axisTicks(x: (d: Date) => number, start: Date, end: Date): MatrixTick[] {
  const days = (end.getTime() - start.getTime()) / DAY_MS;
  const interval = days <= 70 ? utcMonday : days <= 460 ? utcMonth : days <= 1900 ? utcMonth.every(3)! : utcYear;
  const ticks: MatrixTick[] = [];
  for (const date of interval.range(start, end)) {
    const month = date.getUTCMonth();
    const year = date.getUTCFullYear();
    const first = ticks.length === 0;
    const label =
      interval === utcMonday
        ? `${date.getUTCDate()} ${MONTHS[month]}${first ? ` ${year}` : ""}`
        : interval === utcYear || (month === 0 && !first)
          ? String(year)
          : `${MONTHS[month]}${first ? ` ${year}` : ""}`;
    ticks.push({ x: round(x(date)), date: toIso(date), label, major: first || month === 0 || interval === utcYear });
  }
  // A label starting near the right edge would run off the plot.
  return ticks.filter((t) => t.x <= PLOT_WIDTH - 40);
}

/** Numbered badges above the plot, one per event (or per group of events too close to tell apart), in up to three rows. */
export function layoutBadges(positions: readonly number[], width = PLOT_WIDTH, maxRows = MAX_EVENT_ROWS): EventBadge[] {
  const label = (members: number[]) => {
    const n = members.map((i) => i + 1);
    return n.length === 1 ? String(n[0]) : `${n[0]}–${n.at(-1)}`;
  };
  const place = (badge: EventBadge) => {
    badge.label = label(badge.members);
    badge.width = 10 + 7 * badge.label.length;
    const left = Math.min(Math.max(0, badge.x - badge.width / 2), width - badge.width);
    return { left, right: left + badge.width };
  };
  return packBadgeRows(
    positions.map((x, i): EventBadge => ({ x, row: 0, label: "", width: 0, members: [i] })),
    place,
    3,
    maxRows,
  );
}

/** Assigns each mark (sorted by x) the first lane where it clears the previous mark; -1 when every lane is taken. */
function assignLanes(xs: readonly number[]): number[] {
  const lastX: number[] = [];
  return xs.map((x) => {
    let lane = lastX.findIndex((last) => x - last >= MARK_GAP);
    if (lane === -1 && lastX.length < MAX_LANES) lane = lastX.length;
    if (lane !== -1) lastX[lane] = x;
    return lane;
  });
}

/** Lane 0 on the row's centre line, then above, then below. */
const laneOffset = (lane: number) => (lane === 0 ? 0 : lane % 2 === 1 ? -LANE_STEP * Math.ceil(lane / 2) : LANE_STEP * (lane / 2));

type Entry = { call: Call; official: Official; head: boolean; counterparts: Participant[] };

/** "11 March 2026, Sergei Lavrov with Subrahmanyam Jaishankar, India; foreign ministers" (the levels where both sides share one). */
function markLabel(dataset: Dataset, entry: Entry, country: string): string {
  const name = (p: Participant) => dataset.personById.get(p.person)?.name ?? p.person;
  const levels = [...entry.call.russians, ...entry.counterparts].map((p) => participantLevel(dataset, p));
  const shared = levels.every((l) => l === levels[0]) ? levels[0] : undefined;
  const level = shared === "head" ? "; leaders" : shared === "foreign-minister" ? "; foreign ministers" : "";
  return `${formatDate(entry.call.date)}, ${formatList(entry.call.russians.map(name))} with ${formatList(entry.counterparts.map(name))}, ${country}${level}`;
}

export function layoutMatrix(dataset: Dataset, calls: readonly Call[], options: MatrixOptions = {}): MatrixLayout {
  const maxMarks = options.maxMarks ?? MAX_MARKS;
  const maxCells = options.maxCells ?? MAX_CELLS;
  // Oldest first, whatever order the caller's list is in.
  const sorted = [...calls].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const first = sorted[0]?.date;
  const last = sorted.at(-1)?.date;
  const start = options.from ?? first ?? options.to ?? "1970-01-01";
  const end = options.to ?? last ?? start;

  // Rows: each counterpart country of each call. Names are looked up only for the marks drawn.
  const byCountry = new Map<string, Entry[]>();
  for (const call of sorted) {
    const official = officialOf(call);
    const countries = new Map<string, Entry>();
    for (const p of call.counterparts) {
      const office = dataset.personById.get(p.person)?.offices.find((o) => o.id === p.office);
      if (!office) continue;
      const entry = countries.get(office.country) ?? { call, official, head: false, counterparts: [] };
      entry.counterparts.push(p);
      if (office.level === "head") entry.head = true;
      countries.set(office.country, entry);
    }
    for (const [code, entry] of countries) {
      const list = byCountry.get(code);
      if (list) list.push(entry);
      else byCountry.set(code, [entry]);
    }
  }

  const rowsAll: MatrixRow[] = [...byCountry].map(([code, entries]) => {
    const counts = emptyCounts();
    for (const e of entries) counts[e.official]++;
    return {
      key: code,
      label: dataset.countryByCode.get(code)?.name ?? code,
      total: entries.length,
      first: entries[0]!.call.date,
      last: entries.at(-1)!.call.date,
      counts,
      y: 0,
      height: ROW_HEIGHT,
      marks: [],
      cells: [],
    };
  });
  rowsAll.sort((a, b) =>
    options.rows === "first"
      ? a.first.localeCompare(b.first) || b.total - a.total || a.label.localeCompare(b.label)
      : b.total - a.total || a.first.localeCompare(b.first) || a.label.localeCompare(b.label),
  );
  const rows = rowsAll.slice(0, MAX_ROWS);
  const hiddenRows = rowsAll.slice(MAX_ROWS);

  const startDate = toDate(start);
  const endExclusive = utcDay.offset(toDate(end), 1);
  const x = scaleUtc().domain([startDate, endExclusive]).range([AXIS_PAD, PLOT_WIDTH - AXIS_PAD]);
  const dayCentre = (iso: string) => round(x(new Date(toDate(iso).getTime() + DAY_MS / 2)));

  // Marks, if they fit.
  let mode: MatrixLayout["mode"] = "marks";
  const markCount = rows.reduce((sum, r) => sum + r.total, 0);
  if (markCount > maxMarks) mode = "bins";
  else {
    for (const row of rows) {
      const entries = byCountry.get(row.key)!;
      const xs = entries.map((e) => dayCentre(e.call.date));
      const lanes = assignLanes(xs);
      if (lanes.includes(-1)) {
        mode = "bins";
        break;
      }
      row.height = Math.max(ROW_HEIGHT, Math.max(...lanes) * LANE_STEP + MARK_SIZE + 14);
      row.marks = entries.map((e, i) => ({
        callId: e.call.id,
        date: e.call.date,
        x: xs[i]!,
        dy: laneOffset(lanes[i]!),
        official: e.official,
        head: e.head,
        label: markLabel(dataset, e, row.label),
      }));
    }
  }

  let unit: BinUnit | undefined;
  let maxCell = 0;
  if (mode === "bins") {
    for (const row of rows) {
      row.marks = [];
      row.height = ROW_HEIGHT;
    }
    const spanDays = (endExclusive.getTime() - startDate.getTime()) / DAY_MS;
    const fits = (bin: (typeof BINS)[number]) => ((PLOT_WIDTH - 2 * AXIS_PAD) * bin.days) / spanDays >= MIN_BIN_WIDTH;
    const cellsFor = (bin: (typeof BINS)[number]) => {
      let cells = 0;
      for (const row of rows) cells += new Set(byCountry.get(row.key)!.map((e) => bin.interval.floor(toDate(e.call.date)).getTime())).size;
      return cells;
    };
    const bin = BINS.find((b) => fits(b) && cellsFor(b) <= maxCells) ?? BINS.at(-1)!;
    unit = bin.unit;
    for (const row of rows) {
      const cells = new Map<number, MatrixCell>();
      for (const e of byCountry.get(row.key)!) {
        const binStart = bin.interval.floor(toDate(e.call.date));
        let cell = cells.get(binStart.getTime());
        if (!cell) {
          const binEnd = bin.interval.offset(binStart, 1);
          // The axis may start or end inside a bin: the cell is clipped to the plot.
          const left = Math.max(AXIS_PAD, x(binStart));
          const right = Math.min(PLOT_WIDTH - AXIS_PAD, x(binEnd));
          cell = {
            start: toIso(binStart),
            end: toIso(utcDay.offset(binEnd, -1)),
            x: round(left + 1),
            width: round(Math.max(2, right - left - 2)),
            total: 0,
            counts: emptyCounts(),
            label: "",
          };
          cells.set(binStart.getTime(), cell);
        }
        cell.total++;
        cell.counts[e.official]++;
      }
      row.cells = [...cells.values()];
      for (const cell of row.cells) {
        cell.label = `${row.label}, ${binLabel(bin.unit, cell.start)}: ${plural(cell.total, "call")} (${countsText(cell.counts)})`;
        maxCell = Math.max(maxCell, cell.total);
      }
    }
  }

  const inRange = (options.events ?? []).filter((e) => e.date <= end && (e.endDate ?? e.date) >= start);
  const events: MatrixEvent[] = inRange.map((e, i) => {
    const from = e.date < start ? start : e.date;
    const until = e.endDate && e.endDate > e.date ? (e.endDate > end ? end : e.endDate) : undefined;
    return {
      id: e.id,
      number: i + 1,
      title: e.title,
      date: e.date,
      ...(e.endDate && e.endDate > e.date ? { endDate: e.endDate } : {}),
      x: round(x(toDate(from))),
      ...(until ? { x2: round(x(utcDay.offset(toDate(until), 1))) } : {}),
    };
  });
  const badges = layoutBadges(events.map((e) => e.x));
  let rowsHeight = 0;
  for (const row of rows) {
    row.y = rowsHeight;
    rowsHeight += row.height;
  }
  const badgeRows = badges.length ? Math.max(...badges.map((b) => b.row)) + 1 : 0;

  return {
    mode,
    ...(unit ? { unit } : {}),
    start,
    end,
    width: PLOT_WIDTH,
    rowsHeight,
    eventsHeight: badgeRows * EVENT_ROW_HEIGHT,
    rows,
    hiddenRows,
    ticks: axisTicks(x, startDate, endExclusive),
    events,
    badges,
    total: sorted.length,
    maxCell,
  };
}
