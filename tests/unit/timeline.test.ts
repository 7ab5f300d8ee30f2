import { describe, expect, it } from "vitest";
import { callQueryToParams, filterCalls, formSearchParams, paginate, parseCallQuery, type CallQuery } from "@/lib/filter";
import { broadenings, filterChips, timelineHref } from "@/lib/timeline/chips";
import { visibleOptions } from "@/lib/timeline/options";
import { buildTimeline, countCallsInMonth, eventsInPeriod, monthsBetween, resultPeriod, type MonthGroup } from "@/lib/timeline/timeline";
import { makeDataset, makeEvent } from "./fixtures";

const dataset = makeDataset([
  { date: "2026-03-02", counterparts: ["tamim"], topics: ["ceasefire"], headline: "Putin and Qatar's emir fear a wider war" },
  { date: "2026-03-02", counterparts: ["hamad"], topics: ["mediation"], headline: "Putin offers Bahrain help" },
  { date: "2026-03-06", counterparts: ["pezeshkian"], topics: ["ceasefire"], headline: "Condolences for Khamenei" },
  { date: "2026-03-09", counterparts: ["trump"], topics: ["mediation", "intelligence-sharing"], headline: "Putin puts proposals to Trump" },
  { date: "2026-01-16", counterparts: ["pezeshkian"], topics: ["mediation"], headline: "First call since the protests" },
  { date: "2024-04-16", counterparts: ["pezeshkian"], topics: ["mediation"], headline: "An older call" },
]);

const event = (id: string, date: string, endDate?: string) => makeEvent(id, date, endDate, "strike");

const events = [
  event("consulate-strike", "2024-04-01"),
  event("war", "2025-06-13", "2025-06-24"),
  event("protests", "2025-12-28", "2026-01-16"),
  event("strikes", "2026-02-28"),
  event("same-day", "2026-03-06"),
  event("after", "2026-04-20"),
];

function parse(params: Record<string, string | string[]>) {
  return parseCallQuery(params, dataset).query;
}

function timeline(params: Record<string, string | string[]>, pageSize = 50, eventList = events) {
  const query = parse(params);
  const results = filterCalls(dataset, query);
  const page = paginate(results, query.page, pageSize);
  return buildTimeline({ results, page, pageSize, sort: query.sort, events: eventList, range: query });
}

/** A readable outline: "2026-03 (4): call 2026-03-09, event same-day, ...". */
const outline = (groups: MonthGroup[]) =>
  groups.map(
    (g) =>
      `${g.month} (${g.callCount}): ${g.entries.map((e) => (e.type === "call" ? e.call.date : `event ${e.event.id}`)).join(", ")}`,
  );

describe("the period a result covers", () => {
  it("runs over the whole months of the oldest and newest matching calls", () => {
    expect(resultPeriod(filterCalls(dataset, parse({})), {})).toEqual({ start: "2024-04-01", end: "2026-03-31" });
    expect(resultPeriod(filterCalls(dataset, parse({ country: "QA" })), {})).toEqual({ start: "2026-03-01", end: "2026-03-31" });
  });

  it("is the query's dates where given, and nothing when no call matches", () => {
    expect(resultPeriod(filterCalls(dataset, parse({})), { from: "2026-01-01" })).toEqual({ start: "2026-01-01", end: "2026-03-31" });
    expect(resultPeriod([], { from: "2026-01-01", to: "2026-02-01" })).toBeUndefined();
  });

  it("knows the length of February", () => {
    const feb = makeDataset([{ date: "2024-02-10", counterparts: ["tamim"] }]);
    expect(resultPeriod(feb.calls, {})?.end).toBe("2024-02-29");
  });

  it("includes events that overlap it, placing one already under way at its start", () => {
    const placed = eventsInPeriod(events, { start: "2026-01-01", end: "2026-03-08" });
    expect(placed.map((p) => [p.event.id, p.date])).toEqual([
      ["protests", "2026-01-01"],
      ["strikes", "2026-02-28"],
      ["same-day", "2026-03-06"],
    ]);
  });
});

