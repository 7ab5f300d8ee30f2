import { parse } from "csv-parse/sync";
import { XMLParser } from "fast-xml-parser";
import { describe, expect, it } from "vitest";
import { NAV_ITEMS } from "@/components/layout/nav-items";
import { validateFiles, type Dataset } from "@/lib/data/validate";
import { EXPORTS, exportFileName, exportLinks, type ExportId } from "@/lib/exports/catalog";
import { CALL_COLUMNS, CLAIM_COLUMNS, LIST_SEPARATOR, callRow, callsCsv, claimsCsv } from "@/lib/exports/csv";
import { FEED_LIMIT, buildAtomFeed } from "@/lib/exports/feed";
import { alpha3, callsPlover, type PloverEvent } from "@/lib/exports/plover";
import { buildExport, exportResponse } from "@/lib/exports/respond";
import { sitemapEntries } from "@/lib/exports/sitemap";
import { filterCalls, parseCallQuery } from "@/lib/filter";
import { SITE_URL } from "@/lib/site";
import { makeDataset } from "./fixtures";
import { RAISI, TODAY, realFiles, withEdit } from "./helpers";

function datasetOf(files = realFiles()): Dataset {
  const { dataset, problems } = validateFiles(files, { today: TODAY });
  if (!dataset) throw new Error(problems.map((p) => p.message).join("\n"));
  return dataset;
}

const real = datasetOf();

// Text a CSV writer must escape: separators, quotes, both kinds of line break, Cyrillic, Arabic and Persian.
const AWKWARD_HEADLINE = 'Putin, Raisi and the "catastrophic" clash;\nline two\r\nline three';
const AWKWARD_SUMMARY = "Путин призвал к сдержанности — «катастрофа». رئیسی: \"we will respond\", 'firmly'.";
const awkward = datasetOf(
  withEdit(
    "people.json",
    (people) => {
      for (const person of people as unknown as { id: string; name: string }[]) {
        if (person.id === "putin") person.name = "Владимир Путин";
        if (person.id === "raisi") person.name = "ابراهیم رئیسی";
      }
    },
    withEdit(RAISI, (call) => {
      call.headline = AWKWARD_HEADLINE;
      call.summary = AWKWARD_SUMMARY;
      call.claims[0].statement = 'A claim with "quotes", commas, and a\nnewline';
    }),
  ),
);

const parseCsv = (text: string) =>
  parse(text, { columns: true, record_delimiter: "\r\n", relax_quotes: false, relax_column_count: false }) as Record<string, string>[];

describe("calls.csv", () => {
  const text = callsCsv(awkward, awkward.calls);
  const rows = parseCsv(text);

  it("round-trips awkward text through a real CSV parser, field for field", () => {
    expect(rows).toHaveLength(awkward.calls.length);
    awkward.calls.forEach((call, i) => {
      const expected = Object.fromEntries(CALL_COLUMNS.map((c) => [c.name, String(c.value(callRow(awkward, call)))]));
      expect(rows[i]).toEqual(expected);
    });
    const raisi = rows.find((r) => r.id === "2024-04-16-putin-raisi")!;
    expect(raisi.headline).toBe(AWKWARD_HEADLINE);
    expect(raisi.summary).toBe(AWKWARD_SUMMARY);
    expect(raisi.russian_names).toBe("Владимир Путин");
    expect(raisi.counterpart_names).toBe("ابراهیم رئیسی");
  });

  it("has a header row, quoted text and CRLF line ends throughout", () => {
    const header = text.slice(0, text.indexOf("\r\n"));
    expect(header).toBe(CALL_COLUMNS.map((c) => `"${c.name}"`).join(","));
    expect(text.endsWith("\r\n")).toBe(true);
    // Outside quoted fields, every line break is CRLF.
    const unquoted = text.replace(/"(?:[^"]|"")*"/g, "");
    expect(unquoted).not.toMatch(/[^\r]\n|\r[^\n]/);
    expect(unquoted.split("\r\n")).toHaveLength(awkward.calls.length + 2);
    expect(rows.every((row) => Object.keys(row).length === CALL_COLUMNS.length)).toBe(true);
  });

  it("joins multi-valued fields with the documented separator, in the record's order", () => {
    const row = parseCsv(callsCsv(real, real.calls)).find((r) => r.id === "2026-03-09-ushakov-witkoff-kushner")!;
    expect(row.counterpart_ids!.split(LIST_SEPARATOR)).toEqual(["witkoff", "kushner"]);
    expect(row.counterpart_countries).toBe("US");
    expect(row.url).toBe(`${SITE_URL}/calls/2026-03-09-ushakov-witkoff-kushner`);
  });
});

