/**
 * The accounts of one call, as the permalink sets them side by side: the Kremlin's, the other
 * side's, third parties'; which are missing; which account reports each claim; where they disagree.
 */
import type { Dataset } from "./data/validate";
import type { Call, Claim, Quote } from "./schema";
import { READOUT_SIDE_LABELS, type ReadoutSide } from "./constants";
import { counterpartCountries } from "./calls";

export type Account = {
  status: "reported";
  /** "kremlin", or the id of one of `readouts.others` (what claims' `reportedIn` refers to). */
  id: string;
  side: ReadoutSide;
  /** "Kremlin readout", "Iranian account", "Third-party account". */
  label: string;
  /** Who issued it, as the record says: "Kremlin press service". */
  by: string;
  person?: string;
  summary: string;
  quotes: readonly Quote[];
  sources: readonly string[];
};

/** A side that published nothing our sources report: "No Iranian readout reported". */
export type MissingAccount = { status: "none-reported"; side: "kremlin" | "counterpart"; label: string; note?: string };

export type AccountSlot = Account | MissingAccount;

/** "Iranian" when the counterparts are from one country, else undefined. */
export function counterpartAdjective(dataset: Dataset, call: Call): string | undefined {
  const countries = counterpartCountries(dataset, call);
  return countries.length === 1 ? countries[0]!.adjective : undefined;
}

function sideLabel(side: ReadoutSide, adjective: string | undefined): string {
  if (side === "counterpart" && adjective) return `${adjective} account`;
  return READOUT_SIDE_LABELS[side];
}

/** "Steve Witkoff" from "Steve Witkoff, US special envoy, in a CNBC interview"; "IRNA" from "IRNA (Iranian state news agency)". */
export function shortBy(by: string): string {
  return by.split(/,| \(/)[0]!.trim();
}

/**
 * The label of each of the call's other accounts: "Iranian account", "Third-party account"; where
 * two share a label (the Iranian presidency's and IRNA's), each is told apart by who issued it:
 * "Iranian account: IRNA".
 */
function otherAccountLabels(dataset: Dataset, call: Call): Map<string, string> {
  const adjective = counterpartAdjective(dataset, call);
  const base = call.readouts.others.map((r) => [r, sideLabel(r.side, adjective)] as const);
  const uses = new Map<string, number>();
  for (const [, label] of base) uses.set(label, (uses.get(label) ?? 0) + 1);
  return new Map(base.map(([r, label]) => [r.id, (uses.get(label) ?? 0) > 1 ? `${label}: ${shortBy(r.by)}` : label]));
}

/**
 * The call's accounts in reading order: the Kremlin's (or its absence), the counterpart's (or its
 * absence), then third parties'.
 */
export function callAccounts(dataset: Dataset, call: Call): AccountSlot[] {
  const adjective = counterpartAdjective(dataset, call);
  const labels = otherAccountLabels(dataset, call);
  const slots: AccountSlot[] = [];
  const { kremlin, others } = call.readouts;
  if (kremlin.status === "reported") {
    const { status, by, person, summary, quotes, sources } = kremlin;
    slots.push({ status, id: "kremlin", side: "kremlin", label: READOUT_SIDE_LABELS.kremlin, by, person, summary, quotes, sources });
  } else {
    slots.push({ status: "none-reported", side: "kremlin", label: "No Kremlin readout reported", note: kremlin.note });
  }
  const counterpart = others.filter((r) => r.side === "counterpart");
  if (counterpart.length === 0) {
    slots.push({ status: "none-reported", side: "counterpart", label: `No ${adjective ?? "counterpart"} readout reported` });
  }
  for (const readout of [...counterpart, ...others.filter((r) => r.side === "third-party")]) {
    slots.push({ status: "reported", ...readout, label: labels.get(readout.id) ?? sideLabel(readout.side, adjective) });
  }
  return slots;
}

export type ClaimReporter = { side: ReadoutSide; label: string; by: string };

/** Who reports a claim: the account its `reportedIn` names. */
export function claimReporter(dataset: Dataset, call: Call, claim: Claim): ClaimReporter {
  const { kremlin, others } = call.readouts;
  if (claim.reportedIn === "kremlin" && kremlin.status === "reported") {
    return { side: "kremlin", label: READOUT_SIDE_LABELS.kremlin, by: kremlin.by };
  }
  const readout = others.find((r) => r.id === claim.reportedIn);
  if (!readout) throw new Error(`Dataset invariant broken: claim "${claim.id}" of "${call.id}" names unknown readout "${claim.reportedIn}"`);
  return { side: readout.side, label: otherAccountLabels(dataset, call).get(readout.id) ?? READOUT_SIDE_LABELS[readout.side], by: readout.by };
}

export type Disagreement = { number: number; note: string; claims: { claim: Claim; reporter: ClaimReporter }[] };

/** The record's disagreements with their claims resolved, numbered from 1. */
export function callDisagreements(dataset: Dataset, call: Call): Disagreement[] {
  const byId = new Map(call.claims.map((c) => [c.id, c]));
  return (call.disagreements ?? []).map((d, i) => ({
    number: i + 1,
    note: d.note,
    claims: d.claims.flatMap((id) => {
      const claim = byId.get(id);
      return claim ? [{ claim, reporter: claimReporter(dataset, call, claim) }] : [];
    }),
  }));
}

/** For each disputed claim, the numbers of the disagreements it belongs to. */
export function disputedClaims(call: Call): Map<string, number[]> {
  const map = new Map<string, number[]>();
  (call.disagreements ?? []).forEach((d, i) => {
    for (const id of d.claims) map.set(id, [...(map.get(id) ?? []), i + 1]);
  });
  return map;
}
