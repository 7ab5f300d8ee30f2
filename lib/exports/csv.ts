/**
 * calls.csv and claims.csv: RFC 4180 (every text field quoted, CRLF line ends, a header row),
 * UTF-8 without a byte-order mark. Lists inside a field are joined with LIST_SEPARATOR, in the
 * record's order. The column tables below are also the documentation on the /data page.
 */
import { stringify } from "csv-stringify/sync";
import { resolveParticipant, type ResolvedParticipant } from "../calls";
import { heldOn, type Dataset } from "../data/validate";
import type { FieldDoc } from "./meta";
import type { Call, Claim, Office } from "../schema";
import { absoluteUrl, callPath } from "../site";
import { callSourcing } from "../sourcing";

/** Joins the items of a multi-valued field: "Vladimir Putin | Sergei Lavrov". */
export const LIST_SEPARATOR = " | ";

export type Column<Row> = FieldDoc & { value: (row: Row) => string | number };

function list(items: readonly (string | undefined)[]): string {
  return items.filter((item): item is string => Boolean(item)).join(LIST_SEPARATOR);
}

/** Serialises rows with a header; text always quoted, so spreadsheets keep "007" and "1 | 2" as text. */
export function toCsv<Row>(rows: readonly Row[], columns: readonly Column<Row>[]): string {
  return stringify(
    rows.map((row) => columns.map((column) => column.value(row))),
    {
      header: true,
      columns: columns.map((c) => c.name),
      record_delimiter: "windows",
      quote_record_delimiter: true,
      quoted_string: true,
    },
  );
}

type CallRow = { call: Call; dataset: Dataset; russians: ResolvedParticipant[]; counterparts: ResolvedParticipant[] };

export function callRow(dataset: Dataset, call: Call): CallRow {
  return {
    call,
    dataset,
    russians: call.russians.map((p) => resolveParticipant(dataset, p)),
    counterparts: call.counterparts.map((p) => resolveParticipant(dataset, p)),
  };
}

function sourceUrls(dataset: Dataset, ids: readonly string[]): string {
  return list(ids.map((id) => dataset.sourceById.get(id)?.url));
}

