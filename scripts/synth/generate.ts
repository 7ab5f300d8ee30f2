/**
 * Synthetic data for load tests and benchmarks: a complete, valid data directory with `count`
 * calls over several years. Deterministic for a given count (seeded). Every record says it is
 * synthetic in its text. Distributions aim at the real thing: a few heavy counterparts, bursts of
 * calls after crisis events, several claims per call, names in several scripts and with diacritics.
 */
import { CLAIM_KINDS, EVENT_KINDS, type Level } from "../../lib/constants";
import type { Call, Country, CrisisEvent, Person, Source, Topic } from "../../lib/schema";

/** mulberry32: a small, fast, seedable PRNG. */
function rng(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (min: number, max: number) => min + Math.floor(next() * (max - min + 1)),
    pick: <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!,
    chance: (p: number) => next() < p,
  };
}
type Rng = ReturnType<typeof rng>;

const START = Date.UTC(2019, 0, 1);
const END = Date.UTC(2026, 9, 31);
const DAY = 86_400_000;
const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10);

const COUNTRIES: Country[] = [
  ["RU", "Russia", "Russian", "Europe"],
  ["IR", "Iran", "Iranian", "Middle East"],
  ["IL", "Israel", "Israeli", "Middle East"],
  ["AE", "United Arab Emirates", "Emirati", "Gulf"],
  ["SA", "Saudi Arabia", "Saudi", "Gulf"],
  ["QA", "Qatar", "Qatari", "Gulf"],
  ["BH", "Bahrain", "Bahraini", "Gulf"],
  ["KW", "Kuwait", "Kuwaiti", "Gulf"],
  ["OM", "Oman", "Omani", "Gulf"],
  ["TR", "Türkiye", "Turkish", "Europe"],
  ["EG", "Egypt", "Egyptian", "Middle East"],
  ["IQ", "Iraq", "Iraqi", "Middle East"],
  ["JO", "Jordan", "Jordanian", "Middle East"],
  ["SY", "Syria", "Syrian", "Middle East"],
  ["LB", "Lebanon", "Lebanese", "Middle East"],
  ["US", "United States", "US", "Americas"],
  ["FR", "France", "French", "Europe"],
  ["DE", "Germany", "German", "Europe"],
  ["HU", "Hungary", "Hungarian", "Europe"],
  ["CN", "China", "Chinese", "Asia"],
  ["IN", "India", "Indian", "Asia"],
  ["PK", "Pakistan", "Pakistani", "Asia"],
  ["AZ", "Azerbaijan", "Azerbaijani", "Asia"],
  ["VN", "Viet Nam", "Vietnamese", "Asia"],
].map(([code, name, adjective, region]) => ({ code: code!, name: name!, adjective: adjective!, region: region! }));

const TOPICS: Topic[] = [
  ["de-escalation", "De-escalation"],
  ["ceasefire", "Ceasefire"],
  ["mediation", "Mediation"],
  ["intelligence-sharing", "Intelligence sharing"],
  ["russia-iran-partnership", "Russia–Iran partnership"],
  ["gulf-security", "Gulf security"],
  ["condolences", "Condolences"],
  ["humanitarian-aid", "Humanitarian aid"],
  ["palestinian-question", "Gaza and the Palestinian question"],
  ["nuclear-programme", "Nuclear programme"],
  ["energy-markets", "Energy markets"],
  ["un-diplomacy", "UN diplomacy"],
].map(([id, label]) => ({ id: id!, label: label!, description: `Synthetic topic: ${label}.` }));

/** Given names and family names by script, so names carry diacritics and non-Latin scripts. */
const NAMES: { latin: string[]; native?: string[] }[] = [
  { latin: ["Abbas Rezaei", "Mahmoud Karimi", "Hossein Ahmadi", "Ali Mousavi", "Reza Ghorbani"], native: ["عباس رضایی", "محمود کریمی", "حسین احمدی", "علی موسوی", "رضا قربانی"] },
  { latin: ["Khalid Al Mansouri", "Saif bin Rashid", "Hamdan Al Falasi", "Nasser Al Qasimi"], native: ["خالد المنصوري", "سيف بن راشد", "حمدان الفلاسي", "ناصر القاسمي"] },
  { latin: ["Yossi Ben-David", "Avi Mizrahi", "Noa Levi", "Dana Peretz"], native: ["יוסי בן-דוד", "אבי מזרחי", "נועה לוי", "דנה פרץ"] },
  { latin: ["Çağrı Yıldız", "Ayşe Öztürk", "Mehmet Şahin", "Gökhan Doğan"] },
  { latin: ["Émile Lefèvre", "Hélène Moreau", "François Gérard", "Zoé Dubois"] },
  { latin: ["Jürgen Müller", "Lena Schäfer", "Björn Köhler"] },
  { latin: ["Nguyễn Văn Thắng", "Trần Thị Hương"] },
  { latin: ["Wang Yiming", "Li Qiang"], native: ["王一鸣", "李强"] },
  { latin: ["John Carter", "Mary Ellison", "Robert Hayes", "Susan Whitfield"] },
];