describe("buildTimeline", () => {
  it("groups by month, newest first, with the period's events interleaved and counted calls", () => {
    expect(outline(timeline({}))).toEqual([
      "2026-03 (4): 2026-03-09, 2026-03-06, event same-day, 2026-03-02, 2026-03-02",
      "2026-02 (0): event strikes",
      "2026-01 (1): 2026-01-16",
      "2025-12 (0): event protests",
      "2025-06 (0): event war",
      "2024-04 (1): 2024-04-16, event consulate-strike",
    ]);
  });

  it("puts an event before the same day's calls in time, whichever the order", () => {
    expect(outline(timeline({ sort: "oldest", from: "2026-03-01" }))).toEqual([
      "2026-03 (4): 2026-03-02, 2026-03-02, event same-day, 2026-03-06, 2026-03-09",
    ]);
  });

  it("shows only the events of the filtered period, not of the whole data", () => {
    expect(outline(timeline({ country: "QA" }))).toEqual(["2026-03 (1): event same-day, 2026-03-02"]);
  });

  it("shows nothing of the events when they are hidden", () => {
    expect(outline(timeline({ events: "hide" }, 50, []))).toEqual([
      "2026-03 (4): 2026-03-09, 2026-03-06, 2026-03-02, 2026-03-02",
      "2026-01 (1): 2026-01-16",
      "2024-04 (1): 2024-04-16",
    ]);
  });

  it("is empty when no call matches", () => {
    expect(timeline({ q: "nothing-matches-this" })).toEqual([]);
  });

  it("puts every event of the period on exactly one page, in either order", () => {
    for (const sort of ["newest", "oldest"]) {
      const pages = [1, 2, 3].map((page) => timeline({ sort, page: String(page) }, 2));
      const eventsShown = pages.flatMap((groups) => groups.flatMap((g) => g.entries.filter((e) => e.type === "event").map((e) => e.event.id)));
      expect(eventsShown.sort()).toEqual(["consulate-strike", "protests", "same-day", "strikes", "war"]);
      const callsShown = pages.flatMap((groups) => groups.flatMap((g) => g.entries.filter((e) => e.type === "call")));
      expect(callsShown).toHaveLength(6);
    }
  });

  it("places events between pages by time (newest first, two calls a page)", () => {
    // The same-day event goes with its day's call, on page 1, just below it (before it in time).
    expect(outline(timeline({ page: "1" }, 2))).toEqual(["2026-03 (4): 2026-03-09, 2026-03-06, event same-day"]);
    // An event goes with the first call after it: the strikes of 28 February with the calls of 2 March.
    expect(outline(timeline({ page: "2" }, 2))).toEqual(["2026-03 (4): 2026-03-02, 2026-03-02", "2026-02 (0): event strikes"]);
    expect(outline(timeline({ page: "3" }, 2))).toEqual([
      "2026-01 (1): 2026-01-16",
      "2025-12 (0): event protests",
      "2025-06 (0): event war",
      "2024-04 (1): 2024-04-16, event consulate-strike",
    ]);
  });

  it("counts a month's calls over the whole result and on the page", () => {
    const [march] = timeline({ page: "1" }, 2);
    expect([march?.callCount, march?.callsOnPage]).toEqual([4, 2]);
  });
});

describe("countCallsInMonth", () => {
  it("counts a month's calls in a result sorted either way", () => {
    for (const sort of ["newest", "oldest"]) {
      const results = filterCalls(dataset, parse({ sort }));
      expect(["2026-03", "2026-02", "2026-01", "2024-04", "2020-01", "2030-01"].map((m) => countCallsInMonth(results, m))).toEqual([4, 0, 1, 1, 0, 0]);
    }
    expect(countCallsInMonth([], "2026-03")).toBe(0);
  });
});

describe("monthsBetween", () => {
  it("gives the months strictly between two, in either order", () => {
    expect(monthsBetween("2024-04", "2025-06")).toEqual({ first: "2024-05", last: "2025-05", count: 13 });
    expect(monthsBetween("2026-01", "2025-11")).toEqual({ first: "2025-12", last: "2025-12", count: 1 });
    expect(monthsBetween("2026-01", "2025-12")).toBeUndefined();
  });
});

