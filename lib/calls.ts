/**
 * Pure views of a call over the dataset: its participants resolved to people, offices and
 * countries. The dataset has been validated, so every reference resolves; `resolve` turns a
 * broken invariant into a loud error instead of an `undefined` that renders as nothing.
 */
import type { Dataset } from "./data/validate";
import type { Call, Country, Office, Participant, Person } from "./schema";
import type { Level } from "./constants";
import { levelPairLabel } from "./views/levels";
import { callSourcing, sourcingLine } from "./sourcing";

export type ResolvedParticipant = {
  person: Person;
  office: Office;
  country: Country;
  /** How the source named the person when it gave only the office. */
  namedAs?: string;
};

function resolve<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new Error(`Dataset invariant broken: ${what} does not resolve`);
  return value;
}

export function resolveParticipant(dataset: Dataset, participant: Participant): ResolvedParticipant {
  const person = resolve(dataset.personById.get(participant.person), `person "${participant.person}"`);
  const office = resolve(
    person.offices.find((o) => o.id === participant.office),
    `office "${participant.office}" of "${person.id}"`,
  );
  const country = resolve(dataset.countryByCode.get(office.country), `country "${office.country}"`);
  return { person, office, country, ...(participant.namedAs ? { namedAs: participant.namedAs } : {}) };
}

export function resolveParticipants(dataset: Dataset, call: Call) {
  return {
    russians: call.russians.map((p) => resolveParticipant(dataset, p)),
    counterparts: call.counterparts.map((p) => resolveParticipant(dataset, p)),
  };
}

/** The counterparts' countries, each once, in the order the record lists them. */
export function counterpartCountries(dataset: Dataset, call: Call): Country[] {
  const seen = new Map<string, Country>();
  for (const p of call.counterparts) {
    const { country } = resolveParticipant(dataset, p);
    seen.set(country.code, country);
  }
  return [...seen.values()];
}

export type ParticipantView = { id: string; name: string; office: string; level: Level; countryCode: string; countryName: string };

/** What a row in a list of calls shows (timeline, leader and country pages, home). */
export type CallRowView = {
  id: string;
  date: string;
  dateCertainty: Call["dateCertainty"];
  dateNote?: string;
  mode: Call["mode"];
  /** The participants' levels in words, Russian side first ("Leaders", "Foreign minister with leader"). */
  levels: string;
  headline: string;
  russians: ParticipantView[];
  counterparts: ParticipantView[];
  topics: { id: string; label: string }[];
  /** "Russian and Iranian accounts · 6 reports", and whether one report only carries the call. */
  sourcing: { line: string; singleSource: boolean };
};

function participantView(dataset: Dataset, p: Participant): ParticipantView {
  const r = resolveParticipant(dataset, p);
  return { id: r.person.id, name: r.person.name, office: r.office.title, level: r.office.level, countryCode: r.country.code, countryName: r.country.name };
}

export function toCallRowView(dataset: Dataset, call: Call): CallRowView {
  const russians = call.russians.map((p) => participantView(dataset, p));
  const counterparts = call.counterparts.map((p) => participantView(dataset, p));
  return {
    id: call.id,
    date: call.date,
    dateCertainty: call.dateCertainty,
    ...(call.dateNote ? { dateNote: call.dateNote } : {}),
    mode: call.mode,
    levels: levelPairLabel({ russians: russians.map((p) => p.level), counterparts: counterparts.map((p) => p.level) }),
    headline: call.headline,
    russians,
    counterparts,
    topics: call.topics.map((id) => ({ id, label: resolve(dataset.topicById.get(id), `topic "${id}"`).label })),
    sourcing: { line: sourcingLine(dataset, call), singleSource: callSourcing(dataset, call).singleSource },
  };
}
