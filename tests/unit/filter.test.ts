import { describe, expect, it } from "vitest";
import { callQueryToParams, filterCalls, getFilterOptions, paginate, parseCallQuery } from "@/lib/filter";
import { makeDataset } from "./fixtures";

const dataset = makeDataset([
  { date: "2026-03-02", counterparts: ["tamim"], topics: ["ceasefire"], headline: "Putin and Qatar's emir fear a wider war" },
  { date: "2026-03-02", counterparts: ["hamad"], topics: ["mediation"], headline: "Putin offers Bahrain help" },
  { date: "2026-03-06", counterparts: ["pezeshkian"], topics: ["ceasefire"], headline: "Condolences for Khamenei" },
  {
    date: "2026-03-09",
    counterparts: ["trump"],
    topics: ["mediation", "intelligence-sharing"],
    headline: "Putin puts proposals to Trump",
    claims: [{ statement: "Russia is not sharing intelligence with Iran.", speakers: ["putin"] }],
  },
  { date: "2026-03-10", russians: ["lavrov"], counterparts: ["araghchi"], topics: ["ceasefire"], headline: "Lavrov and Araghchi discuss the war", summary: "Déjà vu in Tehran." },
  { date: "2024-04-16", counterparts: ["pezeshkian"], topics: ["mediation"], headline: "An older call" },
]);

const ids = (params: Record<string, string | string[]>) => {
  const { query } = parseCallQuery(params, dataset);
  return filterCalls(dataset, query).map((c) => c.id);
};