describe("claims.csv", () => {
  it("has one row per claim, each with its call id, and round-trips", () => {
    const rows = parseCsv(claimsCsv(awkward, awkward.calls));
    const claims = awkward.calls.flatMap((call) => call.claims.map((claim) => ({ call, claim })));
    expect(rows).toHaveLength(claims.length);
    claims.forEach(({ call, claim }, i) => {
      const expected = Object.fromEntries(CLAIM_COLUMNS.map((c) => [c.name, String(c.value({ call, claim, dataset: awkward }))]));
      expect(rows[i]).toEqual(expected);
      expect(rows[i]!.call_id).toBe(call.id);
    });
    expect(rows.find((r) => r.call_id === "2024-04-16-putin-raisi")!.statement).toBe('A claim with "quotes", commas, and a\nnewline');
  });

  it("names who reported each claim and marks disputed claims", () => {
    const rows = parseCsv(claimsCsv(real, real.calls));
    const witkoff = rows.find((r) => r.call_id === "2026-03-09-ushakov-witkoff-kushner")!;
    expect(witkoff).toMatchObject({ reported_in: "witkoff", reporter_side: "counterpart", speaker_ids: "ushakov", speaker_countries: "RU" });
    const disputedCalls = new Set(real.calls.filter((c) => c.disagreements?.length).map((c) => c.id));
    expect(rows.filter((r) => r.disputed === "yes").every((r) => disputedCalls.has(r.call_id!))).toBe(true);
  });
});

describe("calls.plover.jsonl", () => {
  const lines = callsPlover(real, real.calls).split("\n");

  it("is one complete PLOVER CONSULT event per line, mode phone, every participant a source actor", () => {
    expect(lines.at(-1)).toBe("");
    const events = lines.slice(0, -1).map((line) => JSON.parse(line) as PloverEvent);
    expect(events.map((e) => e.id)).toEqual(real.calls.map((c) => c.id));
    events.forEach((event, i) => {
      const call = real.calls[i]!;
      expect(event).toMatchObject({ date: call.date, event: ["CONSULT"], mode: ["phone"], quad_code: 1, has_event: true });
      expect(event.link).toBe(`${SITE_URL}/calls/${call.id}`);
      expect(event.source.map((a) => a.identifier_id)).toEqual([...call.russians, ...call.counterparts].map((p) => p.person));
      expect(event).not.toHaveProperty("recipient");
      expect(call.sources.map((id) => real.sourceById.get(id)?.url).filter(Boolean)).toContain(event.cite_info.url);
      expect(event.sources).toHaveLength(call.sources.length);
    });
    const raisi = events.find((e) => e.id === "2024-04-16-putin-raisi")!;
    expect(raisi.source).toEqual([
      expect.objectContaining({ code: "RUS", sector: "GOV", identifier_text: "Vladimir Putin", office: "President of Russia", side: "russia" }),
      expect.objectContaining({ code: "IRN", sector: "GOV", identifier_text: "Ebrahim Raisi", office: "President of Iran", side: "counterpart" }),
    ]);
  });

  it("uses ISO 3166-1 alpha-3 actor codes", () => {
    expect(["RU", "IR", "AE", "US", "QA"].map(alpha3)).toEqual(["RUS", "IRN", "ARE", "USA", "QAT"]);
    expect(() => alpha3("ZZ")).toThrow(/ZZ/);
  });
});

