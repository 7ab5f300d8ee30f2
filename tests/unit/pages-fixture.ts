/**
 * A small hand-made world for the derived views of the pages: seven calls whose neighbours,
 * same-day chains, counterparts and claims are known by construction.
 *
 *   A 2024-04-16 putin–raisi          IR  Kremlin + Iranian readouts that disagree
 *   B 2026-01-16 lavrov–pezeshkian    IR  dayOrder 1
 *   C 2026-01-16 putin–pezeshkian     IR  dayOrder 2
 *   D 2026-03-02 putin–mbz            AE  Kremlin readout only; order of the day unknown
 *   E 2026-03-02 putin–pezeshkian     IR  order of the day unknown
 *   F 2026-03-10 putin–pezeshkian     IR
 *   G 2026-03-11 lavrov–witkoff       US  no Kremlin readout; the US account only
 */
import { validateFiles, type DataFile, type Dataset } from "@/lib/data/validate";
import { TODAY } from "./helpers";

const countries = [
  { code: "RU", name: "Russia", adjective: "Russian", region: "Europe" },
  { code: "IR", name: "Iran", adjective: "Iranian", region: "Middle East" },
  { code: "AE", name: "United Arab Emirates", adjective: "Emirati", region: "Gulf" },
  { code: "US", name: "United States", adjective: "US", region: "Americas" },
];

const people = [
  { id: "putin", name: "Vladimir Putin", offices: [{ id: "president", title: "President of Russia", country: "RU", level: "head" }] },
  {
    id: "lavrov",
    name: "Sergei Lavrov",
    offices: [
      { id: "foreign-minister", title: "Minister of Foreign Affairs of Russia", country: "RU", level: "foreign-minister", from: "2004-03-09" },
      { id: "envoy-un", title: "Permanent Representative to the UN", country: "RU", level: "other", to: "2004-03-09" },
    ],
  },
  { id: "raisi", name: "Ebrahim Raisi", offices: [{ id: "president", title: "President of Iran", country: "IR", level: "head", to: "2024-05-19" }] },
  { id: "pezeshkian", name: "Masoud Pezeshkian", offices: [{ id: "president", title: "President of Iran", country: "IR", level: "head" }] },
  { id: "mbz", name: "Mohammed bin Zayed", offices: [{ id: "president", title: "President of the UAE", country: "AE", level: "head" }] },
  { id: "witkoff", name: "Steve Witkoff", offices: [{ id: "envoy", title: "US special envoy", country: "US", level: "other" }] },
];

const sources = ["s-a", "s-b", "s-c", "s-d", "s-e", "s-f", "s-g"].map((id) => ({
  id,
  publisher: `Publisher ${id}`,
  headline: `Headline ${id}`,
  url: `https://example.com/${id}`,
  kind: "news",
  language: "en",
}));

const topics = [
  { id: "ceasefire", label: "Ceasefire", description: "Calls for a ceasefire." },
  { id: "mediation", label: "Mediation", description: "Offers to mediate." },
];

type CallSpec = {
  id: string;
  russian: [person: string, office: string];
  counterpart: [person: string, office: string];
  dayOrder?: number;
  topics?: string[];
  kremlin?: false;
  others?: { id: string; side: "counterpart" | "third-party"; by: string }[];
  claims?: { id: string; speakers: string[]; kind: string; reportedIn: string; statement?: string }[];
  disagreements?: { claims: string[]; note: string }[];
};

function callRecord(spec: CallSpec, source: string) {
  const readout = (by: string) => ({ by, summary: `Summary by ${by}.`, quotes: [], sources: [source] });
  return {
    id: spec.id,
    date: spec.id.slice(0, 10),
    dateCertainty: "exact",
    ...(spec.dayOrder ? { dayOrder: spec.dayOrder } : {}),
    mode: "phone",
    russians: [{ person: spec.russian[0], office: spec.russian[1] }],
    counterparts: [{ person: spec.counterpart[0], office: spec.counterpart[1] }],
    headline: `Headline of ${spec.id}`,
    summary: `Summary of ${spec.id}.`,
    readouts: {
      kremlin: spec.kremlin === false ? { status: "none-reported", note: "Known only from the US side." } : { status: "reported", ...readout("Kremlin press service") },
      others: (spec.others ?? []).map((o) => ({ id: o.id, side: o.side, ...readout(o.by) })),
    },
    claims: (spec.claims ?? []).map((c) => ({ statement: `Statement ${c.id}.`, ...c, sources: [source] })),
    ...(spec.disagreements ? { disagreements: spec.disagreements } : {}),
    topics: spec.topics ?? ["ceasefire"],
    events: [],
    sources: [source],
    published: spec.id.slice(0, 10),
  };
}

