/**
 * The rules and the record behind `npm run new-call`. Each answer has a check that returns true
 * or the reason it is refused, in the curator's words; the interactive prompts and the flags use
 * the same checks, so a bad answer is refused the same way whichever way it is given. What only a
 * person can write (headline, summaries, quotes, claims) is left as "TODO: …" placeholders, which
 * the validator refuses until they are written.
 */
import { CALL_MODES, LEVELS, RECORD_PERIOD_START, RUSSIA, SOURCE_KINDS, type CallMode, type SourceKind } from "../constants";
import { heldOn } from "../data/validate";
import { callIdPattern, httpUrl, isoDate, personSchema, placeholder, slug, sourceSchema, type Call, type Office, type Person, type Source } from "../schema";
import type { Registries } from "./registries";

/** True, or why the answer is refused. */
export type Check = true | string;

export type Side = "russian" | "counterpart";

export type ParticipantAnswer = { person: string; office: string };

export type NewSourceAnswer = {
  id: string;
  url: string;
  publisher: string;
  headline?: string;
  date: string;
  language: string;
  kind: SourceKind;
};

export type NewPersonAnswer = { id: string; name: string; office: Office };

export type NewCallAnswers = {
  id: string;
  date: string;
  dateCertainty: "exact" | "inferred";
  /** Required when the date is inferred; left as a placeholder when not given. */
  dateNote?: string;
  russians: ParticipantAnswer[];
  counterparts: ParticipantAnswer[];
  mode: CallMode;
  /** Existing sources and new ones (their ids), in the order given. */
  sources: string[];
  newSources: NewSourceAnswer[];
  newPeople: NewPersonAnswer[];
  /** Offices added to people already in the registry. */
  newOffices: { person: string; office: Office }[];
  topics: string[];
  events: string[];
  kremlinReadout: "reported" | "none-reported";
  /** Who issued the Russian account; see `defaultKremlinBy`. */
  kremlinBy?: string;
  /** The sources that give the Kremlin's account; all the call's sources when not given. */
  kremlinSources?: string[];
  counterpartReadout: boolean;
  counterpartSources?: string[];
};

const quote = (value: string) => JSON.stringify(value.length > 60 ? `${value.slice(0, 60)}…` : value);

function formatLong(isoDay: string): string {
  const [y, m, d] = isoDay.split("-").map(Number) as [number, number, number];
  const month = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"][m - 1];
  return `${d} ${month} ${y}`;
}

// ——— The checks ————————————————————————————————————————————————————————————————

export function checkDate(value: string, today: string): Check {
  if (!isoDate.safeParse(value).success) return `${quote(value)} is not a real date in the form YYYY-MM-DD`;
  if (value < RECORD_PERIOD_START) return `${value} is before the period the record covers (from ${formatLong(RECORD_PERIOD_START)})`;
  if (value > today) return `${value} is in the future`;
  return true;
}

export function checkDateCertainty(value: string): Check {
  return value === "exact" || value === "inferred" ? true : `${quote(value)} is not one of: exact, inferred`;
}

export function checkMode(value: string): Check {
  return (CALL_MODES as readonly string[]).includes(value) ? true : `${quote(value)} is not one of: ${CALL_MODES.join(", ")}`;
}

export function checkCallId(value: string, date: string, registries: Registries): Check {
  if (!callIdPattern.test(value)) return `${quote(value)} must look like "YYYY-MM-DD-russian-counterpart"`;
  if (!value.startsWith(`${date}-`)) return `${quote(value)} must start with the call's date "${date}-"`;
  if (registries.callIds.has(value)) return `a call with the id "${value}" already exists (calls/${value}.json): choose another id`;
  return true;
}

/** The id a call gets by default: its date and its participants' ids, Russians first. */
export function defaultCallId(date: string, russians: readonly ParticipantAnswer[], counterparts: readonly ParticipantAnswer[]): string {
  return [date, ...russians.map((p) => p.person), ...counterparts.map((p) => p.person)].join("-");
}

const isRussian = (office: Office) => office.country === RUSSIA;
const sideFits = (side: Side, office: Office) => (side === "russian" ? isRussian(office) : !isRussian(office));