describe("chips and links", () => {
  const query = parse({ country: ["QA", "BH"], topic: "mediation", from: "2026-03-01", to: "2026-03-08", q: "war", sort: "oldest", page: "2" });

  it("make one chip per value, each removing only that value and going back to page 1", () => {
    const chips = filterChips(query, dataset);
    expect(chips.map((c) => [c.kind, c.label, timelineHref(c.without)])).toEqual([
      ["Country", "Qatar", "/calls?country=BH&topic=mediation&from=2026-03-01&to=2026-03-08&q=war&sort=oldest"],
      ["Country", "Bahrain", "/calls?country=QA&topic=mediation&from=2026-03-01&to=2026-03-08&q=war&sort=oldest"],
      ["Topic", "Mediation", "/calls?country=QA&country=BH&from=2026-03-01&to=2026-03-08&q=war&sort=oldest"],
      ["Date", "From 1 Mar 2026", "/calls?country=QA&country=BH&topic=mediation&to=2026-03-08&q=war&sort=oldest"],
      ["Date", "To 8 Mar 2026", "/calls?country=QA&country=BH&topic=mediation&from=2026-03-01&q=war&sort=oldest"],
      ["Search", "“war”", "/calls?country=QA&country=BH&topic=mediation&from=2026-03-01&to=2026-03-08&sort=oldest"],
    ]);
  });

  it("keep the events setting, and the bare timeline is /calls", () => {
    expect(timelineHref(parse({ events: "hide", page: "3" }), { page: 1 })).toBe("/calls?events=hide");
    expect(timelineHref(parse({}))).toBe("/calls");
  });

  it("offer to broaden an empty search by dropping one filter, most results first", () => {
    const empty = parse({ country: "QA", topic: "mediation", from: "2026-03-01", to: "2026-03-08" });
    expect(filterCalls(dataset, empty)).toEqual([]);
    expect(broadenings(dataset, empty).map((b) => [b.kind, b.label, b.count])).toEqual([
      ["Country", "Qatar", 1],
      ["Topic", "Mediation", 1],
    ]);
    const dates = parse({ country: "IR", from: "2026-03-07", to: "2026-03-08" });
    expect(broadenings(dataset, dates).map((b) => [b.kind, b.label, b.count, timelineHref(b.without)])).toEqual([
      ["Dates", "7 Mar 2026 – 8 Mar 2026", 3, "/calls?country=IR"],
    ]);
  });
});

describe("the events parameter", () => {
  it("hides the events with events=hide; show is the default; anything else is ignored with a notice", () => {
    expect(parse({ events: "hide" }).events).toBe("hide");
    const shown = parseCallQuery({ events: "show" }, dataset);
    expect([shown.query.events, shown.notices]).toEqual([undefined, []]);
    expect(parseCallQuery({ events: "off" }, dataset).notices.map((n) => n.message)).toEqual([
      "Ignored unknown events setting 'off': use 'show' or 'hide'",
    ]);
  });

  it("is kept in canonical links but is not a filter", () => {
    const query = parse({ events: "hide", country: "IR" });
    expect(callQueryToParams(query).toString()).toBe("country=IR&events=hide");
    expect(filterCalls(dataset, query)).toEqual(filterCalls(dataset, parse({ country: "IR" })));
  });
});

