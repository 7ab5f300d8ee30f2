/**
 * The record's health in figures, for curators (`npm run report`) and readers (/about): where the
 * calls fall by month and official, and where the sourcing is thin — calls on one outlet's word,
 * calls without the counterpart's account, low-reliability sources, leads waiting, sources nothing
 * cites, and records that cite a source which appeared after they were published without a
 * correction since. Pure: a function of the dataset and nothing else.
 */
import type { Dataset } from "../data/validate";
import { RUSSIA } from "../constants";
import type { Call } from "../schema";
import { hasCounterpartAccount, isLowReliability, isSingleSource, waitingLeads, type WaitingLead } from "./sourcing";

export type CallRef = { id: string; date: string; headline: string };
export type SourceRef = { id: string; publisher: string; date?: string };

export type Health = {
  version: string;
  calls: number;
  sources: number;
  /** Russian officials by number of calls, most first (ties by name). */
  officials: { id: string; name: string; calls: number }[];
  /** Every month from the first call to the last, empty months included: calls in all and per official (ids as in `officials`). */
  months: { month: string; calls: number; byOfficial: Record<string, number> }[];
  /** Calls that rest on one independent report. */
  singleSource: CallRef[];
  /** Calls with no account from the counterpart's side. */
  withoutCounterpartAccount: CallRef[];
  /** Sources marked as of low reliability, with the number of calls citing each, most cited first. */
  lowReliabilitySources: (SourceRef & { calls: number })[];
  /** Leads waiting for confirmation (open leads in data/leads.json). */
  leadsWaiting: WaitingLead[];
  /** Sources in the registry that no call, event or office cites. */
  uncitedSources: SourceRef[];
  /** Sources that only events, offices or leads cite, no call. */
  citedByNoCall: SourceRef[];
  /** Records citing a source dated after the record was first published, with no correction dated on or after it. */
  notCorrectedSinceLaterSource: (CallRef & { published: string; laterSources: SourceRef[] })[];
  /** Records none of whose sources is dated, so that the question above cannot be answered for them. */
  undatedSourcesOnly: CallRef[];
};

const callRef = (call: Call): CallRef => ({ id: call.id, date: call.date, headline: call.headline });

/** Newest first, as the timeline lists calls. */
const newestFirst = (calls: readonly Call[]) => [...calls].reverse();

function monthsBetween(first: string, last: string): string[] {
  const months: string[] = [];
  let [year, month] = first.split("-").map(Number) as [number, number];
  const end = last.slice(0, 7);
  for (;;) {
    const key = `${year}-${String(month).padStart(2, "0")}`;
    months.push(key);
    if (key >= end) return months;
    month = month === 12 ? 1 : month + 1;
    if (month === 1) year++;
  }
}

export function recordHealth(dataset: Dataset): Health {
  const { calls } = dataset;
  const sourceRef = (id: string): SourceRef => {
    const source = dataset.sourceById.get(id);
    return { id, publisher: source?.publisher ?? id, ...(source?.date ? { date: source.date } : {}) };
  };

  const officialCalls = new Map<string, number>();
  const months = new Map<string, { calls: number; byOfficial: Record<string, number> }>();
  if (calls.length) for (const month of monthsBetween(calls[0]!.date, calls.at(-1)!.date)) months.set(month, { calls: 0, byOfficial: {} });
  const citedByCall = new Map<string, number>();
  for (const call of calls) {
    const bin = months.get(call.date.slice(0, 7))!;
    bin.calls++;
    for (const { person } of call.russians) {
      officialCalls.set(person, (officialCalls.get(person) ?? 0) + 1);
      bin.byOfficial[person] = (bin.byOfficial[person] ?? 0) + 1;
    }
    for (const id of call.sources) citedByCall.set(id, (citedByCall.get(id) ?? 0) + 1);
  }
  const nameOf = (id: string) => dataset.personById.get(id)?.name ?? id;
  const officials = [...officialCalls]
    .filter(([id]) => dataset.personById.get(id)?.offices.some((o) => o.country === RUSSIA))
    .map(([id, count]) => ({ id, name: nameOf(id), calls: count }))
    .sort((a, b) => b.calls - a.calls || a.name.localeCompare(b.name));

  // Sources cited outside the calls: by crisis events and by people's offices.
  const citedElsewhere = new Set<string>();
  for (const event of dataset.events) for (const id of event.sources) citedElsewhere.add(id);
  for (const person of dataset.people) for (const office of person.offices) for (const id of office.sources ?? []) citedElsewhere.add(id);
  for (const lead of dataset.leads) for (const id of lead.sources) citedElsewhere.add(id);

  const notCorrected: Health["notCorrectedSinceLaterSource"] = [];
  const undated: CallRef[] = [];
  for (const call of newestFirst(calls)) {
    const dated = call.sources.map((id) => dataset.sourceById.get(id)).filter((s) => s?.date !== undefined);
    if (dated.length === 0) {
      undated.push(callRef(call));
      continue;
    }
    const lastCorrection = call.corrections?.reduce((latest, c) => (c.date > latest ? c.date : latest), "") ?? "";
    const later = dated.filter((s) => s!.date! > call.published && s!.date! > lastCorrection);
    if (later.length) notCorrected.push({ ...callRef(call), published: call.published, laterSources: later.map((s) => sourceRef(s!.id)) });
  }

  return {
    version: dataset.version,
    calls: calls.length,
    sources: dataset.sources.length,
    officials,
    months: [...months].map(([month, bin]) => ({ month, ...bin })),
    singleSource: newestFirst(calls).filter((call) => isSingleSource(dataset, call)).map(callRef),
    withoutCounterpartAccount: newestFirst(calls).filter((call) => !hasCounterpartAccount(dataset, call)).map(callRef),
    lowReliabilitySources: dataset.sources
      .filter(isLowReliability)
      .map((s) => ({ ...sourceRef(s.id), calls: citedByCall.get(s.id) ?? 0 }))
      .sort((a, b) => b.calls - a.calls || a.id.localeCompare(b.id)),
    leadsWaiting: waitingLeads(dataset),
    uncitedSources: dataset.sources.filter((s) => !citedByCall.has(s.id) && !citedElsewhere.has(s.id)).map((s) => sourceRef(s.id)),
    citedByNoCall: dataset.sources.filter((s) => !citedByCall.has(s.id) && citedElsewhere.has(s.id)).map((s) => sourceRef(s.id)),
    notCorrectedSinceLaterSource: notCorrected,
    undatedSourcesOnly: undated,
  };
}

