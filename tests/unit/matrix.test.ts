import { describe, expect, it } from "vitest";
import { validateFiles, type DataFile } from "@/lib/data/validate";
import { layoutBadges, layoutMatrix, MARK_SIZE, MAX_CELLS, MAX_MARKS, PLOT_WIDTH } from "@/lib/views/matrix";
import { generateSynthetic } from "../../scripts/synth/generate";
import { makeDataset, makeEvent } from "./fixtures";

const dataset = makeDataset([
  { date: "2026-02-20", counterparts: ["hamad"] },
  { date: "2026-03-02", counterparts: ["tamim"] },
  { date: "2026-03-02", counterparts: ["pezeshkian"] },
  { date: "2026-03-02", russians: ["lavrov"], counterparts: ["araghchi"] },
  { date: "2026-03-06", counterparts: ["pezeshkian"] },
  { date: "2026-03-09", counterparts: ["trump", "witkoff"] },
  { date: "2026-03-20", russians: ["lavrov"], counterparts: ["araghchi"] },
]);
const events = [
  makeEvent("before", "2026-01-01"),
  makeEvent("strikes", "2026-02-28"),
  makeEvent("war", "2026-03-01", "2026-03-10"),
  makeEvent("after", "2026-04-01"),
];
const layout = layoutMatrix(dataset, dataset.calls, { events });
const row = (key: string) => layout.rows.find((r) => r.key === key)!;
const mark = (callId: string, key: string) => row(key).marks.find((m) => m.callId === callId)!;

