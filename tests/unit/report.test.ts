import { describe, expect, it } from "vitest";
import { recordHealth } from "@/lib/report/health";
import { healthText } from "@/lib/report/text";
import type { Source } from "@/lib/schema";
import { makeDataset } from "./fixtures";

const wire = (id: string, publisher: string, date: string): Source => ({ id, publisher, date, url: `https://example.org/wire/${id}`, kind: "wire", language: "en" });

/**
 * Five calls over four months (one without any call): two on one outlet's word only, one with two
 * outlets, one with the counterpart's account; one record cites a report that appeared after it
 * was published and was never corrected, another was corrected after such a report.
 */
const dataset = makeDataset(
  [
    // Found late: published in November, after every source they cite.
    { date: "2026-01-05", counterparts: ["araghchi"], russians: ["lavrov"], sources: ["src"], published: "2026-11-05" },
    // An SEO page beside two reports: of low reliability, not counted as a report.
    { date: "2026-01-20", counterparts: ["pezeshkian"], sources: ["src", "b", "blog"], others: [{ side: "counterpart" }], published: "2026-11-05" },
    { date: "2026-03-02", counterparts: ["tamim"], russians: ["putin", "lavrov"], sources: ["b", "late"], published: "2026-03-02" },
    { date: "2026-04-01", counterparts: ["trump"], sources: ["c", "later"], published: "2026-04-02", corrections: [{ date: "2026-04-10", note: "Added the later report." }] },
    { date: "2026-04-03", counterparts: ["witkoff"], sources: ["c", "src"], others: [{ side: "third-party" }], published: "2026-11-05" },
  ],
  {
    sources: [wire("b", "Other Wire", "2026-03-02"), wire("late", "Late Paper", "2026-03-05"), wire("c", "Test Wire", "2026-04-03"), wire("later", "Later Paper", "2026-04-09")],
    leads: [
      { id: "putin-tamim-april", date: "2026-04-20", who: "Putin and the Emir of Qatar", countries: ["QA"], claimed: "A call on the Gulf.", sources: ["blog"], why: "One SEO page.", status: "open" },
      { id: "lavrov-araghchi-rumour", dateText: "early April 2026", who: "Lavrov and Araghchi", countries: ["IR"], claimed: "A call.", sources: ["blog"], why: "Denied.", status: "rejected" },
    ],
  },
);

describe("the record's health", () => {
  const health = recordHealth(dataset);

  it("counts calls by month, empty months included, and by Russian official", () => {
    expect(health.calls).toBe(5);
    expect(health.months).toEqual([
      { month: "2026-01", calls: 2, byOfficial: { lavrov: 1, putin: 1 } },
      { month: "2026-02", calls: 0, byOfficial: {} },
      { month: "2026-03", calls: 1, byOfficial: { putin: 1, lavrov: 1 } },
      { month: "2026-04", calls: 2, byOfficial: { putin: 2 } },
    ]);
    expect(health.officials).toEqual([
      { id: "putin", name: "Vladimir Putin", calls: 4 },
      { id: "lavrov", name: "Sergei Lavrov", calls: 2 },
    ]);
  });

  it("lists the calls on one independent report (two pages of one outlet count once; an SEO page not at all), newest first", () => {
    // "src" and "c" are both Test Wire's: the call citing both still rests on one outlet.
    expect(health.singleSource.map((c) => c.id)).toEqual(["2026-04-03-putin-witkoff", "2026-01-05-lavrov-araghchi"]);
  });

  it("lists the calls without the counterpart's account (a third party's does not count)", () => {
    expect(health.withoutCounterpartAccount.map((c) => c.id)).toEqual([
      "2026-04-03-putin-witkoff",
      "2026-04-01-putin-trump",
      "2026-03-02-putin-lavrov-tamim",
      "2026-01-05-lavrov-araghchi",
    ]);
  });

  it("lists records citing a source that appeared after publication with no correction since", () => {
    expect(health.notCorrectedSinceLaterSource).toEqual([
      {
        id: "2026-03-02-putin-lavrov-tamim",
        date: "2026-03-02",
        headline: "Call 2026-03-02-putin-lavrov-tamim",
        published: "2026-03-02",
        laterSources: [{ id: "late", publisher: "Late Paper", date: "2026-03-05" }],
      },
    ]);
    expect(health.undatedSourcesOnly).toEqual([]);
  });

  it("lists the low-reliability sources with the calls citing them, and the leads still open", () => {
    expect(health.lowReliabilitySources).toEqual([{ id: "blog", publisher: "Some SEO blog", calls: 1 }]);
    expect(health.leadsWaiting.map((lead) => lead.id)).toEqual(["putin-tamim-april"]);
  });

  it("has no source that nothing cites (the validator refuses them)", () => {
    expect(health.uncitedSources).toEqual([]);
    expect(health.citedByNoCall).toEqual([]);
  });

  it("prints one screen of text", () => {
    const text = healthText(health, "2026-11-29");
    expect(text).toContain(`Record health on 2026-11-29: 5 calls, 6 sources (data version ${dataset.version})`);
    expect(text).toContain(
      ["  month    calls  Putin  Lavrov", "  2026-01      2      1       1", "  2026-02      0      ·       ·", "  2026-03      1      1       1", "  2026-04      2      2       0", "  all          5      4       2"].join(
        "\n",
      ),
    );
    expect(text).toContain("Single-source calls (one independent report): 2\n  2026-04-03-putin-witkoff\n");
    expect(text).toContain("Low-reliability sources: 1\n  blog (Some SEO blog), cited by 1 call\n");
    expect(text).toContain("Leads waiting: 1\n  putin-tamim-april: Putin and the Emir of Qatar\n");
    expect(text).toContain("Records not corrected since a later source appeared: 1\n  2026-03-02-putin-lavrov-tamim: published 2026-03-02, cites late (Late Paper, 2026-03-05)");
    expect(text.split("\n").length).toBeLessThan(45);
  });
});
