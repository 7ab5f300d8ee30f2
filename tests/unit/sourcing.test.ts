import { describe, expect, it } from "vitest";
import { filterCalls, parseCallQuery } from "@/lib/filter";
import { callSourcing, sourcingDetail, sourcingLine } from "@/lib/sourcing";
import { makeDataset } from "./fixtures";

const dataset = makeDataset([
  // One wire story only.
  { date: "2026-03-01", counterparts: ["tamim"] },
  // Both sides' accounts; one Reuters story carried by two sites counts once; the SEO blog not at all.
  {
    date: "2026-03-02",
    counterparts: ["pezeshkian"],
    sources: ["src", "reuters-on-zawya", "reuters-on-japantoday", "blog", "irna"],
    counterpartReadout: "Iranian presidency, in a statement",
  },
  // Only the other side's account, carried by a wire story and IRNA.
  { date: "2026-03-03", russians: ["lavrov"], counterparts: ["araghchi"], sources: ["src", "irna"], noKremlinReadout: true, counterpartReadout: "Iranian Foreign Ministry" },
  // A single report plus a low-reliability page: still one report.
  { date: "2026-03-04", counterparts: ["hamad"], sources: ["src", "blog"] },
]);
const call = (date: string) => dataset.calls.find((c) => c.date === date)!;

describe("sourcing strength", () => {
  it("counts independent outlets: an agency once however many sites carry it, low-reliability pages never", () => {
    expect(callSourcing(dataset, call("2026-03-01"))).toMatchObject({ reports: 1, singleSource: true, lowReliability: 0, accounts: "russian-only" });
    expect(callSourcing(dataset, call("2026-03-02"))).toMatchObject({ reports: 3, singleSource: false, lowReliability: 1, accounts: "both-sides" });
    expect(callSourcing(dataset, call("2026-03-03"))).toMatchObject({ reports: 2, singleSource: false, accounts: "counterpart-only" });
    expect(callSourcing(dataset, call("2026-03-04"))).toMatchObject({ reports: 1, singleSource: true, lowReliability: 1 });
  });

  it("says it in a line for the timeline and in full for the permalink", () => {
    expect(sourcingLine(dataset, call("2026-03-01"))).toBe("Russian account only · one report only");
    expect(sourcingLine(dataset, call("2026-03-02"))).toBe("Russian and Iranian accounts · 3 reports");
    expect(sourcingLine(dataset, call("2026-03-03"))).toBe("Iranian account only · 2 reports");
    expect(sourcingDetail(dataset, call("2026-03-02"))).toBe(
      "Kremlin press service and Iranian presidency accounts · 3 independent reports · 1 low-reliability page not counted",
    );
    expect(sourcingDetail(dataset, call("2026-03-03"))).toBe("Iranian Foreign Ministry account only (none from the Russian side) · 2 independent reports");
    expect(sourcingDetail(dataset, call("2026-03-04"))).toBe(
      "Kremlin press service account only (none from the other side) · one report only · 1 low-reliability page not counted",
    );
  });

  it("filters the timeline by sourcing", () => {
    const dates = (search: string) => filterCalls(dataset, parseCallQuery(new URLSearchParams(search), dataset).query).map((c) => c.date);
    expect(dates("sourcing=single-source")).toEqual(["2026-03-04", "2026-03-01"]);
    expect(dates("sourcing=both-sides")).toEqual(["2026-03-02"]);
    expect(dates("sourcing=counterpart-only&sourcing=both-sides&sort=oldest")).toEqual(["2026-03-02", "2026-03-03"]);
    expect(dates("sourcing=single-source&country=QA")).toEqual(["2026-03-01"]);
  });
});
