import { describe, expect, it } from "vitest";
import { callSchema, countrySchema, coverageSchema, eventSchema, leadSchema, personSchema, sourceSchema, topicSchema } from "@/lib/schema";
import { validateFiles } from "@/lib/data/validate";
import { makeDataset } from "./fixtures";
import { MBZ, RAISI, TODAY, problemsOf, realFiles, withEdit } from "./helpers";

describe("the real data/", () => {
  it("validates with no problems", () => {
    const { dataset, problems } = validateFiles(realFiles(), { today: TODAY });
    expect(problems).toEqual([]);
    expect(dataset?.calls.length).toBeGreaterThanOrEqual(12);
  });

  it("sorts calls oldest first and indexes them by id", () => {
    const { dataset } = validateFiles(realFiles(), { today: TODAY });
    const dates = dataset!.calls.map((c) => c.date);
    expect(dates).toEqual([...dates].sort());
    expect(dataset!.callById.get("2024-04-16-putin-raisi")?.counterparts[0]?.person).toBe("raisi");
  });

  it("round-trips unchanged: parsing a file adds, drops and rewrites nothing", () => {
    const schemas = {
      "countries.json": countrySchema.array(),
      "people.json": personSchema.array(),
      "sources.json": sourceSchema.array(),
      "topics.json": topicSchema.array(),
      "events.json": eventSchema.array(),
      "leads.json": leadSchema.array(),
      "coverage.json": coverageSchema,
    } as const;
    for (const file of realFiles()) {
      const raw: unknown = JSON.parse(file.text);
      const schema = file.name.startsWith("calls/") ? callSchema : schemas[file.name as keyof typeof schemas];
      expect(schema.parse(raw), file.name).toEqual(raw);
    }
  });

  it("does not write to the files it validates", () => {
    const files = realFiles();
    const before = files.map((f) => f.text);
    validateFiles(files, { today: TODAY });
    expect(files.map((f) => f.text)).toEqual(before);
  });
});