function describeOffices(person: Person): string {
  return person.offices
    .map((o) => `${o.id}${o.from || o.to ? ` (${o.from ? `from ${o.from}` : ""}${o.from && o.to ? " " : ""}${o.to ? `until ${o.to}` : ""})` : ""}`)
    .join(", ");
}

/** The offices a person could be on a side with on a date: held that day, of the side's country. */
export function officesOn(person: Person, side: Side, date: string): Office[] {
  return person.offices.filter((o) => heldOn(o, date) && sideFits(side, o));
}

/**
 * A participant given as "person" or "person:office": the person must be in the registry (or
 * being added), on the right side, and hold the office on the call's date. Returns the resolved
 * participant or the reason.
 */
export function resolveParticipant(value: string, side: Side, date: string, people: readonly Person[]): ParticipantAnswer | string {
  const [personId = "", officeId] = value.trim().split(":");
  const person = people.find((p) => p.id === personId);
  if (!person) return `unknown person "${personId}": choose someone from people.json, or add them (--new-person)`;
  const fitting = person.offices.filter((o) => sideFits(side, o));
  if (fitting.length === 0) {
    return side === "russian"
      ? `"${person.id}" (${person.name}) holds no Russian office: Russian participants are Russian officials`
      : `"${person.id}" (${person.name}) is a Russian official: counterparts are foreign`;
  }
  if (officeId !== undefined) {
    const office = person.offices.find((o) => o.id === officeId);
    if (!office) return `"${person.id}" has no office "${officeId}" (offices: ${describeOffices(person)}); add it with --new-office`;
    if (!sideFits(side, office)) return `"${officeId}" is ${isRussian(office) ? "a Russian office; counterparts are foreign" : `an office of ${office.country}, not of Russia`}`;
    if (!heldOn(office, date)) return `"${person.id}" did not hold "${officeId}" on ${date} (offices: ${describeOffices(person)})`;
    return { person: person.id, office: office.id };
  }
  const held = officesOn(person, side, date);
  if (held.length === 0) return `"${person.id}" held no ${side === "russian" ? "Russian " : ""}office on ${date} (offices: ${describeOffices(person)}); add it with --new-office`;
  if (held.length > 1) return `"${person.id}" held several offices on ${date} (${held.map((o) => o.id).join(", ")}): name one as ${person.id}:<office>`;
  return { person: person.id, office: held[0]!.id };
}

export function checkNewPerson(answer: NewPersonAnswer, registries: Registries, date: string): Check {
  if (registries.people.some((p) => p.id === answer.id)) return `a person with the id "${answer.id}" already exists: choose them instead of adding them`;
  const parsed = personSchema.safeParse({ id: answer.id, name: answer.name, offices: [answer.office] });
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    return `${issue.path.join(".") || "person"}: ${issue.message}`;
  }
  return checkOffice(answer.office, registries, date);
}

export function checkNewOffice(personId: string, office: Office, registries: Registries, date: string): Check {
  const person = registries.people.find((p) => p.id === personId);
  if (!person) return `unknown person "${personId}": add them with --new-person`;
  if (person.offices.some((o) => o.id === office.id)) return `"${personId}" already has an office "${office.id}"`;
  return checkOffice(office, registries, date);
}

function checkOffice(office: Office, registries: Registries, date: string): Check {
  if (!slug.safeParse(office.id).success) return `office id ${quote(office.id)} must be lowercase letters and digits joined by single hyphens`;
  if (!office.title.trim()) return "the office's title must not be empty";
  if (!registries.countries.some((c) => c.code === office.country)) return `unknown country "${office.country}": add it to countries.json first`;
  if (!(LEVELS as readonly string[]).includes(office.level)) return `the office's level ${quote(office.level ?? "")} must be one of ${LEVELS.join(", ")}`;
  for (const end of ["from", "to"] as const) {
    const value = office[end];
    if (value !== undefined && !isoDate.safeParse(value).success) return `the office's "${end}" ${quote(value)} is not a real date in the form YYYY-MM-DD`;
  }
  if (!heldOn(office, date)) return `the office "${office.id}" is not held on the call's date ${date}`;
  return true;
}