export const CALLS: CallSpec[] = [
  {
    id: "2024-04-16-putin-raisi",
    russian: ["putin", "president"],
    counterpart: ["raisi", "president"],
    others: [{ id: "irna", side: "counterpart", by: "IRNA" }],
    claims: [
      { id: "restraint", speakers: ["putin"], kind: "warning", reportedIn: "kremlin" },
      { id: "joint", speakers: ["putin", "raisi"], kind: "position", reportedIn: "kremlin" },
      { id: "response", speakers: ["raisi"], kind: "warning", reportedIn: "irna" },
    ],
    disagreements: [{ claims: ["restraint", "response"], note: "The accounts differ." }],
  },
  { id: "2026-01-16-lavrov-pezeshkian", russian: ["lavrov", "foreign-minister"], counterpart: ["pezeshkian", "president"], dayOrder: 1 },
  {
    id: "2026-01-16-putin-pezeshkian",
    russian: ["putin", "president"],
    counterpart: ["pezeshkian", "president"],
    dayOrder: 2,
    topics: ["ceasefire", "mediation"],
    claims: [{ id: "thanks", speakers: ["pezeshkian"], kind: "thanks", reportedIn: "kremlin" }],
  },
  {
    id: "2026-03-02-putin-mbz",
    russian: ["putin", "president"],
    counterpart: ["mbz", "president"],
    topics: ["mediation"],
    claims: [{ id: "conduit", speakers: ["putin"], kind: "offer", reportedIn: "kremlin" }],
  },
  { id: "2026-03-02-putin-pezeshkian", russian: ["putin", "president"], counterpart: ["pezeshkian", "president"] },
  { id: "2026-03-10-putin-pezeshkian", russian: ["putin", "president"], counterpart: ["pezeshkian", "president"] },
  {
    id: "2026-03-11-lavrov-witkoff",
    russian: ["lavrov", "foreign-minister"],
    counterpart: ["witkoff", "envoy"],
    kremlin: false,
    others: [{ id: "witkoff", side: "counterpart", by: "Steve Witkoff" }],
    claims: [{ id: "no-intelligence", speakers: ["lavrov"], kind: "denial", reportedIn: "witkoff" }],
  },
];

export function fixtureFiles(extra: readonly CallSpec[] = []): DataFile[] {
  const json = (name: string, value: unknown): DataFile => ({ name, displayPath: name, text: JSON.stringify(value, null, 2) });
  return [
    json("countries.json", countries),
    json("people.json", people),
    json("sources.json", sources),
    json("topics.json", topics),
    json("events.json", []),
    ...CALLS.map((spec, i) => json(`calls/${spec.id}.json`, callRecord(spec, sources[i]!.id))),
    // Extra calls cite the first source, so that every source stays cited.
    ...extra.map((spec) => json(`calls/${spec.id}.json`, callRecord(spec, sources[0]!.id))),
  ];
}

/** The fixture (plus `extra` calls) as a validated Dataset; fails loudly if the fixture itself is invalid. */
export function fixtureDataset(extra: readonly CallSpec[] = []): Dataset {
  const { dataset, problems } = validateFiles(fixtureFiles(extra), { today: TODAY });
  if (!dataset) throw new Error(`fixture invalid:\n${problems.map((p) => `${p.file}: ${p.path}: ${p.message}`).join("\n")}`);
  return dataset;
}

/** A call of the fixture by the letter of the table above. */
export function call(dataset: Dataset, letter: "A" | "B" | "C" | "D" | "E" | "F" | "G") {
  const id = CALLS["ABCDEFG".indexOf(letter)]!.id;
  const found = dataset.callById.get(id);
  if (!found) throw new Error(`no call ${id}`);
  return found;
}