describe("the pattern chart's layout", () => {
  it("has one row per counterpart country, by number of calls or by first call", () => {
    expect(layout.rows.map((r) => [r.key, r.total])).toEqual([["IR", 4], ["BH", 1], ["QA", 1], ["US", 1]]);
    expect(layoutMatrix(dataset, dataset.calls, { rows: "first" }).rows.map((r) => r.key)).toEqual(["BH", "IR", "QA", "US"]);
    expect(row("IR").counts).toEqual({ putin: 2, lavrov: 2, other: 0 });
    expect([row("IR").first, row("IR").last]).toEqual(["2026-03-02", "2026-03-20"]);
  });

  it("draws one mark per call and row, placed by date on a shared axis", () => {
    expect(layout.mode).toBe("marks");
    expect(layout.rows.flatMap((r) => r.marks)).toHaveLength(7);
    expect([layout.start, layout.end]).toEqual(["2026-02-20", "2026-03-20"]);
    const xs = ["2026-03-02-putin-pezeshkian", "2026-03-06-putin-pezeshkian", "2026-03-20-lavrov-araghchi"].map((id) => mark(id, "IR").x);
    expect(xs).toEqual([...xs].sort((a, b) => a - b));
    // The same day is the same x in every row; the first and last days sit inside the plot.
    expect(mark("2026-03-02-putin-tamim", "QA").x).toBe(mark("2026-03-02-putin-pezeshkian", "IR").x);
    expect(mark("2026-02-20-putin-hamad", "BH").x).toBeGreaterThan(0);
    expect(mark("2026-03-20-lavrov-araghchi", "IR").x).toBeLessThan(PLOT_WIDTH);
    // 28 days from the first to the last: the marks are about a 28th of the plot apart per day.
    const perDay = (mark("2026-03-20-lavrov-araghchi", "IR").x - mark("2026-02-20-putin-hamad", "BH").x) / 28;
    expect(mark("2026-03-06-putin-pezeshkian", "IR").x - mark("2026-03-02-putin-pezeshkian", "IR").x).toBeCloseTo(4 * perDay, 0);
  });

  it("tells the Russian official and the counterpart's level by the mark, and names every mark", () => {
    expect(mark("2026-03-02-putin-pezeshkian", "IR")).toMatchObject({ official: "putin", head: true });
    expect(mark("2026-03-02-lavrov-araghchi", "IR")).toMatchObject({
      official: "lavrov",
      head: false,
      label: "2 March 2026, Sergei Lavrov with Abbas Araghchi, Iran; foreign ministers",
    });
    expect(mark("2026-03-09-putin-trump-witkoff", "US")).toMatchObject({
      head: true,
      label: "9 March 2026, Vladimir Putin with Donald Trump and Steve Witkoff, United States",
    });
  });

  it("keeps every call of the real record as a mark, the burst of March 2026 stacked in lanes", async () => {
    const { realFiles, TODAY } = await import("./helpers");
    const real = validateFiles(realFiles(), { today: TODAY }).dataset!;
    const chart = layoutMatrix(real, real.calls, { events: real.events });
    expect(chart.mode).toBe("marks");
    expect([...new Set(chart.rows.flatMap((r) => r.marks.map((m) => m.callId)))].sort()).toEqual(real.calls.map((c) => c.id).sort());
  });

  it("stacks marks on the same day so that none hides another", () => {
    const a = mark("2026-03-02-putin-pezeshkian", "IR");
    const b = mark("2026-03-02-lavrov-araghchi", "IR");
    expect(a.x).toBe(b.x);
    expect(Math.abs(a.dy - b.dy)).toBeGreaterThanOrEqual(MARK_SIZE);
    const iran = row("IR");
    expect(Math.abs(a.dy) + MARK_SIZE / 2).toBeLessThanOrEqual(iran.height / 2);
    expect(Math.abs(b.dy) + MARK_SIZE / 2).toBeLessThanOrEqual(iran.height / 2);
    // Rows follow one another; a row with one lane keeps the standard height.
    expect(layout.rows.map((r) => r.y)).toEqual([0, iran.height, iran.height + 30, iran.height + 60]);
    expect(row("BH").height).toBe(30);
    // A mark alone on its day sits on the row's centre line.
    expect(mark("2026-03-06-putin-pezeshkian", "IR").dy).toBe(0);
  });

  it("draws the crisis events of the period as lines, and bands for events over several days", () => {
    expect(layout.events.map((e) => [e.id, e.number])).toEqual([["strikes", 1], ["war", 2]]);
    const [strikes, war] = layout.events;
    expect(strikes!.x2).toBeUndefined();
    expect(strikes!.x).toBeLessThan(mark("2026-03-02-putin-tamim", "QA").x);
    expect(war!.x).toBeGreaterThan(strikes!.x);
    expect(war!.x2).toBeGreaterThan(mark("2026-03-09-putin-trump-witkoff", "US").x);
    expect(war!.x2).toBeLessThan(mark("2026-03-20-lavrov-araghchi", "IR").x);
    expect(layout.badges.map((b) => b.label)).toEqual(["1", "2"]);
    expect(layout.badges.map((b) => b.row)).toEqual([0, 0]);
  });

  it("numbers event badges, in rows, joining those that find no room", () => {
    const badges = layoutBadges([10, 12, 14, 16, 300]);
    expect(badges.map((b) => [b.label, b.row])).toEqual([["1", 0], ["2", 1], ["3–4", 2], ["5", 0]]);
  });

  it("counts calls in bins instead when marks would be too many or would hide each other", () => {
    // Nine calls with Iran on one day: more than the seven lanes a row can hold.
    const sameDay = [["putin"], ["lavrov"], ["putin", "lavrov"]].flatMap((russians) =>
      [["pezeshkian"], ["araghchi"], ["pezeshkian", "araghchi"]].map((counterparts) => ({ date: "2026-03-02", russians, counterparts })),
    );
    const busy = makeDataset([...sameDay, { date: "2026-05-02", counterparts: ["tamim"] }]);
    const dense = layoutMatrix(busy, busy.calls);
    expect(dense.mode).toBe("bins");
    expect(dense.rows.every((r) => r.marks.length === 0)).toBe(true);
    const iran = dense.rows.find((r) => r.key === "IR")!;
    expect(iran.cells).toHaveLength(1);
    expect(iran.cells[0]).toMatchObject({ total: 9, counts: { putin: 6, lavrov: 3, other: 0 } });
    expect(iran.cells[0]!.label).toMatch(/^Iran, .+: 9 calls \(Putin 6, Lavrov 3\)$/);
    expect(iran.cells[0]!.width).toBeGreaterThanOrEqual(20);
    expect(dense.maxCell).toBe(9);

    const capped = layoutMatrix(dataset, dataset.calls, { maxMarks: 3 });
    expect(capped.mode).toBe("bins");
    expect(capped.rows.flatMap((r) => r.cells).reduce((sum, c) => sum + c.total, 0)).toBe(7);
  });

  it("stays bounded at 10,000 calls", () => {
    const data = generateSynthetic(10_000);
    const files: DataFile[] = Object.entries({
      "countries.json": data.countries,
      "people.json": data.people,
      "sources.json": data.sources,
      "topics.json": data.topics,
      "events.json": data.events,
    }).map(([name, value]) => ({ name, displayPath: name, text: JSON.stringify(value) }));
    for (const call of data.calls) files.push({ name: `calls/${call.id}.json`, displayPath: call.id, text: JSON.stringify(call) });
    const big = validateFiles(files, { today: "2026-11-22" }).dataset!;
    const chart = layoutMatrix(big, big.calls, { events: big.events });
    expect(chart.mode).toBe("bins");
    expect(chart.total).toBe(10_000);
    const cells = chart.rows.flatMap((r) => r.cells);
    expect(cells.length).toBeLessThanOrEqual(MAX_CELLS);
    expect(cells.every((c) => c.width >= 20)).toBe(true);
    expect(chart.rows.flatMap((r) => r.marks).length).toBeLessThanOrEqual(MAX_MARKS);
    const iran = big.calls.filter((c) => c.date >= "2026-01-01" && c.date <= "2026-03-31");
    const quarter = layoutMatrix(big, iran, { from: "2026-01-01", to: "2026-03-31" });
    expect(quarter.rows.flatMap((r) => r.cells).length + quarter.rows.flatMap((r) => r.marks).length).toBeLessThanOrEqual(MAX_CELLS);
  }, 120_000);
});