describe("each rule rejects a bad record with the file, the field and a clear message", () => {
  it("unknown keys are errors (a typo cannot pass silently)", () => {
    expect(problemsOf(withEdit(RAISI, (c) => (c.claims[0].speeker = "putin")))).toEqual([
      `data/${RAISI}: claims[0].speeker: unknown field "speeker"`,
    ]);
  });

  it("an unknown person", () => {
    expect(problemsOf(withEdit(MBZ, (c) => (c.claims[2].speakers[0] = "mbz")))).toEqual([
      `data/${MBZ}: claims[2].speakers[0]: unknown person "mbz"`,
    ]);
  });

  it("an impossible calendar date", () => {
    expect(problemsOf(withEdit(RAISI, (c) => (c.date = "2024-02-30")))).toEqual([
      `data/${RAISI}: date: "2024-02-30" is not a real date in the form YYYY-MM-DD`,
    ]);
  });

  it("a malformed date", () => {
    expect(problemsOf(withEdit("events.json", (e) => (e[0].date = "1 April 2024")))).toEqual([
      `data/events.json: [0].date: "1 April 2024" is not a real date in the form YYYY-MM-DD`,
    ]);
  });

  it("a date in the future", () => {
    const problems = problemsOf(
      withEdit("sources.json", (s) => (s[0].date = "2027-01-01")),
    );
    expect(problems).toContain(`data/sources.json: [0].date: 2027-01-01 is in the future`);
  });

  it("an id that differs from the file name", () => {
    expect(problemsOf(withEdit(RAISI, (c) => (c.id = "2024-04-16-putin-raisi-2")))).toEqual([
      `data/${RAISI}: id: "2024-04-16-putin-raisi-2" does not match the file name "2024-04-16-putin-raisi.json"`,
    ]);
  });

  it("an id that does not start with the call's date", () => {
    const files = withEdit(RAISI, (c) => (c.date = "2024-04-17"));
    expect(problemsOf(files)).toContain(`data/${RAISI}: id: must start with the call's date "2024-04-17-"`);
  });

  it("duplicate ids", () => {
    let at = -1;
    expect(problemsOf(withEdit("topics.json", (t) => (at = t.push({ ...t[0] }) - 1)))).toEqual([
      `data/topics.json: [${at}].id: duplicate id "de-escalation" (first used at [0])`,
    ]);
  });

  it("a call file whose id duplicates another's", () => {
    const files = realFiles();
    const raisi = files.find((f) => f.name === RAISI)!;
    files.push({ ...raisi, name: "calls/2024-04-16-putin-raisi-copy.json", displayPath: "data/calls/2024-04-16-putin-raisi-copy.json" });
    expect(problemsOf(files)).toEqual([
      `data/calls/2024-04-16-putin-raisi-copy.json: id: "2024-04-16-putin-raisi" does not match the file name "2024-04-16-putin-raisi-copy.json"`,
      `data/calls/2024-04-16-putin-raisi-copy.json: id: duplicate id "2024-04-16-putin-raisi" (also in data/${RAISI})`,
    ]);
  });

  it("unknown source, topic and event references", () => {
    const at = { sources: -1, topics: -1, events: -1 };
    const files = withEdit(RAISI, (c) => {
      at.sources = c.sources.push("no-such-source") - 1;
      at.topics = c.topics.push("no-such-topic") - 1;
      at.events = c.events.push("no-such-event") - 1;
    });
    expect(problemsOf(files)).toEqual([
      `data/${RAISI}: sources[${at.sources}]: unknown source "no-such-source"`,
      `data/${RAISI}: topics[${at.topics}]: unknown topic "no-such-topic"`,
      `data/${RAISI}: events[${at.events}]: unknown event "no-such-event"`,
    ]);
  });

  it("a person who did not hold the named office on the call's date", () => {
    const files = withEdit("people.json", (people) => {
      const raisi = people.find((p: { id: string }) => p.id === "raisi");
      raisi.offices[0].to = "2024-04-01";
    });
    expect(problemsOf(files)).toEqual([
      `data/${RAISI}: counterparts[0].office: "raisi" did not hold "president" on 2024-04-16 (held until 2024-04-01)`,
    ]);
  });

  it("an office the person never had", () => {
    expect(problemsOf(withEdit(RAISI, (c) => (c.counterparts[0].office = "king")))).toEqual([
      `data/${RAISI}: counterparts[0].office: "raisi" has no office "king" in people.json`,
    ]);
  });

  it("a foreign official on the Russian side", () => {
    expect(problemsOf(withEdit(RAISI, (c) => (c.russians[0] = { person: "netanyahu", office: "prime-minister" })))).toContain(
      `data/${RAISI}: russians[0].office: "prime-minister" is an office of IL, not of Russia`,
    );
  });

  it("URLs are http(s) only", () => {
    expect(problemsOf(withEdit("sources.json", (s) => (s[0].url = "javascript:alert(1)")))).toEqual([
      `data/sources.json: [0].url: "javascript:alert(1)" is not an http(s) URL`,
    ]);
  });

  it("required text must not be empty", () => {
    expect(problemsOf(withEdit(RAISI, (c) => (c.headline = "   ")))).toEqual([`data/${RAISI}: headline: must not be empty`]);
  });

  it("a required field that is missing", () => {
    expect(problemsOf(withEdit(RAISI, (c) => delete c.summary))).toEqual([`data/${RAISI}: summary: is required`]);
  });

  it("a value outside a controlled vocabulary", () => {
    expect(problemsOf(withEdit(RAISI, (c) => (c.mode = "telegram")))).toEqual([
      `data/${RAISI}: mode: "telegram" is not one of: phone, video`,
    ]);
  });

  it("an inferred date needs its reasoning", () => {
    expect(problemsOf(withEdit(RAISI, (c) => ((c.dateCertainty = "inferred"), delete c.dateNote)))).toEqual([
      `data/${RAISI}: dateNote: is required when dateCertainty is "inferred"`,
    ]);
  });

  it("a claim reported in a readout the call does not have", () => {
    let has = "";
    const files = withEdit(RAISI, (c) => {
      c.claims[0].reportedIn = "white-house";
      has = ["kremlin", ...c.readouts.others.map((o: { id: string }) => o.id)].join(", ");
    });
    expect(problemsOf(files)).toEqual([
      `data/${RAISI}: claims[0].reportedIn: unknown readout "white-house" (this call has: ${has})`,
    ]);
  });

  it("a source cited inside the record but missing from its sources list", () => {
    const files = withEdit(RAISI, (c) => (c.claims[0].sources = ["japantoday-2026-03-03-putin-gulf-calls"]));
    expect(problemsOf(files)).toEqual([
      `data/${RAISI}: claims[0].sources[0]: source "japantoday-2026-03-03-putin-gulf-calls" is not listed in this call's "sources"`,
    ]);
  });

  it("a source published before the call it reports", () => {
    const files = withEdit(RAISI, (c) => {
      c.sources.push("siasat-2025-01-20-trump-inauguration");
    });
    // Dated after the call: fine. Now move the call after the source's date.
    expect(problemsOf(files)).toEqual([]);
    const later = withEdit(MBZ, (c) => c.sources.push("zawya-2024-04-16-putin-raisi-restraint"));
    expect(problemsOf(later)).toEqual([]);
    let at = -1;
    const dated = withEdit(MBZ, (c) => (at = c.sources.push("moscowtimes-2024-04-16-putin-raisi-restraint") - 1));
    expect(problemsOf(dated)).toEqual([
      `data/${MBZ}: sources[${at}]: source "moscowtimes-2024-04-16-putin-raisi-restraint" is dated 2024-04-16, before the call (2026-03-02)`,
    ]);
  });

  it("a country code that ISO 3166-1 does not assign", () => {
    let at = -1;
    expect(problemsOf(withEdit("countries.json", (c) => (at = c.push({ code: "ZZ", name: "Nowhere", adjective: "No", region: "None" }) - 1)))).toEqual([
      `data/countries.json: [${at}].code: "ZZ" is not an assigned ISO 3166-1 alpha-2 code`,
    ]);
  });

  it("a page listed twice under two ids", () => {
    const files = withEdit("sources.json", (s) => s.push({ ...s[0], id: "copy-of-first" }));
    const first = (JSON.parse(realFiles().find((f) => f.name === "sources.json")!.text) as { id: string }[])[0]!.id;
    expect(problemsOf(files)).toContain(`data/sources.json: [${(JSON.parse(realFiles().find((f) => f.name === "sources.json")!.text) as unknown[]).length}].url: the same page as source "${first}": cite that one`);
  });

  it("a source that nothing cites", () => {
    const files = withEdit("sources.json", (s) =>
      s.push({ id: "orphan", publisher: "Nobody", kind: "news", language: "en", url: "https://example.org/x" }),
    );
    const count = JSON.parse(files.find((f) => f.name === "sources.json")!.text).length;
    expect(problemsOf(files)).toEqual([`data/sources.json: [${count - 1}]: source "orphan" is not cited by any call, event, office or lead`]);
  });

  it("a file that is not valid JSON, with the parser's position", () => {
    const files = realFiles().map((f) => (f.name === RAISI ? { ...f, text: '{\n  "id": "x",\n  "date": }\n' } : f));
    expect(problemsOf(files)).toEqual([`data/${RAISI}: not valid JSON: unexpected "}" at line 3, column 11`]);
  });

  it("a missing registry file", () => {
    const files = realFiles().filter((f) => f.name !== "topics.json");
    const problems = problemsOf(files);
    expect(problems[0]).toBe("topics.json: file is missing");
  });

  it("an unexpected file among the calls", () => {
    const files = [...realFiles(), { name: "calls/notes.txt", displayPath: "data/calls/notes.txt", text: "hello" }];
    expect(problemsOf(files)).toEqual([
      "data/calls/notes.txt: unexpected file: data/ holds the registries (countries.json, people.json, sources.json, topics.json, events.json, leads.json, coverage.json) and calls/<id>.json only",
    ]);
  });
});

