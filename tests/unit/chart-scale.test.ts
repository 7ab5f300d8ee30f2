import { describe, expect, it } from "vitest";
import { countTicks, markerRows, timeAxis, timeTicks } from "@/components/chart/scale";

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

describe("markerRows", () => {
  it("puts markers that would overlap in the next row", () => {
    expect(markerRows([0, 1.7, 61, 62, 89, 98, 98])).toEqual([0, 1, 0, 1, 0, 0, 1]);
  });

  it("never uses more than maxRows rows", () => {
    const rows = markerRows([10, 10, 10, 10, 10], 4, 3);
    expect(Math.max(...rows)).toBe(2);
  });
});
