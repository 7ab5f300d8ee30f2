/**
 * Small hand-made datasets for unit tests: a few people, countries and topics, and a helper that
 * writes a valid call record with only the fields a test cares about.
 */
import { validateFiles, type DataFile, type Dataset } from "@/lib/data/validate";
import type { Call, CrisisEvent, Lead, Source } from "@/lib/schema";

const registries = {
  "countries.json": [
    { code: "RU", name: "Russia", adjective: "Russian", region: "Europe" },
    { code: "IR", name: "Iran", adjective: "Iranian", region: "Middle East" },
    { code: "QA", name: "Qatar", adjective: "Qatari", region: "Gulf" },
    { code: "BH", name: "Bahrain", adjective: "Bahraini", region: "Gulf" },
    { code: "US", name: "United States", adjective: "US", region: "Americas" },
  ],
  "people.json": [
    { id: "putin", name: "Vladimir Putin", offices: [{ id: "president", title: "President of Russia", country: "RU", level: "head" }] },
    { id: "lavrov", name: "Sergei Lavrov", offices: [{ id: "foreign-minister", title: "Foreign Minister of Russia", country: "RU", level: "foreign-minister" }] },
    { id: "araghchi", name: "Abbas Araghchi", nativeName: "عباس عراقچی", offices: [{ id: "foreign-minister", title: "Foreign Minister of Iran", country: "IR", level: "foreign-minister" }] },
    { id: "pezeshkian", name: "Masoud Pezeshkian", aliases: ["Pézeshkian"], offices: [{ id: "president", title: "President of Iran", country: "IR", level: "head" }] },
    { id: "tamim", name: "Tamim bin Hamad Al Thani", offices: [{ id: "emir", title: "Emir of Qatar", country: "QA", level: "head" }] },
    { id: "hamad", name: "Hamad bin Isa Al Khalifa", offices: [{ id: "king", title: "King of Bahrain", country: "BH", level: "head" }] },
    { id: "trump", name: "Donald Trump", offices: [{ id: "president", title: "President of the United States", country: "US", level: "head" }] },
    { id: "witkoff", name: "Steve Witkoff", offices: [{ id: "envoy", title: "US special envoy", country: "US", level: "other" }] },
  ],
  "sources.json": [
    { id: "src", publisher: "Test Wire", headline: "Calls", date: "2026-11-01", url: "https://example.org/a", kind: "wire", language: "en" },
    { id: "reuters-on-zawya", publisher: "Zawya", via: "Reuters", url: "https://example.org/z", kind: "wire", language: "en" },
    { id: "reuters-on-japantoday", publisher: "Japan Today", via: "Reuters", url: "https://example.org/j", kind: "wire", language: "en" },
    { id: "irna", publisher: "IRNA", url: "https://example.org/i", kind: "official-statement", language: "fa" },
    { id: "blog", publisher: "Some SEO blog", url: "https://example.org/b", kind: "news", language: "en", lowReliability: { reason: "seo", note: "An SEO blog." } },
  ],
  "topics.json": [
    { id: "ceasefire", label: "Ceasefire", description: "Calls for a ceasefire." },
    { id: "mediation", label: "Mediation", description: "Offers to mediate." },
    { id: "intelligence-sharing", label: "Intelligence sharing", description: "Intelligence." },
    { id: "unused", label: "Unused topic", description: "Never used." },
  ],
  "events.json": [],
};

type CallSpec = {
  date: string;
  russians?: string[];
  counterparts: string[];
  topics?: string[];
  headline?: string;
  summary?: string;
  claims?: { statement: string; speakers: string[] }[];
  dayOrder?: number;
  /** The record's sources (default: one wire story, "src"); the Kremlin readout cites the first. */
  sources?: string[];
  /** No Kremlin readout. */
  noKremlinReadout?: boolean;
  /** An account by the counterpart's side, issued by this office. */
  counterpartReadout?: string;
  /** Other accounts, by side (ids r0, r1…); they cite the last source. */
  others?: { side: "counterpart" | "third-party" }[];
  /** Defaults to the call's date. */
  published?: string;
  corrections?: { date: string; note: string }[];
};