describe("reporting", () => {
  it("lists every problem at once, across files, and returns no dataset", () => {
    let files = withEdit(RAISI, (c) => {
      c.claims[0].speakers[0] = "nobody";
      c.topics[0] = "nothing";
    });
    files = withEdit(MBZ, (c) => (c.mode = "fax"), files);
    files = withEdit("sources.json", (s) => (s[1].url = "ftp://example.org"), files);
    const { dataset, problems } = validateFiles(files, { today: TODAY });
    expect(dataset).toBeUndefined();
    expect(problems.map((p) => `${p.file}: ${p.path}`)).toEqual([
      "data/sources.json: [1].url",
      `data/${RAISI}: claims[0].speakers[0]`,
      `data/${RAISI}: topics[0]`,
      `data/${MBZ}: mode`,
    ]);
  });

  it("does not cascade: a broken registry entry is reported once, not at every reference", () => {
    const files = withEdit("people.json", (people) => (people[0].name = ""));
    expect(problemsOf(files)).toEqual(["data/people.json: [0].name: must not be empty"]);
  });
});

describe("the dataset's indexes", () => {
  const dataset = makeDataset([
    { date: "2026-03-09", russians: ["putin"], counterparts: ["trump"] },
    { date: "2026-03-09", russians: ["lavrov"], counterparts: ["trump", "witkoff"], topics: ["intelligence-sharing", "mediation"] },
    { date: "2026-03-06", counterparts: ["pezeshkian"], topics: ["ceasefire"] },
    { date: "2026-01-16", counterparts: ["pezeshkian"], topics: ["mediation"] },
  ]);
  it("lists each person's calls once, oldest first, on either side", () => {
    expect(dataset.callsByPerson.get("pezeshkian")!.map((c) => c.id)).toEqual(["2026-01-16-putin-pezeshkian", "2026-03-06-putin-pezeshkian"]);
    expect(dataset.callsByPerson.get("lavrov")!.map((c) => c.id)).toEqual(["2026-03-09-lavrov-trump-witkoff"]);
    expect(dataset.callsByPerson.get("putin")).toHaveLength(3);
  });
  it("lists a country's calls once even with two counterparts from it", () => {
    expect(dataset.callsByCountry.get("US")!.map((c) => c.id)).toEqual(["2026-03-09-lavrov-trump-witkoff", "2026-03-09-putin-trump"]);
    expect(dataset.callsByCountry.has("RU")).toBe(false);
  });
  it("lists calls by topic", () => {
    expect(dataset.callsByTopic.get("mediation")!.map((c) => c.id)).toEqual(["2026-01-16-putin-pezeshkian", "2026-03-09-lavrov-trump-witkoff"]);
  });
});

