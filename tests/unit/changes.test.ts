import { XMLParser } from "fast-xml-parser";
import { describe, expect, it } from "vitest";
import { changesByDay, changesHref, getChanges, lastChanged, listChanges, parseChangesQuery } from "@/lib/changes/changes";
import { buildChangesFeed } from "@/lib/changes/feed";
import { buildExport, exportResponse } from "@/lib/exports/respond";
import { filterCalls, parseCallQuery } from "@/lib/filter";
import { SITE_URL } from "@/lib/site";
import { filterChips } from "@/lib/timeline/chips";
import { makeDataset } from "./fixtures";

/**
 * A record that grew: two calls published on 1 March, one of them corrected twice on 10 March,
 * a third call published on 10 March too, and a late find (an April 2024 call) published on 20 March.
 */
const dataset = makeDataset([
  { date: "2026-02-28", counterparts: ["araghchi"], published: "2026-03-01" },
  {
    date: "2026-03-01",
    counterparts: ["tamim"],
    published: "2026-03-01",
    corrections: [
      { date: "2026-03-10", note: "The date was 1 March, not 2 March." },
      { date: "2026-03-10", note: "Added the Qatari account." },
    ],
  },
  { date: "2026-03-09", counterparts: ["hamad"], published: "2026-03-10" },
  { date: "2024-04-20", counterparts: ["pezeshkian"], published: "2026-03-20" },
]);

const label = (c: ReturnType<typeof listChanges>[number]) =>
  `${c.date} ${c.kind} ${c.call.id}${c.kind === "corrected" ? ` #${c.number}` : ""}`;

describe("the changelog", () => {
  it("lists additions and corrections newest first; on one day corrections first, then the newer call, a record's corrections in order", () => {
    expect(getChanges(dataset).map(label)).toEqual([
      "2026-03-20 added 2024-04-20-putin-pezeshkian",
      "2026-03-10 corrected 2026-03-01-putin-tamim #1",
      "2026-03-10 corrected 2026-03-01-putin-tamim #2",
      "2026-03-10 added 2026-03-09-putin-hamad",
      "2026-03-01 added 2026-03-01-putin-tamim",
      "2026-03-01 added 2026-02-28-putin-araghchi",
    ]);
  });

  it("does not depend on the order of the input", () => {
    expect(listChanges([...dataset.calls].reverse()).map(label)).toEqual(getChanges(dataset).map(label));
  });

  it("groups the changes by day with counts", () => {
    const days = changesByDay(getChanges(dataset));
    expect(days.map((d) => [d.date, d.added, d.corrected, d.changes.length])).toEqual([
      ["2026-03-20", 1, 0, 1],
      ["2026-03-10", 1, 2, 3],
      ["2026-03-01", 2, 0, 2],
    ]);
  });

  it("knows the day the record last changed", () => {
    expect(lastChanged(dataset)).toBe("2026-03-20");
    expect(listChanges([])).toEqual([]);
  });

  it("reads only `page` from the address, with a notice for anything else", () => {
    expect(parseChangesQuery({ page: "2" })).toEqual({ page: 2, notices: [] });
    expect(parseChangesQuery({ page: "0", x: "1" })).toEqual({
      page: 1,
      notices: ["Ignored page '0': pages are numbered from 1.", "Ignored unknown parameter 'x'."],
    });
    expect(changesHref(1)).toBe("/changes");
    expect(changesHref(3)).toBe("/changes?page=3");
  });
});

describe("the changes feed", () => {
  const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "@", isArray: (name) => ["entry", "link", "category"].includes(name) });
  const feed = parser.parse(buildChangesFeed(dataset)).feed;

  it("is Atom with an entry per change, newest first, each linking to its record", () => {
    expect(feed["@xmlns"]).toBe("http://www.w3.org/2005/Atom");
    expect(feed.title).toBe("Readout: additions and corrections");
    expect(feed.updated).toBe("2026-03-20T00:00:00.000Z");
    expect(feed.entry).toHaveLength(6);
    const [first, correction] = feed.entry;
    expect(first.title["#text"]).toBe("Added: Call 2024-04-20-putin-pezeshkian");
    expect(first.id).toBe(`${SITE_URL}/calls/2024-04-20-putin-pezeshkian#added`);
    expect(first.link[0]["@href"]).toBe(`${SITE_URL}/calls/2024-04-20-putin-pezeshkian`);
    expect(first.updated).toBe("2026-03-20T00:00:00.000Z");
    expect(correction.title["#text"]).toBe("Corrected: Call 2026-03-01-putin-tamim");
    expect(correction.link[0]["@href"]).toBe(`${SITE_URL}/calls/2026-03-01-putin-tamim#correction-1`);
    expect(correction.summary["#text"]).toContain("The date was 1 March, not 2 March.");
    expect(new Set(feed.entry.map((e: { id: string }) => e.id)).size).toBe(6);
  });
});

describe("added-since on the timeline and the downloads", () => {
  const ids = (search: string) => filterCalls(dataset, parseCallQuery(new URLSearchParams(search), dataset).query).map((c) => c.id);

  it("keeps the calls first published on or after the day, in the timeline's order", () => {
    expect(ids("added-since=2026-03-10")).toEqual(["2026-03-09-putin-hamad", "2024-04-20-putin-pezeshkian"]);
    expect(ids("added-since=2026-03-10&sort=oldest")).toEqual(["2024-04-20-putin-pezeshkian", "2026-03-09-putin-hamad"]);
    expect(ids("added-since=2026-03-10&country=BH")).toEqual(["2026-03-09-putin-hamad"]);
    expect(ids("added-since=2026-03-21")).toEqual([]);
  });

  it("ignores a bad date with a notice, and shows the filter as a chip", () => {
    const { query, notices } = parseCallQuery(new URLSearchParams("added-since=yesterday"), dataset);
    expect(query.addedSince).toBeUndefined();
    expect(notices).toEqual([{ param: "added-since", message: "Ignored 'added-since': 'yesterday' is not a date (YYYY-MM-DD)" }]);
    const chips = filterChips(parseCallQuery(new URLSearchParams("added-since=2026-03-10"), dataset).query, dataset);
    expect(chips.map((c) => c.label)).toEqual(["Added since 10 Mar 2026"]);
  });

  it("filters the downloads too, which carry the data version and the day of the last change", () => {
    const json = JSON.parse(buildExport(dataset, "callsJson", new URLSearchParams("added-since=2026-03-20")).body);
    expect(json.query["added-since"]).toBe("2026-03-20");
    expect(json.calls.map((c: { id: string }) => c.id)).toEqual(["2024-04-20-putin-pezeshkian"]);
    expect(json.version).toBe(dataset.version);
    expect(json.lastChanged).toBe("2026-03-20");
    const response = exportResponse(dataset, "callsCsv", new Request("http://localhost/data/calls.csv"));
    expect(response.headers.get("X-Readout-Version")).toBe(dataset.version);
    expect(response.headers.get("Last-Modified")).toBe("Fri, 20 Mar 2026 00:00:00 GMT");
  });
});