describe("feed.xml", () => {
  const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "@", isArray: (name) => ["entry", "link", "category"].includes(name) });
  const newestFirst = [...awkward.calls].reverse();
  const xml = buildAtomFeed(awkward, newestFirst, { path: "/feed.xml" });
  const { feed } = parser.parse(xml, true) as { feed: Record<string, any> }; // eslint-disable-line @typescript-eslint/no-explicit-any

  it("is well-formed Atom 1.0 with the required feed elements", () => {
    expect(feed["@xmlns"]).toBe("http://www.w3.org/2005/Atom");
    expect(feed.id).toBe(`${SITE_URL}/feed.xml`);
    expect(feed.title).toBeTruthy();
    expect(new Date(feed.updated).toISOString()).toBe(feed.updated);
    expect(feed.author.name).toBe("Readout");
    expect(feed.link).toContainEqual({ "@rel": "self", "@href": `${SITE_URL}/feed.xml` });
  });

  it("has an entry per call, newest first, each with id, title, link, dates and summary", () => {
    expect(feed.entry).toHaveLength(awkward.calls.length);
    feed.entry.forEach((entry: Record<string, any>, i: number) => { // eslint-disable-line @typescript-eslint/no-explicit-any
      const call = newestFirst[i]!;
      const permalink = `${SITE_URL}/calls/${call.id}`;
      expect(entry.id).toBe(permalink);
      expect(entry.link[0]["@href"]).toBe(permalink);
      expect(entry.published).toBe(`${call.date}T00:00:00.000Z`);
      expect(entry.updated >= entry.published).toBe(true);
      expect(entry.summary["#text"]).toContain(call.summary.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;"));
    });
    const raisi = feed.entry.find((e: { id: string }) => e.id.endsWith("2024-04-16-putin-raisi"));
    // The title is HTML in CDATA: the text comes back as written (XML reads every line end as LF).
    expect(raisi.title["@type"]).toBe("html");
    expect(raisi.title["#text"]).toBe(AWKWARD_HEADLINE.replace(/\r\n/g, "\n"));
  });

  it("escapes markup in titles, so a headline cannot inject HTML into a reader", () => {
    const call = { ...real.calls[0]!, headline: "<script>alert(1)</script> & ]]> more" };
    const text = buildAtomFeed(real, [call], { path: "/feed.xml" });
    expect(text).not.toContain("<script>");
    const parsed = parser.parse(text) as { feed: { entry: { title: { "#text": string } }[] } };
    expect(parsed.feed.entry[0]!.title["#text"]).toBe("&lt;script&gt;alert(1)&lt;/script&gt; &amp; ]]&gt; more");
  });

  it("keeps to the newest FEED_LIMIT calls and moves a corrected entry's updated date", () => {
    const published = { ...real.calls[0]!, published: "2026-04-20", corrections: [] };
    const first = parser.parse(buildAtomFeed(real, [published], { path: "/feed.xml" })) as { feed: { updated: string; entry: { updated: string }[] } };
    expect(first.feed.entry[0]!.updated).toBe("2026-04-20T00:00:00.000Z");
    const corrected = { ...published, corrections: [{ date: "2026-05-01", note: "Fixed a date." }] };
    const one = parser.parse(buildAtomFeed(real, [corrected], { path: "/feed.xml" })) as { feed: { updated: string; entry: { updated: string }[] } };
    expect(one.feed.entry[0]!.updated).toBe("2026-05-01T00:00:00.000Z");
    expect(one.feed.updated).toBe("2026-05-01T00:00:00.000Z");
    const many = Array.from({ length: FEED_LIMIT + 5 }, () => real.calls[0]!);
    expect((buildAtomFeed(real, many, { path: "/feed.xml" }).match(/<entry>/g) ?? []).length).toBe(FEED_LIMIT);
  });
});