describe("the accuracy rules", () => {
  /** The Raisi call, rewritten so each test sets exactly what it checks. */
  const raisi = JSON.parse(realFiles().find((f) => f.name === RAISI)!.text) as { sources: string[] };
  const [first, second] = raisi.sources as [string, string];
  const sourceIndex = (id: string) => (JSON.parse(realFiles().find((f) => f.name === "sources.json")!.text) as { id: string }[]).findIndex((s) => s.id === id);

  it("a claim's speaker must have been on the call", () => {
    expect(problemsOf(withEdit(RAISI, (c) => (c.claims[0].speakers = ["witkoff"])))).toEqual([
      `data/${RAISI}: claims[0].speakers[0]: "witkoff" was not on this call (participants: putin, raisi); someone commenting on the call is an account of it (readouts.others), not a speaker of its claims`,
    ]);
  });

  it("a quote's source must be among the sources of the account that carries it", () => {
    const files = withEdit(RAISI, (c) => {
      c.readouts.kremlin.sources = [first];
      c.readouts.kremlin.quotes = [{ text: "words", speaker: "Vladimir Putin", person: "putin", source: second }];
    });
    expect(problemsOf(files)).toEqual([
      `data/${RAISI}: readouts.kremlin.quotes[0].source: source "${second}" is not among the sources of the account that carries the quote (readouts.kremlin.sources)`,
    ]);
    const other = withEdit(RAISI, (c) => {
      c.readouts.others[0].sources = [first];
      c.readouts.others[0].quotes = [{ text: "words", speaker: "Ebrahim Raisi", source: second }];
    });
    expect(problemsOf(other)).toEqual([
      `data/${RAISI}: readouts.others[0].quotes[0].source: source "${second}" is not among the sources of the account that carries the quote (readouts.others[0].sources)`,
    ]);
  });

  it("a disputed initiator keeps each account's version, and the versions must differ", () => {
    const disputed = (sides: string[]) =>
      withEdit(RAISI, (c) => {
        c.initiator = {
          disputed: true,
          note: "The Kremlin says Tehran asked for the call; a later Iranian account says Moscow did.",
          accounts: sides.map((side, i) => ({ side, by: i === 0 ? "Kremlin press service" : "Iranian presidency", sources: [i === 0 ? first : second] })),
        };
      });
    expect(problemsOf(disputed(["counterpart", "russia"]))).toEqual([]);
    expect(problemsOf(disputed(["counterpart", "counterpart"]))).toEqual([
      `data/${RAISI}: initiator.accounts: every account gives the same side ("counterpart"): an initiator is disputed only when the accounts disagree; otherwise use { "side", "sources" }`,
    ]);
    expect(problemsOf(disputed(["counterpart"]))).toEqual([`data/${RAISI}: initiator.accounts: must give at least two accounts that disagree`]);
    const withoutBy = withEdit(RAISI, (c) => {
      c.initiator = { disputed: true, note: "n", accounts: [{ side: "russia", sources: [first] }, { side: "counterpart", by: "IRNA", sources: [second] }] };
    });
    expect(problemsOf(withoutBy)).toEqual([`data/${RAISI}: initiator.accounts[0].by: is required`]);
  });

  it("a source can be marked low-reliability, with a reason and a note", () => {
    const index = sourceIndex(first);
    const marked = withEdit("sources.json", (s) => (s[index].lowReliability = { reason: "aggregator", note: "No byline; names no agency." }));
    expect(problemsOf(marked)).toEqual([]);
    const bad = withEdit("sources.json", (s) => (s[index].lowReliability = { reason: "rumour" }));
    expect(problemsOf(bad)).toEqual([
      `data/sources.json: [${index}].lowReliability.reason: "rumour" is not one of: auto-generated, seo, aggregator, other`,
      `data/sources.json: [${index}].lowReliability.note: is required`,
    ]);
  });

  it("a call whose only sources are low-reliability is not a record", () => {
    const files = withEdit("sources.json", (s) => {
      for (const source of s as unknown as { id: string; lowReliability?: unknown }[]) if (raisi.sources.includes(source.id)) source.lowReliability = { reason: "seo", note: "An SEO page." };
    });
    expect(problemsOf(files)).toEqual([
      `data/${RAISI}: sources: every source of this call is low-reliability: a call that rests only on auto-generated, SEO or aggregator pages is a lead (leads.json), not a record`,
    ]);
  });
});