export const CALL_COLUMNS: readonly Column<CallRow>[] = [
  { name: "id", description: "The call's permanent id.", value: ({ call }) => call.id },
  { name: "url", description: "The call's permalink on this site.", value: ({ call }) => absoluteUrl(callPath(call.id)) },
  { name: "date", description: "Date of the call, YYYY-MM-DD.", value: ({ call }) => call.date },
  {
    name: "date_certainty",
    description: "“exact” where a source states the date; “inferred” where we worked it out (see date_note).",
    value: ({ call }) => call.dateCertainty,
  },
  { name: "date_note", description: "How the date was inferred, or what sources say about it.", value: ({ call }) => call.dateNote ?? "" },
  { name: "mode", description: "“phone” or “video”.", value: ({ call }) => call.mode },
  {
    name: "initiated_by",
    description:
      "Which side asked for the call, where reported: “russia” or “counterpart”; “disputed” where the accounts disagree (the versions are in calls.json); empty if not reported.",
    value: ({ call }) => (call.initiator ? ("disputed" in call.initiator ? "disputed" : call.initiator.side) : ""),
  },
  { name: "russian_ids", description: "Ids of the Russian participants (list).", value: ({ call }) => list(call.russians.map((p) => p.person)) },
  { name: "russian_names", description: "Their names (list).", value: (row) => list(row.russians.map((p) => p.person.name)) },
  {
    name: "russian_offices",
    description: "The office each held on the day (list).",
    value: (row) => list(row.russians.map((p) => p.office.title)),
  },
  {
    name: "russian_levels",
    description: "The level of each of those offices: “head” (of state or government), “foreign-minister” or “other” (list).",
    value: (row) => list(row.russians.map((p) => p.office.level)),
  },
  { name: "counterpart_ids", description: "Ids of the counterparts (list).", value: ({ call }) => list(call.counterparts.map((p) => p.person)) },
  { name: "counterpart_names", description: "Their names (list).", value: (row) => list(row.counterparts.map((p) => p.person.name)) },
  {
    name: "counterpart_offices",
    description: "The office each held on the day (list).",
    value: (row) => list(row.counterparts.map((p) => p.office.title)),
  },
  {
    name: "counterpart_levels",
    description: "The level of each of those offices: “head”, “foreign-minister” or “other” (list).",
    value: (row) => list(row.counterparts.map((p) => p.office.level)),
  },
  {
    name: "counterpart_countries",
    description: "ISO 3166-1 alpha-2 codes of the counterparts' countries, each once (list).",
    value: (row) => list([...new Set(row.counterparts.map((p) => p.country.code))]),
  },
  {
    name: "counterpart_country_names",
    description: "The same countries by name (list).",
    value: (row) => list([...new Set(row.counterparts.map((p) => p.country.name))]),
  },
  { name: "headline", description: "One line, in our words.", value: ({ call }) => call.headline },
  { name: "summary", description: "What happened, in our words.", value: ({ call }) => call.summary },
  {
    name: "kremlin_readout",
    description: "“reported” if the Kremlin (or Russian government) gave an account of the call, else “none-reported”.",
    value: ({ call }) => call.readouts.kremlin.status,
  },
  {
    name: "kremlin_readout_summary",
    description: "Our summary of the Kremlin's account, or why none is reported.",
    value: ({ call }) => (call.readouts.kremlin.status === "reported" ? call.readouts.kremlin.summary : call.readouts.kremlin.note),
  },
  {
    name: "other_readouts",
    description: "Who else gave an account of the call: the counterpart's office, a third party (list).",
    value: ({ call }) => list(call.readouts.others.map((r) => r.by)),
  },
  {
    name: "sourcing_accounts",
    description:
      "Which sides gave their own account of the call: “both-sides”, “russian-only”, “counterpart-only” or “neither” (third parties aside).",
    value: ({ call, dataset }) => callSourcing(dataset, call).accounts,
  },
  {
    name: "independent_reports",
    description: "Distinct outlets among the sources, low-reliability pages aside; an agency's story carried by several sites counts once.",
    value: ({ call, dataset }) => callSourcing(dataset, call).reports,
  },
  {
    name: "single_source",
    description: "“true” when exactly one independent report carries the call.",
    value: ({ call, dataset }) => String(callSourcing(dataset, call).singleSource),
  },
  {
    name: "low_reliability_sources",
    description: "Number of low-reliability pages (auto-generated, SEO, aggregator) among the sources; not counted as reports.",
    value: ({ call, dataset }) => callSourcing(dataset, call).lowReliability,
  },
  { name: "claim_count", description: "Number of claims recorded (they are in claims.csv).", value: ({ call }) => call.claims.length },
  {
    name: "disagreement_count",
    description: "Number of points on which the accounts of the call disagree.",
    value: ({ call }) => call.disagreements?.length ?? 0,
  },
  { name: "topic_ids", description: "Topics (list of ids).", value: ({ call }) => list(call.topics) },
  {
    name: "topic_labels",
    description: "The same topics by label (list).",
    value: ({ call, dataset }) => list(call.topics.map((id) => dataset.topicById.get(id)?.label)),
  },
  { name: "event_ids", description: "Related crisis events (list of ids, as in calls.json).", value: ({ call }) => list(call.events) },
  { name: "source_ids", description: "Every source the record relies on (list of ids, as in calls.json).", value: ({ call }) => list(call.sources) },
  {
    name: "source_urls",
    description: "The URLs of those sources, in the same order; sources without a known URL are left out (list).",
    value: ({ call, dataset }) => sourceUrls(dataset, call.sources),
  },
  {
    name: "published",
    description: "The day the record was first published in this dataset (additions and corrections are listed on /changes).",
    value: ({ call }) => call.published,
  },
  {
    name: "last_corrected",
    description: "Date of the latest correction to the record, if any (the corrections are on the permalink).",
    value: ({ call }) => call.corrections?.map((c) => c.date).sort().at(-1) ?? "",
  },
];

export function callsCsv(dataset: Dataset, calls: readonly Call[]): string {
  return toCsv(
    calls.map((call) => callRow(dataset, call)),
    CALL_COLUMNS,
  );
}