describe("filtered exports equal the filtered timeline", () => {
  const small = makeDataset([
    { date: "2026-03-02", counterparts: ["tamim"], topics: ["ceasefire"], claims: [{ statement: "A ceasefire now.", speakers: ["putin", "tamim"] }] },
    { date: "2026-03-02", counterparts: ["hamad"], topics: ["mediation"], headline: "Putin offers Bahrain help" },
    { date: "2026-03-06", counterparts: ["pezeshkian"], topics: ["ceasefire"], claims: [{ statement: "Condolences.", speakers: ["putin"] }] },
    { date: "2026-03-09", counterparts: ["trump", "witkoff"], topics: ["mediation", "intelligence-sharing"] },
    { date: "2026-03-10", russians: ["lavrov"], counterparts: ["araghchi"], summary: "Déjà vu in Tehran." },
  ]);

  const QUERIES = [
    "",
    "country=QA",
    "country=qa&country=BH",
    "leader=putin",
    "leader=lavrov&topic=ceasefire",
    "topic=mediation&sort=oldest",
    "from=2026-03-05&to=2026-03-09",
    "q=deja",
    "q=tehran&country=IR",
    "country=ZZ&from=2026-13-01&page=3&utm_source=x",
    "q=%D0%9F%D1%83%D1%82%D0%B8%D0%BD",
  ];

  const idsIn: Record<ExportId, (body: string) => string[]> = {
    callsCsv: (body) => parseCsv(body).map((r) => r.id!),
    claimsCsv: (body) => [...new Set(parseCsv(body).map((r) => r.call_id!))],
    callsJson: (body) => (JSON.parse(body) as { calls: { id: string }[] }).calls.map((c) => c.id),
    plover: (body) => body.split("\n").filter(Boolean).map((line) => (JSON.parse(line) as { id: string }).id),
    feed: (body) => [...body.matchAll(/<id>[^<]*\/calls\/([^<]+)<\/id>/g)].map((m) => m[1]!),
  };

  for (const dataset of [small, real]) {
    for (const search of QUERIES) {
      it(`${dataset === real ? "real data" : "small dataset"}: ?${search}`, () => {
        const params = new URLSearchParams(search);
        const { query } = parseCallQuery(params, dataset);
        const timeline = filterCalls(dataset, query);
        const expected = timeline.map((c) => c.id);
        // The feed is always newest first.
        const newest = filterCalls(dataset, { ...query, sort: "newest" }).map((c) => c.id);
        for (const id of Object.keys(EXPORTS) as ExportId[]) {
          const { body, count } = buildExport(dataset, id, params);
          expect(count).toBe(expected.length);
          const want = id === "claimsCsv" ? timeline.filter((c) => c.claims.length).map((c) => c.id) : id === "feed" ? newest.slice(0, FEED_LIMIT) : expected;
          expect(idsIn[id](body), id).toEqual(want);
        }
      });
    }
  }

  it("says what it ignored and never fails on hostile parameters", () => {
    const result = buildExport(small, "callsJson", new URLSearchParams("country=ZZ&page=2&sort=<script>&q=" + "x".repeat(500)));
    const body = JSON.parse(result.body) as { notices: string[]; count: number; query: object };
    expect(body.count).toBe(small.calls.length);
    expect(body.notices).toEqual([
      "Ignored unknown country 'ZZ'",
      "Ignored unknown sort order '<script>'",
      "Ignored the search text: it is longer than 200 characters",
      "Ignored 'page': a download holds every matching call",
    ]);
    expect(body.query).toEqual({ country: [], leader: [], topic: [], level: [], sourcing: [], sort: "newest" });
  });
});

