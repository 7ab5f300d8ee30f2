/**
 * The sourcing questions the health report asks of each call and source, answered by the
 * dataset's own derivations (lib/sourcing.ts, lib/leads.ts), so the report and the pages agree.
 */
import type { Dataset } from "../data/validate";
import type { Call, Lead, Source } from "../schema";
import { callSourcing } from "../sourcing";

/** A call that rests on one independent report (an agency's copy on several sites counts once; low-reliability pages do not count). */
export function isSingleSource(dataset: Dataset, call: Call): boolean {
  return callSourcing(dataset, call).singleSource;
}

/** Whether the counterpart's side gave an account of the call (its office, its ministry). */
export function hasCounterpartAccount(dataset: Dataset, call: Call): boolean {
  const { accounts } = callSourcing(dataset, call);
  return accounts === "both-sides" || accounts === "counterpart-only";
}

/** A source marked as of low reliability (auto-generated, SEO, aggregator pages). */
export function isLowReliability(source: Source): boolean {
  return source.lowReliability !== undefined;
}

export type WaitingLead = Pick<Lead, "id" | "date" | "dateText" | "who" | "claimed" | "sources">;

/** The leads still waiting for confirmation (status "open"), in the register's order. */
export function waitingLeads(dataset: Dataset): WaitingLead[] {
  return dataset.leads.filter((lead) => lead.status === "open");
}
