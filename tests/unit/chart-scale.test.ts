import { describe, expect, it } from "vitest";
import { countTicks, layoutMarkers, timeAxis, timeTicks } from "@/components/chart/scale";

describe("timeAxis", () => {
  it("places dates by day, as a percentage of the whole period", () => {
    const axis = timeAxis("2026-03-02", "2026-03-15");
    expect(axis.days).toBe(14);
    expect(axis.offset("2026-03-09")).toBe(7);
    expect(axis.percent("2026-03-02")).toBe(0);
    expect(axis.percent("2026-03-09")).toBe(50);
  });
});

describe("countTicks", () => {
  it("gives whole numbers from 0 up to a round top at or above the maximum", () => {
    expect(countTicks(6)).toEqual({ top: 6, ticks: [0, 2, 4, 6] });
    expect(countTicks(1)).toEqual({ top: 1, ticks: [0, 1] });
    expect(countTicks(0)).toEqual({ top: 1, ticks: [0, 1] });
    const big = countTicks(137);
    expect(big.top).toBeGreaterThanOrEqual(137);
    expect(big.ticks.every(Number.isInteger)).toBe(true);
    expect(big.ticks.at(-1)).toBe(big.top);
  });
});

describe("timeTicks", () => {
  it("marks quarters over two years, the first tick and each January major", () => {
    const ticks = timeTicks(timeAxis("2024-04-01", "2026-03-15"));
    expect(ticks.map((t) => t.label)).toEqual(["Apr 2024", "Jul", "Oct", "2025", "Apr", "Jul", "Oct", "2026"]);
    expect(ticks.filter((t) => t.major).map((t) => t.label)).toEqual(["Apr 2024", "2025", "2026"]);
    expect(ticks[0]!.percent).toBe(0);
  });

  it("starts at the first month start inside the axis", () => {
    const ticks = timeTicks(timeAxis("2026-01-12", "2026-05-10"));
    expect(ticks.map((t) => t.date)).toEqual(["2026-02-01", "2026-03-01", "2026-04-01", "2026-05-01"]);
    expect(ticks[0]!.label).toBe("Feb 2026");
  });

  it("drops a label that would start at the right edge", () => {
    const ticks = timeTicks(timeAxis("2026-01-05", "2026-03-03"));
    expect(ticks.map((t) => t.date)).toEqual(["2026-02-01"]);
  });

  it("marks years only over long periods", () => {
    const ticks = timeTicks(timeAxis("2001-01-01", "2020-12-31"));
    expect(ticks.every((t) => t.major && /^\d{4}$/.test(t.label))).toBe(true);
    expect(ticks[0]!.label).toBe("2001");
  });
});

describe("layoutMarkers", () => {
  it("shares a badge between markers too close to tell apart, labelled by their numbers", () => {
    const groups = layoutMarkers([0, 1.2, 1.9, 7, 59.5, 60.7, 61, 95.5, 95.8, 96.9]);
    expect(groups.map((g) => g.label)).toEqual(["1–3", "4", "5–7", "8–10"]);
    expect(groups.map((g) => g.members)).toEqual([[0, 1, 2], [3], [4, 5, 6], [7, 8, 9]]);
    expect(groups[0]!.percent).toBe(0);
    expect(layoutMarkers([10, 11, 13]).map((g) => g.label)).toEqual(["1–2", "3"]);
  });

  it("ends a badge at the right edge rather than letting it run off the chart", () => {
    const groups = layoutMarkers([50, 99.5]);
    expect(groups.map((g) => g.align)).toEqual(["center", "end"]);
  });

  it("puts a badge that would overlap the previous one in the next row", () => {
    const groups = layoutMarkers([10, 14, 18, 40]);
    expect(groups.map((g) => [g.label, g.row])).toEqual([
      ["1", 0],
      ["2", 1],
      ["3", 0],
      ["4", 0],
    ]);
  });

  it("never uses more than maxRows rows, and never overlaps: crowded markers join the previous badge", () => {
    const positions = Array.from({ length: 40 }, (_, i) => i * 2.5);
    const groups = layoutMarkers(positions, 1, 3);
    expect(Math.max(...groups.map((g) => g.row))).toBe(2);
    expect(groups.flatMap((g) => g.members)).toEqual(positions.map((_, i) => i));
    for (let row = 0; row < 3; row++) {
      const inRow = groups.filter((g) => g.row === row).map((g) => g.percent);
      for (let i = 1; i < inRow.length; i++) expect(inRow[i]! - inRow[i - 1]!).toBeGreaterThan(4);
    }
  });
});