describe("parseCallQuery: every bad parameter is ignored with the documented notice", () => {
  const notices = (params: Record<string, string | string[]> | URLSearchParams) =>
    parseCallQuery(params, dataset).notices.map((n) => n.message);

  it("accepts good values, repeated where repeatable, and lowercase country codes", () => {
    const { query, notices: n } = parseCallQuery(
      new URLSearchParams("country=qa&country=BH&leader=putin&topic=ceasefire&level=head&level=other&level=head&sourcing=single-source&sourcing=both-sides&from=2026-03-01&to=2026-03-31&q=war&sort=oldest&view=chart&rows=first&page=2"),
      dataset,
    );
    expect(n).toEqual([]);
    expect(query).toEqual({
      countries: ["QA", "BH"],
      leaders: ["putin"],
      topics: ["ceasefire"],
      levels: ["head", "other"],
      sourcing: ["single-source", "both-sides"],
      from: "2026-03-01",
      to: "2026-03-31",
      q: "war",
      sort: "oldest",
      view: "chart",
      rows: "first",
      page: 2,
    });
  });

  it("an unknown sourcing value", () => {
    expect(notices({ sourcing: "rumour" })).toEqual([
      "Ignored unknown sourcing 'rumour': use 'single-source', 'both-sides', 'russian-only', 'counterpart-only'",
    ]);
  });

  it("an unknown country, leader or topic", () => {
    expect(notices({ country: "ZZ", leader: "mbz", topic: "weather" })).toEqual([
      "Ignored unknown country 'ZZ'",
      "Ignored unknown leader 'mbz'",
      "Ignored unknown topic 'weather'",
    ]);
  });

  it("a country that exists but has no calls is unknown to the timeline", () => {
    expect(notices({ country: "RU" })).toEqual(["Ignored unknown country 'RU'"]);
  });

  it("malformed and impossible dates", () => {
    expect(notices({ from: "March 1", to: "2026-02-30" })).toEqual([
      "Ignored 'from': 'March 1' is not a date (YYYY-MM-DD)",
      "Ignored 'to': '2026-02-30' is not a date (YYYY-MM-DD)",
    ]);
  });

  it("from after to", () => {
    const { query, notices: n } = parseCallQuery({ from: "2026-03-10", to: "2026-03-01" }, dataset);
    expect(n.map((x) => x.message)).toEqual(["Ignored the dates: 'from' (2026-03-10) is after 'to' (2026-03-01)"]);
    expect(query.from).toBeUndefined();
    expect(query.to).toBeUndefined();
  });

  it("an over-long q", () => {
    const { query, notices: n } = parseCallQuery({ q: "x".repeat(201) }, dataset);
    expect(n.map((x) => x.message)).toEqual(["Ignored the search text: it is longer than 200 characters"]);
    expect(query.q).toBeUndefined();
  });

  it("a bad page or sort, repeated single parameters, unknown parameters", () => {
    expect(notices(new URLSearchParams("page=0&sort=random&q=a&q=b&utm_source=x&__proto__=1"))).toEqual([
      "Ignored page '0': pages are numbered from 1",
      "Ignored unknown sort order 'random'",
      "Ignored repeated 'q' ('b'); the first value is used",
      "Ignored unknown parameter 'utm_source'",
      "Ignored unknown parameter '__proto__'",
    ]);
  });

  it("an unknown level, view or row order", () => {
    expect(notices({ level: "king", view: "map", rows: "name" })).toEqual([
      "Ignored unknown level 'king': use 'head', 'foreign-minister', 'other'",
      "Ignored unknown view 'map': use 'list' or 'chart'",
      "Ignored unknown row order 'name': use 'calls' or 'first'",
    ]);
    expect(notices({ view: "list", rows: "calls" })).toEqual([]);
  });

  it("shortens hostile values in notices", () => {
    const [message] = notices({ country: "<script>".repeat(1000) });
    expect(message!.length).toBeLessThan(80);
  });

  it("treats empty form fields as no filter", () => {
    const { query, notices: n } = parseCallQuery(new URLSearchParams("country=&from=&to=&q=&sort=newest"), dataset);
    expect(n).toEqual([]);
    expect(query).toEqual({ countries: [], leaders: [], topics: [], levels: [], sourcing: [], sort: "newest", page: 1 });
  });

  it("writes a query back to canonical parameters", () => {
    const { query } = parseCallQuery({ country: ["qa", "BH"], sort: "newest", q: "war", page: "1" }, dataset);
    expect(callQueryToParams(query).toString()).toBe("country=QA&country=BH&q=war");
    expect(callQueryToParams(query, { page: 3, countries: ["BH"] }).toString()).toBe("country=BH&q=war&page=3");
    const chart = parseCallQuery(new URLSearchParams("rows=first&view=chart&level=other&topic=ceasefire&view=list"), dataset).query;
    expect(callQueryToParams(chart).toString()).toBe("topic=ceasefire&level=other&view=chart&rows=first");
  });
});

