/**
 * Derived views of people (Russian officials and their counterparts): offices over time, the side
 * and country they belong to, and the people they spoke with. Pure functions over the dataset.
 */
import type { Dataset } from "./data/validate";
import { compareCalls, heldOn } from "./data/validate";
import type { Call, Country, Office, Person } from "./schema";
import { RUSSIA } from "./constants";
import { formatDate } from "./format";

export type Side = "russia" | "counterpart";

/** The office the person held on `date`, if the registry records one. */
export function officeOn(person: Person, date: string): Office | undefined {
  return person.offices.find((office) => heldOn(office, date));
}

/**
 * The office that describes the person now: one still open (no `to`) with the latest start,
 * else the one that ended last.
 */
export function latestOffice(person: Person): Office {
  const open = person.offices.filter((o) => o.to === undefined);
  const candidates = open.length > 0 ? open : person.offices;
  return candidates.reduce((best, office) => {
    const key = (o: Office) => (open.length > 0 ? (o.from ?? "") : (o.to ?? ""));
    return key(office) > key(best) ? office : best;
  });
}

/** Offices in the order they were held (open starts first, then by start date). */
export function officesInOrder(person: Person): Office[] {
  return [...person.offices].sort((a, b) => (a.from ?? "").localeCompare(b.from ?? "") || (a.to ?? "9").localeCompare(b.to ?? "9"));
}

/** The person's country and side, from their latest office. */
export function personCountry(dataset: Dataset, person: Person): Country | undefined {
  return dataset.countryByCode.get(latestOffice(person).country);
}

export function personSide(person: Person): Side {
  return latestOffice(person).country === RUSSIA ? "russia" : "counterpart";
}

/** The side the person was on in this call, or undefined when they were not a participant. */
export function sideInCall(call: Call, personId: string): Side | undefined {
  if (call.russians.some((p) => p.person === personId)) return "russia";
  if (call.counterparts.some((p) => p.person === personId)) return "counterpart";
  return undefined;
}

export type CallSpan = { count: number; first?: Call; last?: Call };

export function callSpan(calls: readonly Call[]): CallSpan {
  const first = calls[0];
  const last = calls.at(-1);
  return { count: calls.length, ...(first ? { first } : {}), ...(last ? { last } : {}) };
}

export type Interlocutor = { person: Person; count: number; first: Call; last: Call };

/**
 * The people on the other side of this person's calls, with how often and when: for Putin, each
 * counterpart; for a counterpart, the Russian officials. Most calls first, then most recent.
 */
export function interlocutors(dataset: Dataset, personId: string): Interlocutor[] {
  const byId = new Map<string, Interlocutor>();
  for (const call of dataset.callsByPerson.get(personId) ?? []) {
    const side = sideInCall(call, personId);
    const others = side === "russia" ? call.counterparts : call.russians;
    for (const { person: otherId } of others) {
      const entry = byId.get(otherId);
      if (entry) {
        entry.count++;
        entry.last = call;
      } else {
        const person = dataset.personById.get(otherId);
        if (person) byId.set(otherId, { person, count: 1, first: call, last: call });
      }
    }
  }
  return [...byId.values()].sort((a, b) => b.count - a.count || compareCalls(b.last, a.last) || a.person.name.localeCompare(b.person.name));
}

/** How many of them a leader's page lists: the page stays bounded however many people the record names. */
export const INTERLOCUTORS_SHOWN = 30;

/** The first `limit` of a person's interlocutors (most calls first), and how many more there are. */
export function shownInterlocutors(list: readonly Interlocutor[], limit = INTERLOCUTORS_SHOWN): { shown: Interlocutor[]; hidden: number } {
  return { shown: list.slice(0, limit), hidden: Math.max(0, list.length - limit) };
}

export type PersonEntry = { person: Person; country?: Country; calls: number };
export type CountryGroup = { country: Country; people: PersonEntry[] };

/**
 * Everyone in the registry, split by side, counterparts grouped by country (countries by name,
 * people by number of calls, then name).
 */
export function peopleBySide(dataset: Dataset): { russia: PersonEntry[]; counterparts: CountryGroup[] } {
  const byCalls = (a: PersonEntry, b: PersonEntry) => b.calls - a.calls || a.person.name.localeCompare(b.person.name);
  const russia: PersonEntry[] = [];
  const groups = new Map<string, CountryGroup>();
  for (const person of dataset.people) {
    const country = personCountry(dataset, person);
    const entry: PersonEntry = { person, ...(country ? { country } : {}), calls: dataset.callsByPerson.get(person.id)?.length ?? 0 };
    if (personSide(person) === "russia") russia.push(entry);
    else if (country) {
      const group = groups.get(country.code) ?? { country, people: [] };
      group.people.push(entry);
      groups.set(country.code, group);
    }
  }
  const counterparts = [...groups.values()].sort((a, b) => a.country.name.localeCompare(b.country.name));
  for (const group of counterparts) group.people.sort(byCalls);
  return { russia: russia.sort(byCalls), counterparts };
}

/**
 * The language of a person's native-script name, guessed from their country (for `lang` on the
 * page, so screen readers and fonts treat it right). The registry records no language; a country
 * missing here leaves the name untagged rather than wrongly tagged.
 */
const NATIVE_LANGUAGE: Record<string, string> = {
  RU: "ru",
  IR: "fa",
  IL: "he",
  CN: "zh-Hans",
  TR: "tr",
  FR: "fr",
  HU: "hu",
  ...Object.fromEntries(["AE", "BH", "EG", "IQ", "JO", "KW", "OM", "QA", "SA", "SY"].map((code) => [code, "ar"])),
};

export function nativeNameLanguage(person: Person): string | undefined {
  return NATIVE_LANGUAGE[latestOffice(person).country];
}

/** "from 20 January 2025", "until 19 May 2024", "20 January 2025 – 19 May 2026", or "" when no dates are recorded. */
export function officeSpan(office: Office): string {
  if (office.from && office.to) return `${formatDate(office.from)} – ${formatDate(office.to)}`;
  if (office.from) return `from ${formatDate(office.from)}`;
  if (office.to) return `until ${formatDate(office.to)}`;
  return "";
}