describe("leads.json", () => {
  const lead = (fields: Record<string, unknown>) => ({
    id: "test-lead",
    date: "2026-04-12",
    who: "Vladimir Putin and Masoud Pezeshkian",
    people: ["putin", "pezeshkian"],
    countries: ["IR"],
    claimed: "The two presidents spoke by phone about the Islamabad talks.",
    sources: [RAISI_SOURCE],
    why: "One SEO page; no wire or official readout found.",
    status: "open",
    ...fields,
  });
  const RAISI_SOURCE = (JSON.parse(realFiles().find((f) => f.name === RAISI)!.text) as { sources: string[] }).sources[0]!;
  /** The real leads (their sources must stay cited) followed by the test's. */
  const realLeads = (): unknown[] => JSON.parse(realFiles().find((f) => f.name === "leads.json")?.text ?? "[]");
  const withLeads = (...leads: unknown[]) => [
    ...realFiles().filter((f) => f.name !== "leads.json"),
    { name: "leads.json", displayPath: "data/leads.json", text: JSON.stringify([...realLeads(), ...leads]) },
  ];
  /** The position of the test's n-th lead in the file. */
  const at = (n: number) => realLeads().length + n;

  it("accepts a lead and is optional", () => {
    expect(problemsOf(withLeads(lead({})))).toEqual([]);
    expect(problemsOf(realFiles().filter((f) => f.name !== "leads.json")).every((p) => p.includes("is not cited by any call"))).toBe(true);
  });

  it("counts a source that only a lead cites as cited", () => {
    const files = withEdit("sources.json", (s) => s.push({ id: "forlancer-page", publisher: "Forlancer", kind: "news", language: "en", url: "https://forlancer.info/x", lowReliability: { reason: "seo", note: "SEO blog." } }), withLeads(lead({ sources: ["forlancer-page"] })));
    expect(problemsOf(files)).toEqual([]);
  });

  it("rejects a lead without a date, with unknown references, or confirmed without its record", () => {
    const undated: Record<string, unknown> = lead({});
    delete undated.date;
    expect(
      problemsOf(
        withLeads(
          undated,
          lead({ id: "b", people: ["nobody"], countries: ["ZZ"], sources: ["missing"] }),
          lead({ id: "c", status: "confirmed" }),
          lead({ id: "d", status: "confirmed", record: "2099-01-01-putin-nobody" }),
          lead({ id: "e", record: "2024-04-16-putin-raisi" }),
        ),
      ),
    ).toEqual([
      `data/leads.json: [${at(0)}]: must give "date" or "dateText"`,
      `data/leads.json: [${at(1)}].people[0]: unknown person "nobody"`,
      `data/leads.json: [${at(1)}].countries[0]: unknown country "ZZ"`,
      `data/leads.json: [${at(1)}].sources[0]: unknown source "missing"`,
      `data/leads.json: [${at(2)}].record: is required when status is "confirmed": the id of the call record it became`,
      `data/leads.json: [${at(3)}].record: unknown call "2099-01-01-putin-nobody"`,
      `data/leads.json: [${at(4)}].record: only a confirmed lead names its record (status is "open")`,
    ]);
  });
});

