/**
 * The sourcing questions the health report asks of each call and source. Small functions on
 * purpose: where the dataset derives these itself (sourcing strength, source reliability, leads),
 * the report should ask the dataset, and these are the only lines to change.
 */
import type { Dataset } from "../data/validate";
import type { Call, Source } from "../schema";

/** The distinct publishers a call's sources come from: a rough count of independent reports. */
export function independentOutlets(dataset: Dataset, call: Call): number {
  return new Set(call.sources.map((id) => dataset.sourceById.get(id)?.publisher ?? id)).size;
}

/** A call that rests on one outlet's reporting. */
export function isSingleSource(dataset: Dataset, call: Call): boolean {
  return independentOutlets(dataset, call) <= 1;
}

/** Whether the counterpart's side gave an account of the call (its office, its ministry). */
export function hasCounterpartAccount(call: Call): boolean {
  return call.readouts.others.some((readout) => readout.side === "counterpart");
}

/** A source marked as of low reliability (auto-generated, SEO, aggregator pages), where the registry records it. */
export function isLowReliability(source: Source): boolean {
  return "lowReliability" in source && source.lowReliability === true;
}

/** A reported call not (yet) in the record: what the report lists as "waiting". */
export type WaitingLead = { id: string; date?: string; summary: string; sources: readonly string[] };

/**
 * The leads waiting for confirmation, or undefined while the dataset keeps no register of leads
 * (data/leads.json, issue 12): the report then says the figure is not recorded, rather than 0.
 */
export function waitingLeads(dataset: Dataset): WaitingLead[] | undefined {
  void dataset;
  return undefined;
}