const officeOf: Record<string, string> = {
  putin: "president",
  lavrov: "foreign-minister",
  araghchi: "foreign-minister",
  pezeshkian: "president",
  tamim: "emir",
  hamad: "king",
  trump: "president",
  witkoff: "envoy",
};

export function makeCall(spec: CallSpec): Call {
  const russians = spec.russians ?? ["putin"];
  const sources = spec.sources ?? ["src"];
  const id = `${spec.date}-${russians.join("-")}-${spec.counterparts.join("-")}`;
  return {
    id,
    date: spec.date,
    dateCertainty: "exact",
    ...(spec.dayOrder ? { dayOrder: spec.dayOrder } : {}),
    mode: "phone",
    russians: russians.map((person) => ({ person, office: officeOf[person]! })),
    counterparts: spec.counterparts.map((person) => ({ person, office: officeOf[person]! })),
    headline: spec.headline ?? `Call ${id}`,
    summary: spec.summary ?? "A call.",
    readouts: {
      kremlin: spec.noKremlinReadout
        ? { status: "none-reported", note: "None found." }
        : { status: "reported", by: "Kremlin press service", summary: "They spoke.", quotes: [], sources: [sources[0]!] },
      others: [
        ...(spec.counterpartReadout
          ? [{ id: "counterpart", side: "counterpart" as const, by: spec.counterpartReadout, summary: "They spoke.", quotes: [], sources: [sources.at(-1)!] }]
          : []),
        ...(spec.others ?? []).map((o, i) => ({ id: `r${i}`, side: o.side, by: "Someone", summary: "Their account.", quotes: [], sources: [sources.at(-1)!] })),
      ],
    },
    claims: (spec.claims ?? []).map((c, i) => ({
      id: `c${i}`,
      statement: c.statement,
      speakers: c.speakers,
      kind: "position",
      reportedIn: spec.noKremlinReadout ? "counterpart" : "kremlin",
      sources: [sources[0]!],
    })),
    topics: spec.topics ?? ["ceasefire"],
    events: [],
    sources,
    published: spec.published ?? spec.date,
    ...(spec.corrections ? { corrections: spec.corrections } : {}),
  };
}

/** A validated dataset of the given calls (throws with the problems if the fixture is invalid). */
export function makeDataset(specs: CallSpec[], extra: { sources?: Source[]; leads?: Lead[] } = {}): Dataset {
  // Only the sources the calls cite: the validator rejects a source that nothing cites.
  const cited = new Set(
    specs
      .flatMap((spec) => spec.sources ?? ["src"])
      .concat("src")
      .concat((extra.leads ?? []).flatMap((lead) => lead.sources)),
  );
  const sources = [...registries["sources.json"], ...(extra.sources ?? [])].filter((s) => cited.has(s.id));
  const files: DataFile[] = Object.entries(registries).map(([name, json]) => ({
    name,
    displayPath: name,
    text: JSON.stringify(name === "sources.json" ? sources : json),
  }));
  if (extra.leads) files.push({ name: "leads.json", displayPath: "leads.json", text: JSON.stringify(extra.leads) });
  for (const spec of specs) {
    const call = makeCall(spec);
    files.push({ name: `calls/${call.id}.json`, displayPath: `calls/${call.id}.json`, text: JSON.stringify(call) });
  }
  const { dataset, problems } = validateFiles(files, { today: "2026-11-22" });
  if (!dataset) throw new Error(problems.map((p) => `${p.file}: ${p.path}: ${p.message}`).join("\n"));
  return dataset;
}

/** A crisis event with only the fields a test cares about. */
export function makeEvent(id: string, date: string, endDate?: string, kind: CrisisEvent["kind"] = "other"): CrisisEvent {
  return { id, date, ...(endDate ? { endDate } : {}), dateCertainty: "exact", title: id, summary: `${id}.`, kind, countries: ["IR"], sources: ["src"] };
}