export function checkSource(id: string, date: string, registries: Registries): Check {
  const source = registries.sources.find((s) => s.id === id);
  if (!source) return `unknown source "${id}": choose one from sources.json, or add the page (--new-source)`;
  if (source.date && source.date < date) return `source "${id}" is dated ${source.date}, before the call (${date})`;
  return true;
}

export function checkUrl(value: string): Check {
  return httpUrl.safeParse(value).success ? true : `${quote(value)} is not an http(s) URL`;
}

export function checkLanguage(value: string): Check {
  return /^[a-z]{2,3}$/.test(value) ? true : `${quote(value)} is not a language code such as "en" or "ru"`;
}

export function checkSourceKind(value: string): Check {
  return (SOURCE_KINDS as readonly string[]).includes(value) ? true : `${quote(value)} is not one of: ${SOURCE_KINDS.join(", ")}`;
}

/** A source's date: a real date, not before the call, not in the future. */
export function checkSourceDate(value: string, callDate: string, today: string): Check {
  if (!isoDate.safeParse(value).success) return `${quote(value)} is not a real date in the form YYYY-MM-DD`;
  if (value < callDate) return `${value} is before the call (${callDate}): a report cannot precede the call`;
  if (value > today) return `${value} is in the future`;
  return true;
}

export function checkNewSource(answer: NewSourceAnswer, registries: Registries, callDate: string, today: string): Check {
  if (registries.sources.some((s) => s.id === answer.id)) return `a source with the id "${answer.id}" already exists: choose it instead of adding it`;
  if (!slug.safeParse(answer.id).success) return `source id ${quote(answer.id)} must be lowercase letters and digits joined by single hyphens`;
  const sameUrl = registries.sources.find((s) => s.url === answer.url);
  if (sameUrl) return `the page ${answer.url} is already in sources.json as "${sameUrl.id}": choose it instead`;
  for (const check of [checkUrl(answer.url), checkSourceDate(answer.date, callDate, today), checkLanguage(answer.language), checkSourceKind(answer.kind)]) {
    if (check !== true) return check;
  }
  if (!answer.publisher.trim()) return "the publisher must not be empty";
  return true;
}

/** "reuters-2026-03-10-putin-pezeshkian": the publisher, the page's date and the call's participants. */
export function defaultSourceId(publisher: string, date: string, callId: string, taken: (id: string) => boolean): string {
  const name =
    publisher
      .normalize("NFKD")
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-|-$/g, "") || "source";
  const base = `${name}-${date}-${callId.slice(11)}`.replace(/-+$/, "");
  let id = base;
  for (let n = 2; taken(id); n++) id = `${base}-${n}`;
  return id;
}

export function checkTopic(id: string, registries: Registries): Check {
  return registries.topics.some((t) => t.id === id) ? true : `unknown topic "${id}" (topics: ${registries.topics.map((t) => t.id).join(", ")})`;
}

export function checkEvent(id: string, registries: Registries): Check {
  return registries.events.some((e) => e.id === id) ? true : `unknown event "${id}": choose one from events.json`;
}

/** Who usually issues the Russian account: the Kremlin for the president's calls, the Foreign Ministry for the foreign minister's. */
export function defaultKremlinBy(russians: readonly ParticipantAnswer[]): string {
  if (russians.some((p) => p.person === "putin")) return "Kremlin press service";
  if (russians.some((p) => p.person === "lavrov")) return "Russian Foreign Ministry";
  return PLACEHOLDERS.kremlinBy;
}

// ——— The record ————————————————————————————————————————————————————————————————

/** The placeholders a new record carries, by what a curator must write. */
export const PLACEHOLDERS = {
  headline: placeholder("one line, in our own words"),
  summary: placeholder("what happened in the call, in our own words (never a source's sentences)"),
  dateNote: placeholder("how the date was worked out from the sources (e.g. 'on Tuesday' in a report dated ...)"),
  kremlinBy: placeholder("who issued the Russian account (e.g. the Security Council's press service)"),
  kremlinSummary: placeholder("the Kremlin's account, in our own words"),
  kremlinNone: placeholder("why no Kremlin readout is recorded (e.g. the call is known only from the other side)"),
  quoteText: placeholder("an official's words, verbatim as the source quotes them; delete this quote if there is none"),
  quoteSpeaker: placeholder("who said it, as the source attributes it"),
  counterpartBy: placeholder("who gave the account (e.g. the Iranian presidency, as reported by IRNA)"),
  counterpartSummary: placeholder("the counterpart's account, in our own words"),
  claim: placeholder("one statement made in the call, in our words: who, what kind, which account reports it; one claim per statement"),
} as const;