type ClaimRow = { call: Call; claim: Claim; dataset: Dataset };

/** Who reported the claim: the Kremlin or one of the other readouts. */
function reporter({ call, claim }: ClaimRow): { by: string; side: string } {
  if (claim.reportedIn === "kremlin") {
    const kremlin = call.readouts.kremlin;
    return { by: kremlin.status === "reported" ? kremlin.by : "Kremlin", side: "kremlin" };
  }
  const readout = call.readouts.others.find((r) => r.id === claim.reportedIn);
  return { by: readout?.by ?? claim.reportedIn, side: readout?.side ?? "" };
}

/** The speaker's office: the one they held on the call (or, for a non-participant, any office held that day). */
function speakerOffice({ call, dataset }: ClaimRow, personId: string): Office | undefined {
  const participant = [...call.russians, ...call.counterparts].find((p) => p.person === personId);
  if (participant) return resolveParticipant(dataset, participant).office;
  return dataset.personById.get(personId)?.offices.find((o) => heldOn(o, call.date));
}

function disagreementsOf({ call, claim }: ClaimRow) {
  return (call.disagreements ?? []).filter((d) => d.claims.includes(claim.id));
}

export const CLAIM_COLUMNS: readonly Column<ClaimRow>[] = [
  { name: "call_id", description: "The call the claim was made in.", value: ({ call }) => call.id },
  { name: "call_date", description: "Date of the call, YYYY-MM-DD.", value: ({ call }) => call.date },
  { name: "claim_id", description: "The claim's id, unique within its call.", value: ({ claim }) => claim.id },
  {
    name: "url",
    description: "The claim on the call's permalink.",
    value: ({ call, claim }) => absoluteUrl(`${callPath(call.id)}#claim-${claim.id}`),
  },
  { name: "statement", description: "What was claimed, in our words.", value: ({ claim }) => claim.statement },
  { name: "kind", description: "position, proposal, offer, request, denial, condolence, assessment, …", value: ({ claim }) => claim.kind },
  { name: "speaker_ids", description: "Who made the claim (list of ids).", value: ({ claim }) => list(claim.speakers) },
  {
    name: "speaker_names",
    description: "Their names (list).",
    value: ({ claim, dataset }) => list(claim.speakers.map((id) => dataset.personById.get(id)?.name)),
  },
  {
    name: "speaker_countries",
    description: "Their countries, ISO 3166-1 alpha-2 (list, same order).",
    value: (row) => list(row.claim.speakers.map((id) => speakerOffice(row, id)?.country)),
  },
  {
    name: "speaker_levels",
    description: "The level of each speaker's office that day: “head”, “foreign-minister” or “other” (list, same order).",
    value: (row) => list(row.claim.speakers.map((id) => speakerOffice(row, id)?.level)),
  },
  {
    name: "reported_in",
    description: "The account that reports the claim: “kremlin” or the id of another readout of the call.",
    value: ({ claim }) => claim.reportedIn,
  },
  { name: "reported_by", description: "Who gave that account.", value: (row) => reporter(row).by },
  { name: "reporter_side", description: "“kremlin”, “counterpart” or “third-party”.", value: (row) => reporter(row).side },
  {
    name: "disputed",
    description: "“yes” if another account of the call disagrees with this claim.",
    value: (row) => (disagreementsOf(row).length > 0 ? "yes" : "no"),
  },
  { name: "disagreement_notes", description: "How the accounts disagree (list).", value: (row) => list(disagreementsOf(row).map((d) => d.note)) },
  { name: "source_ids", description: "The claim's sources (list of ids).", value: ({ claim }) => list(claim.sources) },
  {
    name: "source_urls",
    description: "Their URLs, in the same order; sources without a known URL are left out (list).",
    value: ({ claim, dataset }) => sourceUrls(dataset, claim.sources),
  },
];

/** Every claim of the given calls, in the calls' order and then the record's. */
export function claimsCsv(dataset: Dataset, calls: readonly Call[]): string {
  return toCsv(
    calls.flatMap((call) => call.claims.map((claim) => ({ call, claim, dataset }))),
    CLAIM_COLUMNS,
  );
}