describe("exportResponse", () => {
  const request = (search: string) => new Request(`http://localhost/data/calls.csv${search}`);

  it("answers with the content type, a file name naming the filters, and notices in a Latin-1-safe header", () => {
    const response = exportResponse(real, "callsCsv", request("?country=QA&country=ЖЖ&q=Путин"));
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/csv; charset=utf-8; header=present");
    expect(response.headers.get("content-disposition")).toBe('attachment; filename="readout-calls_country-QA.csv"');
    expect(response.headers.get("x-readout-notice")).toBe("Ignored unknown country '%D0%96%D0%96'");
    expect(response.headers.get("x-readout-count")).toBe("1");
  });

  it("reuses the unfiltered body, built once per dataset and sort order", () => {
    const a = buildExport(real, "plover", new URLSearchParams());
    const b = buildExport(real, "plover", new URLSearchParams("sort=newest"));
    expect(b.body).toBe(a.body);
    expect(a.filtered).toBe(false);
    expect(buildExport(real, "plover", new URLSearchParams("sort=oldest")).body).not.toBe(a.body);
  });

  it("links a filtered feed to itself by the view's canonical URL", () => {
    const { body, notices } = buildExport(real, "feed", new URLSearchParams("sort=oldest&leader=putin&country=qa"));
    expect(body).toContain(`<link rel="self" href="${SITE_URL}/feed.xml?country=QA&amp;leader=putin"/>`);
    expect(body).toContain("<title>Readout: calls with Qatar, involving Vladimir Putin</title>");
    expect(notices.map((n) => n.message)).toEqual(["Ignored 'sort': the feed is always newest first"]);
  });
});

describe("exportLinks and file names", () => {
  it("links every download of a timeline view: same filters and sort, no page", () => {
    const { query } = parseCallQuery(new URLSearchParams("country=QA&leader=putin&from=2026-03-01&q=war&sort=oldest&page=3"), real);
    expect(exportLinks(query)).toEqual({
      callsCsv: "/data/calls.csv?country=QA&leader=putin&from=2026-03-01&q=war&sort=oldest",
      claimsCsv: "/data/claims.csv?country=QA&leader=putin&from=2026-03-01&q=war&sort=oldest",
      callsJson: "/data/calls.json?country=QA&leader=putin&from=2026-03-01&q=war&sort=oldest",
      plover: "/data/calls.plover.jsonl?country=QA&leader=putin&from=2026-03-01&q=war&sort=oldest",
      feed: "/feed.xml?country=QA&leader=putin&from=2026-03-01&q=war&sort=oldest",
    });
    expect(exportLinks(parseCallQuery({}, real).query).callsCsv).toBe("/data/calls.csv");
  });

  it("names files after the filters, with safe characters only", () => {
    const { query } = parseCallQuery(new URLSearchParams('topic=mediation&to=2026-03-09&q=a"b;c/../d'), real);
    expect(exportFileName(EXPORTS.callsCsv, query)).toBe("readout-calls_topic-mediation_to-2026-03-09_q-a-b-c-d.csv");
    expect(exportFileName(EXPORTS.plover, undefined)).toBe("readout-calls.plover.jsonl");
  });
});

describe("sitemap", () => {
  it("lists the sections, every call, every leader and every counterpart country, once each", () => {
    const urls = sitemapEntries(real, NAV_ITEMS.map((i) => i.href)).map((e) => e.url);
    expect(new Set(urls).size).toBe(urls.length);
    for (const path of ["/", "/calls", "/leaders", "/countries", "/claims", "/data", "/about"]) expect(urls).toContain(`${SITE_URL}${path}`);
    for (const call of real.calls) expect(urls).toContain(`${SITE_URL}/calls/${call.id}`);
    for (const person of real.people) expect(urls).toContain(`${SITE_URL}/leaders/${person.id}`);
    const countries = urls.filter((u) => u.includes("/countries/"));
    expect(countries.sort()).toEqual([...real.callsByCountry.keys()].sort().map((c) => `${SITE_URL}/countries/${c}`));
    expect(countries).not.toContain(`${SITE_URL}/countries/RU`);
  });
});
