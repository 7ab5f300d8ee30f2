/**
 * Derived views of counterpart countries: their calls, their leaders, the Russian officials who
 * spoke with them and the topics raised. Pure functions over the dataset.
 */
import type { Dataset } from "./data/validate";
import type { Call, Country, Person, Topic } from "./schema";
import { RUSSIA } from "./constants";

export type Tally<T> = { item: T; count: number };

export type CountrySummary = {
  country: Country;
  /** Calls with a counterpart from this country, oldest first. */
  calls: readonly Call[];
  /** Every person who held an office of this country, with their calls with Russian officials. */
  leaders: Tally<Person>[];
  /** The Russian officials on these calls. */
  russians: Tally<Person>[];
  topics: Tally<Topic>[];
};

/** A country is a counterpart country when it is not Russia and at least one call has a counterpart from it. */
export function isCounterpartCountry(dataset: Dataset, code: string): boolean {
  return code !== RUSSIA && (dataset.callsByCountry.get(code)?.length ?? 0) > 0;
}

/** The counterpart countries, most calls first, then by name. */
export function listCounterpartCountries(dataset: Dataset): Country[] {
  return [...dataset.callsByCountry.keys()]
    .filter((code) => isCounterpartCountry(dataset, code))
    .map((code) => dataset.countryByCode.get(code))
    .filter((country): country is Country => country !== undefined)
    .sort((a, b) => callCount(dataset, b.code) - callCount(dataset, a.code) || a.name.localeCompare(b.name));
}

function callCount(dataset: Dataset, code: string): number {
  return dataset.callsByCountry.get(code)?.length ?? 0;
}

function sortTallies<T>(tallies: Iterable<Tally<T>>, name: (item: T) => string): Tally<T>[] {
  return [...tallies].sort((a, b) => b.count - a.count || name(a.item).localeCompare(name(b.item)));
}

function count<T>(map: Map<string, Tally<T>>, id: string, item: T | undefined) {
  if (!item) return;
  const tally = map.get(id);
  if (tally) tally.count++;
  else map.set(id, { item, count: 1 });
}

/** Everything a country page shows, or undefined when `code` is not a counterpart country. */
export function countrySummary(dataset: Dataset, code: string): CountrySummary | undefined {
  const country = dataset.countryByCode.get(code);
  if (!country || !isCounterpartCountry(dataset, code)) return undefined;
  const calls = dataset.callsByCountry.get(code) ?? [];
  const leaders = new Map<string, Tally<Person>>();
  const russians = new Map<string, Tally<Person>>();
  const topics = new Map<string, Tally<Topic>>();
  for (const person of dataset.people) {
    if (person.offices.some((o) => o.country === code)) leaders.set(person.id, { item: person, count: 0 });
  }
  for (const call of calls) {
    for (const participant of call.counterparts) {
      const person = dataset.personById.get(participant.person);
      const office = person?.offices.find((o) => o.id === participant.office);
      if (office?.country === code) count(leaders, participant.person, person);
    }
    for (const participant of call.russians) count(russians, participant.person, dataset.personById.get(participant.person));
    for (const topic of call.topics) count(topics, topic, dataset.topicById.get(topic));
  }
  const byName = (p: Person) => p.name;
  return {
    country,
    calls,
    leaders: sortTallies(leaders.values(), byName),
    russians: sortTallies(russians.values(), byName),
    topics: sortTallies(topics.values(), (t) => t.label),
  };
}