describe("filterCalls: counting each parameter once", () => {
  const multi = makeDataset([
    { date: "2026-03-02", counterparts: ["tamim", "hamad"], topics: ["ceasefire", "mediation"], headline: "Gulf leaders and Putin on a ceasefire" },
    { date: "2026-03-03", counterparts: ["tamim"], topics: ["ceasefire"], headline: "Qatar alone" },
    { date: "2026-03-04", counterparts: ["trump"], topics: ["mediation"], headline: "Ceasefire talks with Trump" },
  ]);
  const ids = (params: Record<string, string | string[]>) => filterCalls(multi, parseCallQuery(params, multi).query).map((c) => c.id);

  it("a call that matches two values of one parameter is listed once, and still needs the other parameters", () => {
    expect(ids({ country: ["QA", "BH"] })).toEqual(["2026-03-03-putin-tamim", "2026-03-02-putin-tamim-hamad"]);
    expect(ids({ country: ["QA", "BH"], topic: ["ceasefire", "mediation"], q: "gulf" })).toEqual(["2026-03-02-putin-tamim-hamad"]);
    expect(ids({ country: ["QA", "BH"], topic: "mediation", q: "alone" })).toEqual([]);
  });

  it("needs every word of q, each matching the start of some word, in any field", () => {
    expect(ids({ q: "ceasefire trump" })).toEqual(["2026-03-04-putin-trump"]);
    // Topic labels are searched too: "Qatar alone" is on the ceasefire topic.
    expect(ids({ q: "cease", sort: "oldest" })).toEqual(["2026-03-02-putin-tamim-hamad", "2026-03-03-putin-tamim", "2026-03-04-putin-trump"]);
    expect(ids({ q: "ceasefire nothing" })).toEqual([]);
  });
});

describe("visibleOptions", () => {
  const options = Array.from({ length: 8 }, (_, i) => ({ value: `p${i}`, label: `Person ${i}`, count: 8 - i }));

  it("shows every option of a short list", () => {
    expect(visibleOptions(options, [], 10)).toEqual({ shown: options, hidden: 0 });
  });

  it("shows the most-called of a long list, plus those selected, in order, and counts the rest", () => {
    const { shown, hidden } = visibleOptions(options, ["p6"], 3);
    expect(shown.map((o) => o.value)).toEqual(["p0", "p1", "p2", "p6"]);
    expect(hidden).toBe(4);
  });
});

describe("parameters whose names clash with an object's own properties", () => {
  it("are reported as unknown, not crashed on (Next passes ?constructor=1 as [Object, '1'])", () => {
    const params = { constructor: [Object, "1"], toString: [Object.prototype.toString, "x"], country: "IR" } as unknown as Record<string, string[]>;
    const { query, notices } = parseCallQuery(params, dataset);
    expect(query.countries).toEqual(["IR"]);
    expect(notices.map((n) => n.message)).toEqual(["Ignored unknown parameter 'constructor'", "Ignored unknown parameter 'toString'"]);
  });
});

describe("formSearchParams: the form's fields as the canonical URL", () => {
  const form = (entries: [string, string][]) => formSearchParams(entries).toString();

  it("drops empty fields, defaults and the page, and orders parameters as links do", () => {
    expect(
      form([
        ["q", " intelligence "],
        ["from", ""],
        ["to", "2026-03-08"],
        ["country", "QA"],
        ["country", "BH"],
        ["leader", "putin"],
        ["topic", "mediation"],
        ["sort", "newest"],
        ["page", "4"],
      ]),
    ).toBe("country=QA&country=BH&leader=putin&topic=mediation&to=2026-03-08&q=intelligence");
    expect(form([["sort", "oldest"], ["events", "hide"]])).toBe("sort=oldest&events=hide");
    expect(form([["q", "   "], ["sort", "newest"]])).toBe("");
  });

  it("gives the same URL as the page's own links for the same view", () => {
    const fields: [string, string][] = [
      ["q", "war"],
      ["from", "2026-03-01"],
      ["to", ""],
      ["country", "IR"],
      ["topic", "ceasefire"],
      ["sort", "oldest"],
      ["events", "hide"],
    ];
    const query: CallQuery = parseCallQuery(new URLSearchParams(fields), dataset).query;
    expect(form(fields)).toBe(callQueryToParams(query).toString());
  });

  it("ignores names the timeline does not know and files", () => {
    expect(formSearchParams([["x", "1"], ["q", new File([], "f")], ["country", "IR"], ["country", "IR"]]).toString()).toBe("country=IR");
  });
});