/** Counterparts' titles with the level of each office (see LEVELS in lib/constants.ts). */
const TITLES: [string, Level][] = [
  ["President", "head"],
  ["Prime Minister", "head"],
  ["Foreign Minister", "foreign-minister"],
  ["King", "head"],
  ["Emir", "head"],
  ["Crown Prince", "head"],
  ["National Security Adviser", "other"],
];

const WORDS =
  "security stability dialogue region escalation restraint settlement consultations partnership cooperation concern sovereignty civilians infrastructure negotiations proposal humanitarian assistance energy supplies shipping strait missile drone nuclear programme inspectors sanctions ceasefire mediation channels contacts agreement relations bilateral trade grain transit corridor"
    .split(" ");

function sentence(r: Rng, min: number, max: number): string {
  const words = Array.from({ length: r.int(min, max) }, () => r.pick(WORDS));
  const text = words.join(" ");
  return `${text[0]!.toUpperCase()}${text.slice(1)}.`;
}

function paragraph(r: Rng, sentences: number): string {
  return Array.from({ length: sentences }, () => sentence(r, 8, 20)).join(" ");
}

const slugify = (text: string) =>
  text
    .normalize("NFKD")
    .replace(/\p{M}+/gu, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");

export type SyntheticData = {
  countries: Country[];
  people: Person[];
  sources: Source[];
  topics: Topic[];
  events: CrisisEvent[];
  calls: Call[];
};

export function generateSynthetic(count: number): SyntheticData {
  const r = rng(0x5eed ^ count);

  const russians: Person[] = [
    { id: "putin", name: "Vladimir Putin", nativeName: "Владимир Путин", offices: [{ id: "president", title: "President of Russia", country: "RU", level: "head" }] },
    { id: "lavrov", name: "Sergei Lavrov", nativeName: "Сергей Лавров", offices: [{ id: "foreign-minister", title: "Minister of Foreign Affairs of Russia", country: "RU", level: "foreign-minister" }] },
    { id: "ushakov", name: "Yuri Ushakov", nativeName: "Юрий Ушаков", offices: [{ id: "presidential-aide", title: "Kremlin foreign policy aide", country: "RU", level: "other" }] },
    { id: "ryabkov", name: "Sergei Ryabkov", nativeName: "Сергей Рябков", offices: [{ id: "deputy-foreign-minister", title: "Deputy Foreign Minister of Russia", country: "RU", level: "other" }] },
  ];
  // Putin and Lavrov make most calls.
  const russianWeights = [0.55, 0.3, 0.1, 0.05];

  const people: Person[] = [...russians];
  const counterparts: Person[] = [];
  const foreign = COUNTRIES.filter((c) => c.code !== "RU");
  let n = 0;
  for (const country of foreign) {
    const group = NAMES[n % NAMES.length]!;
    const perCountry = 3 + (n % 3);
    for (let k = 0; k < perCountry; k++) {
      const index = (n * 7 + k) % group.latin.length;
      const name = `${group.latin[index]} ${country.code}${k + 1}`;
      const native = group.native?.[index];
      const id = slugify(`${group.latin[index]}-${country.code}-${k + 1}`);
      const [titleWord, level] = TITLES[(n + k) % TITLES.length]!;
      const title = `${titleWord} of ${country.name}`;
      // One in four changes office halfway through, so office dates are exercised.
      const offices: Person["offices"] =
        k % 4 === 3
          ? [
              { id: "minister", title: `Foreign Minister of ${country.name}`, country: country.code, level: "foreign-minister", to: "2022-12-31" },
              { id: "leader", title, country: country.code, level, from: "2023-01-01" },
            ]
          : [{ id: "office", title, country: country.code, level }];
      const person: Person = { id, name: `${name} (synthetic)`, ...(native ? { nativeName: native } : {}), offices };
      people.push(person);
      counterparts.push(person);
    }
    n++;
  }
  // A few heavy counterparts: Zipf-like weights over a shuffled order.
  const weights = counterparts.map((_, i) => 1 / (i + 1) ** 1.1);
  const totalWeight = weights.reduce((a, b) => a + b, 0);
  const pickWeighted = <T>(items: readonly T[], w: readonly number[], total: number): T => {
    let x = r.next() * total;
    for (let i = 0; i < items.length; i++) {
      x -= w[i]!;
      if (x <= 0) return items[i]!;
    }
    return items.at(-1)!;
  };

  const sources: Source[] = [];
  const addSource = (date: string, about: string): string => {
    const id = `synthetic-${sources.length + 1}`;
    sources.push({
      id,
      publisher: r.pick(["Synthetic Wire", "Test Gazette", "Example Daily", "Пример Новости", "صحيفة المثال"]),
      headline: `Synthetic report: ${about}`,
      date,
      url: `https://example.org/synthetic/${sources.length}`,
      kind: r.pick(["news", "wire", "official-readout"] as const),
      language: r.pick(["en", "ru", "ar"]),
    });
    return id;
  };

  const events: CrisisEvent[] = [];
  const eventCount = Math.max(8, Math.min(60, Math.round(count / 150)));
  for (let i = 0; i < eventCount; i++) {
    const date = iso(START + Math.floor(((END - START) * (i + r.next())) / eventCount));
    const kind = r.pick(EVENT_KINDS);
    events.push({
      id: `${date}-synthetic-event-${i + 1}`,
      date,
      dateCertainty: "exact",
      title: `Synthetic crisis event ${i + 1}`,
      summary: `Synthetic event for load testing. ${sentence(r, 10, 18)}`,
      kind,
      countries: [r.pick(foreign).code],
      sources: [addSource(date, `event ${i + 1}`)],
    });
  }

  const calls: Call[] = [];
  const usedIds = new Set<string>();
  for (let i = 0; i < count; i++) {
    // Half the calls cluster in the three weeks after an event; the rest are spread evenly.
    let dayMs: number;
    if (r.chance(0.5)) {
      const event = r.pick(events);
      dayMs = Date.parse(event.date) + r.int(0, 21) * DAY;
      if (dayMs > END) dayMs = END;
    } else {
      dayMs = START + Math.floor(r.next() * ((END - START) / DAY)) * DAY;
    }
    const date = iso(dayMs);
    const russian = pickWeighted(russians, russianWeights, 1);
    const counterpartCount = r.chance(0.08) ? 2 : 1;
    const chosen: Person[] = [];
    while (chosen.length < counterpartCount) {
      const person = pickWeighted(counterparts, weights, totalWeight);
      if (!chosen.includes(person)) chosen.push(person);
    }
    const officeOn = (person: Person) =>
      person.offices.find((o) => (!o.from || o.from <= date) && (!o.to || date <= o.to)) ?? person.offices[0]!;

    let id = `${date}-${russian.id}-${chosen.map((p) => p.id).join("-")}`;
    for (let k = 2; usedIds.has(id); k++) id = `${date}-${russian.id}-${chosen.map((p) => p.id).join("-")}-${k}`;
    usedIds.add(id);

    const sourceIds = Array.from({ length: r.int(1, 3) }, () =>
      addSource(iso(Math.min(dayMs + r.int(0, 2) * DAY, END)), `${russian.name} and ${chosen[0]!.name}`),
    );
    const hasOther = r.chance(0.6);
    const topics = [...new Set(Array.from({ length: r.int(1, 3) }, () => r.pick(TOPICS).id))];
    const speakers = [russian.id, ...chosen.map((p) => p.id)];
    const claims: Call["claims"] = Array.from({ length: r.int(2, 8) }, (_, k) => ({
      id: `c${k + 1}`,
      statement: sentence(r, 10, 30),
      speakers: r.chance(0.2) ? speakers : [r.pick(speakers)],
      kind: r.pick(CLAIM_KINDS),
      reportedIn: hasOther && r.chance(0.4) ? "counterpart" : "kremlin",
      sources: [r.pick(sourceIds)],
    }));
    const nearEvents = events.filter((e) => e.date <= date && Date.parse(date) - Date.parse(e.date) <= 21 * DAY).map((e) => e.id);

    calls.push({
      id,
      date,
      dateCertainty: r.chance(0.15) ? "inferred" : "exact",
      ...(r.chance(0.15) ? { dateNote: "Synthetic: the source gave only a weekday." } : {}),
      mode: r.chance(0.1) ? "video" : "phone",
      russians: [{ person: russian.id, office: russian.offices[0]!.id }],
      counterparts: chosen.map((p) => ({ person: p.id, office: officeOn(p).id })),
      headline: `[Synthetic] ${russian.name} and ${chosen.map((p) => p.name).join(" and ")} discuss ${r.pick(WORDS)} and ${r.pick(WORDS)}`,
      summary: `Synthetic record for load testing. ${paragraph(r, r.int(2, 5))}`,
      readouts: {
        kremlin: {
          status: "reported",
          by: "Kremlin press service (synthetic)",
          summary: paragraph(r, r.int(2, 4)),
          quotes: r.chance(0.5) ? [{ text: sentence(r, 12, 25), speaker: "the Kremlin", source: sourceIds[0]! }] : [],
          sources: [sourceIds[0]!],
        },
        others: hasOther
          ? [
              {
                id: "counterpart",
                side: "counterpart",
                by: `${chosen[0]!.name}'s office (synthetic)`,
                summary: paragraph(r, r.int(1, 3)),
                quotes: [],
                sources: [sourceIds.at(-1)!],
              },
            ]
          : [],
      },
      claims,
      topics,
      events: nearEvents.slice(0, 2),
      sources: sourceIds,
      // Synthetic records appear in the dataset on the day of the call.
      published: date,
    });
  }
  // An inferred date needs its note; an exact one may not carry the synthetic weekday note.
  for (const call of calls) {
    if (call.dateCertainty === "inferred") call.dateNote = "Synthetic: the source gave only a weekday.";
    else delete call.dateNote;
  }

  return { countries: COUNTRIES, people, sources, topics: TOPICS, events, calls };
}