export type NewCallFiles = {
  record: Call;
  /** New entries for people.json and sources.json, and offices to add to people already there. */
  newPeople: Person[];
  newOffices: { person: string; office: Office }[];
  newSources: Source[];
};

/** The record and the registry entries for a set of checked answers. `today` is the record's `published` date. */
export function buildNewCall(answers: NewCallAnswers, today: string): NewCallFiles {
  const sources = [...new Set(answers.sources)];
  const kremlinSources = answers.kremlinSources?.length ? answers.kremlinSources : sources;
  const counterpartSources = answers.counterpartSources?.length ? answers.counterpartSources : sources;
  const firstCounterpart = answers.counterparts[0]!.person;
  const reportedIn = answers.kremlinReadout === "reported" ? "kremlin" : answers.counterpartReadout ? "counterpart" : undefined;
  const record: Call = {
    id: answers.id,
    date: answers.date,
    dateCertainty: answers.dateCertainty,
    ...(answers.dateCertainty === "inferred" ? { dateNote: answers.dateNote?.trim() || PLACEHOLDERS.dateNote } : {}),
    mode: answers.mode,
    russians: answers.russians,
    counterparts: answers.counterparts,
    headline: PLACEHOLDERS.headline,
    summary: PLACEHOLDERS.summary,
    readouts: {
      kremlin:
        answers.kremlinReadout === "reported"
          ? {
              status: "reported",
              by: answers.kremlinBy?.trim() || defaultKremlinBy(answers.russians),
              summary: PLACEHOLDERS.kremlinSummary,
              quotes: [{ text: PLACEHOLDERS.quoteText, speaker: PLACEHOLDERS.quoteSpeaker, source: kremlinSources[0]! }],
              sources: kremlinSources,
            }
          : { status: "none-reported", note: PLACEHOLDERS.kremlinNone },
      others: answers.counterpartReadout
        ? [
            {
              id: "counterpart",
              side: "counterpart",
              by: PLACEHOLDERS.counterpartBy,
              summary: PLACEHOLDERS.counterpartSummary,
              quotes: [],
              sources: counterpartSources,
            },
          ]
        : [],
    },
    claims: reportedIn
      ? [
          {
            id: "claim-1",
            statement: PLACEHOLDERS.claim,
            speakers: [reportedIn === "kremlin" ? answers.russians[0]!.person : firstCounterpart],
            kind: "position",
            reportedIn,
            sources: reportedIn === "kremlin" ? kremlinSources : counterpartSources,
          },
        ]
      : [],
    topics: answers.topics,
    events: answers.events,
    sources,
    published: today,
  };
  return {
    record,
    newPeople: answers.newPeople.map((p) => ({ id: p.id, name: p.name, offices: [p.office] })),
    newOffices: answers.newOffices,
    newSources: answers.newSources.map((s) =>
      sourceSchema.parse({
        id: s.id,
        publisher: s.publisher,
        ...(s.headline?.trim() ? { headline: s.headline.trim() } : {}),
        date: s.date,
        url: s.url,
        kind: s.kind,
        language: s.language,
      }),
    ),
  };
}

/** The registries as they will be once the answers given so far are written: for checking the answers still to come. */
export function withAdditions(registries: Registries, additions: Pick<NewCallAnswers, "newPeople" | "newOffices" | "newSources">): Registries {
  const people = registries.people.map((p) => {
    const offices = additions.newOffices.filter((o) => o.person === p.id).map((o) => o.office);
    return offices.length ? { ...p, offices: [...p.offices, ...offices] } : p;
  });
  for (const p of additions.newPeople) people.push({ id: p.id, name: p.name, offices: [p.office] });
  const sources = [...registries.sources, ...additions.newSources.map((s) => ({ ...s }))];
  return { ...registries, people, sources };
}
