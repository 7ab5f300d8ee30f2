/**
 * An in-memory index over a dataset's calls for fast filtering: the calls' positions (in
 * `dataset.calls`, oldest first) per country, person and topic, and an inverted word index for
 * free-text search. Built once per dataset and cached.
 */
import type { Dataset } from "../data/validate";
import type { Call } from "../schema";
import { tokenize } from "../text";
import type { Level } from "../constants";
import { levelsOfCall } from "../views/levels";
import { callSourcing, matchesSourcing, SOURCING_FILTERS, type SourcingFilter } from "../sourcing";

export type CallIndex = {
  size: number;
  dates: readonly string[];
  byCountry: ReadonlyMap<string, Uint32Array>;
  byPerson: ReadonlyMap<string, Uint32Array>;
  byTopic: ReadonlyMap<string, Uint32Array>;
  /** Calls with a participant (either side) of each seniority level. */
  byLevel: ReadonlyMap<Level, Uint32Array>;
  /** Positions per `sourcing` filter value (single-source, both-sides, ...). */
  bySourcing: ReadonlyMap<SourcingFilter, Uint32Array>;
  /** Every word that occurs, folded and sorted, with the positions of the calls it occurs in. */
  words: readonly string[];
  postings: readonly Uint32Array[];
};

const cache = new WeakMap<Dataset, CallIndex>();

/** The text a call is found by: headline, summary, readouts, quotes, claims, notes, and its people, countries and topics. */
export function searchableText(dataset: Dataset, call: Call): string {
  const parts: string[] = [call.headline, call.summary];
  const kremlin = call.readouts.kremlin;
  if (kremlin.status === "reported") parts.push(kremlin.by, kremlin.summary, ...kremlin.quotes.map((q) => q.text));
  else parts.push(kremlin.note);
  for (const r of call.readouts.others) parts.push(r.by, r.summary, ...r.quotes.map((q) => q.text));
  for (const claim of call.claims) parts.push(claim.statement);
  parts.push(...(call.notes ?? []));
  for (const p of [...call.russians, ...call.counterparts]) {
    const person = dataset.personById.get(p.person);
    if (person) parts.push(person.name, person.nativeName ?? "", ...(person.aliases ?? []));
    const office = person?.offices.find((o) => o.id === p.office);
    if (office) parts.push(office.title, dataset.countryByCode.get(office.country)?.name ?? "");
  }
  for (const t of call.topics) parts.push(dataset.topicById.get(t)?.label ?? "");
  return parts.join("\n");
}

function positions(dataset: Dataset, map: ReadonlyMap<string, readonly Call[]>, positionOf: Map<Call, number>) {
  const out = new Map<string, Uint32Array>();
  for (const [key, calls] of map) out.set(key, Uint32Array.from(calls, (c) => positionOf.get(c) ?? 0));
  return out;
}

export function getCallIndex(dataset: Dataset): CallIndex {
  const cached = cache.get(dataset);
  if (cached) return cached;
  const positionOf = new Map(dataset.calls.map((c, i) => [c, i]));
  const wordCalls = new Map<string, number[]>();
  const levelCalls = new Map<Level, number[]>();
  dataset.calls.forEach((call, i) => {
    for (const level of levelsOfCall(dataset, call)) {
      const list = levelCalls.get(level);
      if (list) list.push(i);
      else levelCalls.set(level, [i]);
    }
    for (const word of new Set(tokenize(searchableText(dataset, call)))) {
      const list = wordCalls.get(word);
      if (list) list.push(i);
      else wordCalls.set(word, [i]);
    }
  });
  const words = [...wordCalls.keys()].sort();
  const index: CallIndex = {
    size: dataset.calls.length,
    dates: dataset.calls.map((c) => c.date),
    byCountry: positions(dataset, dataset.callsByCountry, positionOf),
    byPerson: positions(dataset, dataset.callsByPerson, positionOf),
    byTopic: positions(dataset, dataset.callsByTopic, positionOf),
    byLevel: new Map([...levelCalls].map(([level, list]) => [level, Uint32Array.from(list)])),
    bySourcing: new Map(
      SOURCING_FILTERS.map(({ value }) => {
        const matching: number[] = [];
        dataset.calls.forEach((call, i) => {
          if (matchesSourcing(callSourcing(dataset, call), value)) matching.push(i);
        });
        return [value, Uint32Array.from(matching)];
      }),
    ),
    words,
    postings: words.map((w) => Uint32Array.from(wordCalls.get(w) ?? [])),
  };
  cache.set(dataset, index);
  return index;
}
