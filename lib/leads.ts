/** Leads: calls a page reports but that do not meet the bar of a record (see data/leads.json). */
import type { Dataset } from "./data/validate";
import type { Lead, Source } from "./schema";

export type LeadView = Lead & { sourceEntries: Source[] };

/** Open leads first, then confirmed and rejected; within each, newest first, undated last. */
export function listLeads(dataset: Dataset): LeadView[] {
  const rank = { open: 0, confirmed: 1, rejected: 2 } as const;
  return [...dataset.leads]
    .sort((a, b) => rank[a.status] - rank[b.status] || (b.date ?? "").localeCompare(a.date ?? "") || a.id.localeCompare(b.id))
    .map((lead) => ({ ...lead, sourceEntries: lead.sources.flatMap((id) => dataset.sourceById.get(id) ?? []) }));
}

/** How many leads still wait for confirmation. */
export function openLeadCount(dataset: Dataset): number {
  return dataset.leads.filter((lead) => lead.status === "open").length;
}