describe("filterCalls", () => {
  it("returns everything newest first by default, oldest first on request", () => {
    expect(ids({})).toEqual([
      "2026-03-10-lavrov-araghchi",
      "2026-03-09-putin-trump",
      "2026-03-06-putin-pezeshkian",
      "2026-03-02-putin-tamim",
      "2026-03-02-putin-hamad",
      "2024-04-16-putin-pezeshkian",
    ]);
    expect(ids({ sort: "oldest" })[0]).toBe("2024-04-16-putin-pezeshkian");
  });

  it("ORs values within a parameter", () => {
    expect(ids({ country: ["QA", "BH"] })).toEqual(["2026-03-02-putin-tamim", "2026-03-02-putin-hamad"]);
  });

  it("ANDs across parameters", () => {
    expect(ids({ country: "IR", topic: "ceasefire" })).toEqual(["2026-03-10-lavrov-araghchi", "2026-03-06-putin-pezeshkian"]);
    expect(ids({ leader: "putin", country: "IR", topic: "ceasefire" })).toEqual(["2026-03-06-putin-pezeshkian"]);
  });

  it("matches a leader on either side of the call", () => {
    expect(ids({ leader: "lavrov" })).toEqual(["2026-03-10-lavrov-araghchi"]);
    expect(ids({ leader: "pezeshkian" })).toEqual(["2026-03-06-putin-pezeshkian", "2024-04-16-putin-pezeshkian"]);
  });

  it("matches a level on either side of the call, from the office held that day", () => {
    expect(ids({ level: "foreign-minister" })).toEqual(["2026-03-10-lavrov-araghchi"]);
    expect(ids({ level: "head" })).toHaveLength(5);
    expect(ids({ level: ["foreign-minister", "head"] })).toHaveLength(6);
    expect(ids({ level: "other" })).toEqual([]);
    expect(ids({ level: "head", country: "IR" })).toEqual(["2026-03-06-putin-pezeshkian", "2024-04-16-putin-pezeshkian"]);
  });

  it("includes both ends of a date range", () => {
    expect(ids({ from: "2026-03-02", to: "2026-03-06" })).toEqual([
      "2026-03-06-putin-pezeshkian",
      "2026-03-02-putin-tamim",
      "2026-03-02-putin-hamad",
    ]);
    expect(ids({ from: "2026-03-09" })).toEqual(["2026-03-10-lavrov-araghchi", "2026-03-09-putin-trump"]);
    expect(ids({ to: "2024-12-31" })).toEqual(["2024-04-16-putin-pezeshkian"]);
  });

  it("searches headlines, claims, summaries and names, ignoring case and accents", () => {
    expect(ids({ q: "INTELLIGENCE" })).toEqual(["2026-03-09-putin-trump"]);
    expect(ids({ q: "deja vu" })).toEqual(["2026-03-10-lavrov-araghchi"]);
    expect(ids({ q: "pezeshkian" })).toHaveLength(2);
    expect(ids({ q: "pézeshkian older" })).toEqual(["2024-04-16-putin-pezeshkian"]);
    expect(ids({ q: "qatar" })).toEqual(["2026-03-02-putin-tamim"]);
    expect(ids({ q: "عراقچی" })).toEqual(["2026-03-10-lavrov-araghchi"]);
    expect(ids({ q: "nonexistentword" })).toEqual([]);
  });

  it("matches words by their beginning", () => {
    expect(ids({ q: "condol" })).toEqual(["2026-03-06-putin-pezeshkian"]);
    expect(ids({ q: "ondolences" })).toEqual([]);
  });
});

describe("paginate", () => {
  const calls = Array.from({ length: 120 }, (_, i) => ({ id: String(i) })) as never[];
  it("cuts pages of 20", () => {
    const page = paginate(calls, 5);
    expect([page.items.length, page.page, page.pageCount, page.total]).toEqual([20, 5, 6, 120]);
    expect(paginate(calls, 6).items.map((c) => c.id)).toEqual(["100", "101", "102", "103", "104", "105", "106", "107", "108", "109", "110", "111", "112", "113", "114", "115", "116", "117", "118", "119"]);
    expect(page.notice).toBeUndefined();
  });
  it("falls back to the last page with a notice when out of range", () => {
    const page = paginate(calls, 9);
    expect(page.page).toBe(6);
    expect(page.notice?.message).toBe("Ignored page 9: there are 6 pages");
  });
});

describe("getFilterOptions", () => {
  it("lists only what occurs, with counts, Russians first", () => {
    const options = getFilterOptions(dataset);
    expect(options.countries.map((o) => [o.value, o.count])).toEqual([["IR", 3], ["BH", 1], ["QA", 1], ["US", 1]]);
    expect(options.topics.map((o) => o.value)).not.toContain("unused");
    expect(options.levels.map((o) => [o.value, o.count])).toEqual([["head", 5], ["foreign-minister", 1], ["other", 0]]);
    expect(options.leaders.slice(0, 2).map((o) => [o.value, o.count, o.side])).toEqual([
      ["putin", 5, "russia"],
      ["lavrov", 1, "russia"],
    ]);
  });
});