describe("coverage.json", () => {
  it("rejects a search that reaches past its own day, a backwards period and an unknown country", () => {
    const files = withEdit("coverage.json", (c) => {
      c.reportingThrough = "2026-12-01";
      c.searchedOn = "2026-11-29";
      c.gaps = [{ counterpart: "Nowhere", countries: ["ZZ"], from: "2025-05", to: "2025-01", status: "searched-none" }];
    });
    expect(problemsOf(files)).toEqual([
      "data/coverage.json: reportingThrough: 2026-12-01 is after the day of the search (2026-11-29)",
      'data/coverage.json: gaps[0].countries[0]: unknown country "ZZ"',
      'data/coverage.json: gaps[0].to: 2025-01 is before "from" (2025-05)',
    ]);
  });

  it("names a malformed month", () => {
    const files = withEdit("coverage.json", (c) => (c.gaps = [{ counterpart: "Iran", countries: ["IR"], from: "2025-13", to: "2025-01", status: "searched-none" }]));
    expect(problemsOf(files)).toEqual(['data/coverage.json: gaps[0].from: must be a month written YYYY-MM, such as "2026-04"']);
  });
});

describe("order within a day", () => {
  it("puts a day's calls in the order the sources give, then the rest by id", () => {
    const dataset = makeDataset([
      { date: "2026-03-02", counterparts: ["tamim"] },
      { date: "2026-03-02", counterparts: ["hamad"], dayOrder: 2 },
      { date: "2026-03-02", russians: ["lavrov"], counterparts: ["araghchi"], dayOrder: 1 },
    ]);
    expect(dataset.calls.map((c) => c.id)).toEqual(["2026-03-02-lavrov-araghchi", "2026-03-02-putin-hamad", "2026-03-02-putin-tamim"]);
  });
  it("rejects the same dayOrder twice on one day", () => {
    expect(() =>
      makeDataset([
        { date: "2026-03-02", counterparts: ["tamim"], dayOrder: 1 },
        { date: "2026-03-02", counterparts: ["hamad"], dayOrder: 1 },
      ]),
    ).toThrow('calls/2026-03-02-putin-hamad.json: dayOrder: 1 is also the dayOrder of "2026-03-02-putin-tamim"');
  });
});
