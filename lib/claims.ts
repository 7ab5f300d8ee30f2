/**
 * The claims ledger: every claim of every call, with the account that reports it and the call's
 * counterpart countries, filterable by speaker, kind, reporter, country and topic.
 */
import type { Dataset } from "./data/validate";
import type { Call, Claim, Person } from "./schema";
import { CLAIM_KINDS, CLAIM_KIND_LABELS, READOUT_SIDES, READOUT_SIDE_LABELS, type ClaimKind, type ReadoutSide } from "./constants";
import { counterpartCountries } from "./calls";
import { listCounterpartCountries } from "./countries";
import { personSide } from "./leaders";
import { claimReporter, type ClaimReporter } from "./readouts";

export type ClaimEntry = {
  call: Call;
  claim: Claim;
  reporter: ClaimReporter;
  /** The call's counterpart countries (ISO codes). */
  countries: readonly string[];
};

/** The people who made a claim, in the record's order. */
export function claimSpeakers(dataset: Dataset, claim: Claim): Person[] {
  return claim.speakers.flatMap((id) => dataset.personById.get(id) ?? []);
}

export type ClaimFilters = {
  speaker: readonly string[];
  kind: readonly ClaimKind[];
  reportedBy: readonly ReadoutSide[];
  country: readonly string[];
  topic: readonly string[];
};

export type ClaimFilterKey = keyof ClaimFilters;
export const CLAIM_FILTER_KEYS = ["speaker", "kind", "reportedBy", "country", "topic"] as const satisfies readonly ClaimFilterKey[];

export const NO_CLAIM_FILTERS: ClaimFilters = { speaker: [], kind: [], reportedBy: [], country: [], topic: [] };

type Ledger = { entries: readonly ClaimEntry[]; bySpeaker: ReadonlyMap<string, readonly ClaimEntry[]> };
const ledgers = new WeakMap<Dataset, Ledger>();

/** Every claim, newest call first (claims in record order within a call), built once per dataset. */
export function claimLedger(dataset: Dataset): Ledger {
  const cached = ledgers.get(dataset);
  if (cached) return cached;
  const entries: ClaimEntry[] = [];
  const bySpeaker = new Map<string, ClaimEntry[]>();
  for (let i = dataset.calls.length - 1; i >= 0; i--) {
    const call = dataset.calls[i]!;
    const countries = counterpartCountries(dataset, call).map((c) => c.code);
    for (const claim of call.claims) {
      const entry: ClaimEntry = { call, claim, reporter: claimReporter(dataset, call, claim), countries };
      entries.push(entry);
      for (const speaker of new Set(claim.speakers)) {
        const list = bySpeaker.get(speaker);
        if (list) list.push(entry);
        else bySpeaker.set(speaker, [entry]);
      }
    }
  }
  const ledger = { entries, bySpeaker };
  ledgers.set(dataset, ledger);
  return ledger;
}

/** The values an entry has for one filter (a claim has several speakers, a call several topics). */
function valuesOf(entry: ClaimEntry, key: ClaimFilterKey): readonly string[] {
  switch (key) {
    case "speaker":
      return entry.claim.speakers;
    case "kind":
      return [entry.claim.kind];
    case "reportedBy":
      return [entry.reporter.side];
    case "country":
      return entry.countries;
    case "topic":
      return entry.call.topics;
  }
}

/** Any of a filter's values matches (OR); every filter must match (AND); an empty filter matches all. */
function matches(entry: ClaimEntry, filters: ClaimFilters, key: ClaimFilterKey): boolean {
  const wanted: readonly string[] = filters[key];
  return wanted.length === 0 || valuesOf(entry, key).some((v) => wanted.includes(v));
}

export function filterClaims(entries: readonly ClaimEntry[], filters: ClaimFilters): ClaimEntry[] {
  return entries.filter((entry) => CLAIM_FILTER_KEYS.every((key) => matches(entry, filters, key)));
}

export type ClaimFacetCounts = Record<ClaimFilterKey, Map<string, number>>;

/**
 * For each filter, how many claims each of its values would give with the other filters as they
 * are: the counts beside the options of the form. One pass over the entries.
 */
export function claimFacetCounts(entries: readonly ClaimEntry[], filters: ClaimFilters): ClaimFacetCounts {
  const counts: ClaimFacetCounts = { speaker: new Map(), kind: new Map(), reportedBy: new Map(), country: new Map(), topic: new Map() };
  const tally = (entry: ClaimEntry, key: ClaimFilterKey) => {
    for (const value of new Set(valuesOf(entry, key))) counts[key].set(value, (counts[key].get(value) ?? 0) + 1);
  };
  for (const entry of entries) {
    const failing = CLAIM_FILTER_KEYS.filter((key) => !matches(entry, filters, key));
    if (failing.length === 0) CLAIM_FILTER_KEYS.forEach((key) => tally(entry, key));
    else if (failing.length === 1) tally(entry, failing[0]!);
  }
  return counts;
}

export type Page<T> = { items: T[]; page: number; pageCount: number; total: number; start: number };

/** One page of `items` (1-based). A page past the end gives the last page; callers compare `page` to say so. */
export function paginate<T>(items: readonly T[], page: number, size: number): Page<T> {
  const pageCount = Math.max(1, Math.ceil(items.length / size));
  const current = Math.min(Math.max(1, page), pageCount);
  const start = (current - 1) * size;
  return { items: items.slice(start, start + size), page: current, pageCount, total: items.length, start };
}

export type ClaimFilterOption = { value: string; label: string; group?: string };

/**
 * The values each filter accepts, with their labels: every person (Russian officials first, by
 * name), the kinds and reporters of the vocabulary, the counterpart countries, every topic. The
 * form shows these and the query parser accepts exactly these.
 */
export function claimFilterOptions(dataset: Dataset): Record<ClaimFilterKey, ClaimFilterOption[]> {
  const people = [...dataset.people].sort((a, b) => a.name.localeCompare(b.name));
  const person = (group: string) => (p: Person) => ({ value: p.id, label: p.name, group });
  return {
    speaker: [
      ...people.filter((p) => personSide(p) === "russia").map(person("Russian officials")),
      ...people.filter((p) => personSide(p) !== "russia").map(person("Counterparts and others")),
    ],
    kind: CLAIM_KINDS.map((kind) => ({ value: kind, label: CLAIM_KIND_LABELS[kind] })),
    reportedBy: READOUT_SIDES.map((side) => ({ value: side, label: READOUT_SIDE_LABELS[side] })),
    country: listCounterpartCountries(dataset)
      .sort((a, b) => a.name.localeCompare(b.name))
      .map((c) => ({ value: c.code, label: c.name })),
    topic: [...dataset.topics].sort((a, b) => a.label.localeCompare(b.label)).map((t) => ({ value: t.id, label: t.label })),
  };
}

/** Each filter's values mapped to their labels, for the active-filter chips. */
export function claimOptionLabels(options: Record<ClaimFilterKey, readonly ClaimFilterOption[]>): Record<ClaimFilterKey, Map<string, string>> {
  const labels = (key: ClaimFilterKey) => new Map(options[key].map((o) => [o.value, o.label]));
  return { speaker: labels("speaker"), kind: labels("kind"), reportedBy: labels("reportedBy"), country: labels("country"), topic: labels("topic") };
}
