/**
 * How well a call is sourced, derived from its record: which sides' own accounts exist, how many
 * independent outlets report it, and how many of its pages are of low reliability. Shown where a
 * reader decides whether to trust a call (timeline rows, the permalink's facts) and carried in the
 * exports.
 */
import type { Dataset } from "./data/validate";
import type { Call, Source } from "./schema";
import { counterpartAdjective, shortBy } from "./readouts";
import { formatList, plural } from "./format";

/** Which sides published their own account of the call. */
export const SOURCING_ACCOUNTS = ["both-sides", "russian-only", "counterpart-only", "neither"] as const;
export type SourcingAccounts = (typeof SOURCING_ACCOUNTS)[number];

/** The timeline's `sourcing` filter values, with what each means (the filter form and the docs read this table). */
export const SOURCING_FILTERS = [
  { value: "single-source", label: "One report only" },
  { value: "both-sides", label: "Both sides' accounts" },
  { value: "russian-only", label: "Russian account only" },
  { value: "counterpart-only", label: "Counterpart's account only" },
] as const;
export type SourcingFilter = (typeof SOURCING_FILTERS)[number]["value"];

export type Sourcing = {
  accounts: SourcingAccounts;
  /** Who issued the Russian account ("Kremlin press service"), when there is one. */
  russianBy?: string;
  /** Who issued the counterpart side's accounts ("Iranian presidency"). */
  counterpartBy: string[];
  /** Accounts by third parties (a US envoy on television, a mediator). */
  thirdPartyAccounts: number;
  /**
   * Independent reports: the distinct outlets among the call's pages that are not of low
   * reliability. An agency's story carried by several sites counts once, as the agency.
   */
  reports: number;
  /** Pages of low reliability among the call's sources (not counted in `reports`). */
  lowReliability: number;
  /** Exactly one independent report. */
  singleSource: boolean;
};

/** The outlet a page stands for: the agency whose copy it carries, else its publisher. */
export function outletOf(source: Source): string {
  return (source.via ?? source.publisher).trim().toLowerCase();
}

const cache = new WeakMap<Call, Sourcing>();

export function callSourcing(dataset: Dataset, call: Call): Sourcing {
  const cached = cache.get(call);
  if (cached) return cached;
  const kremlin = call.readouts.kremlin;
  const counterpartBy = [...new Set(call.readouts.others.filter((r) => r.side === "counterpart").map((r) => shortBy(r.by)))];
  const russian = kremlin.status === "reported";
  const accounts: SourcingAccounts =
    russian && counterpartBy.length ? "both-sides" : russian ? "russian-only" : counterpartBy.length ? "counterpart-only" : "neither";
  const outlets = new Set<string>();
  let lowReliability = 0;
  for (const id of call.sources) {
    const source = dataset.sourceById.get(id);
    if (!source) continue;
    if (source.lowReliability) lowReliability++;
    else outlets.add(outletOf(source));
  }
  const sourcing: Sourcing = {
    accounts,
    ...(russian ? { russianBy: shortBy(kremlin.by) } : {}),
    counterpartBy,
    thirdPartyAccounts: call.readouts.others.filter((r) => r.side === "third-party").length,
    reports: outlets.size,
    lowReliability,
    singleSource: outlets.size === 1,
  };
  cache.set(call, sourcing);
  return sourcing;
}

export function matchesSourcing(sourcing: Sourcing, filter: SourcingFilter): boolean {
  return filter === "single-source" ? sourcing.singleSource : sourcing.accounts === filter;
}

/** "1 report · one report only", "6 reports". */
function reportsText(sourcing: Sourcing): string {
  return sourcing.singleSource ? "one report only" : plural(sourcing.reports, "report");
}

/**
 * The compact line on a timeline row: "Russian and Iranian accounts · 6 reports",
 * "Iranian account only · one report only".
 */
export function sourcingLine(dataset: Dataset, call: Call): string {
  const sourcing = callSourcing(dataset, call);
  const adjective = counterpartAdjective(dataset, call) ?? "counterpart";
  const accounts = {
    "both-sides": `Russian and ${adjective} accounts`,
    "russian-only": "Russian account only",
    "counterpart-only": `${adjective[0]!.toUpperCase()}${adjective.slice(1)} account only`,
    neither: "No official account",
  }[sourcing.accounts];
  return `${accounts} · ${reportsText(sourcing)}`;
}

/**
 * The fuller line in a permalink's facts, naming who issued each account:
 * "Kremlin press service and Iranian presidency accounts · 6 independent reports · 1 low-reliability page not counted".
 */
export function sourcingDetail(dataset: Dataset, call: Call): string {
  const sourcing = callSourcing(dataset, call);
  const issuers = [...(sourcing.russianBy ? [sourcing.russianBy] : []), ...sourcing.counterpartBy];
  const accounts =
    issuers.length === 0
      ? "No account by either side"
      : `${formatList(issuers)} ${issuers.length === 1 ? "account" : "accounts"}${sourcing.accounts === "both-sides" ? "" : ` only (${sourcing.russianBy ? "none from the other side" : "none from the Russian side"})`}`;
  const parts = [accounts, sourcing.singleSource ? "one report only" : plural(sourcing.reports, "independent report")];
  if (sourcing.thirdPartyAccounts) parts.push(plural(sourcing.thirdPartyAccounts, "third-party account"));
  if (sourcing.lowReliability) parts.push(`${plural(sourcing.lowReliability, "low-reliability page")} not counted`);
  return parts.join(" · ");
}
