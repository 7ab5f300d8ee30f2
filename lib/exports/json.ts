/**
 * calls.json: the complete records of the (filtered) calls with participants resolved, the
 * registries they refer to, and what a reuser needs to know about the file (licence, version,
 * query, schema). The format is a zod schema built from the data schemas, so the published JSON
 * Schema describes it and cannot drift from it.
 */
import { z } from "zod";
import { resolveParticipant } from "../calls";
import type { Dataset } from "../data/validate";
import type { CallQuery, Notice } from "../filter/params";
import {
  callSchema,
  countriesFileSchema,
  countryCode,
  eventsFileSchema,
  isoDate,
  leadsFileSchema,
  peopleFileSchema,
  slug,
  sourcesFileSchema,
  text,
  topicsFileSchema,
  type Call,
  type Participant,
} from "../schema";
import { lastChanged } from "../changes/changes";
import { absoluteUrl, callPath } from "../site";
import { LEVELS } from "../constants";
import { callSourcing, SOURCING_ACCOUNTS, SOURCING_FILTERS } from "../sourcing";
import { DATA_LICENSE, DATASET_DESCRIPTION, DATASET_TITLE, SCHEMA_URL, datasetCitation, type FieldDoc } from "./meta";

export const exportParticipantSchema = z.strictObject({
  /** The person's id in `people`. */
  id: slug,
  name: text,
  /** The title of the office held on the day of the call. */
  office: text,
  /** The office's id within the person's `offices`. */
  officeId: slug,
  country: countryCode,
  /** The office's level: head of state or government, foreign minister, or other. */
  level: z.enum(LEVELS),
  namedAs: text.optional(),
});

/** One call: every field of the record, with the permalink, participants resolved and the counterparts' countries. */
export const callExportSchema = callSchema.omit({ russians: true, counterparts: true }).extend({
  url: z.url(),
  russians: z.array(exportParticipantSchema),
  counterparts: z.array(exportParticipantSchema),
  /** The counterparts' countries, each once. */
  countries: z.array(countryCode),
  /** How well the call is sourced, derived from the record (see the /data page). */
  sourcing: z.strictObject({
    accounts: z.enum(SOURCING_ACCOUNTS),
    independentReports: z.int().min(0),
    singleSource: z.boolean(),
    lowReliabilitySources: z.int().min(0),
    thirdPartyAccounts: z.int().min(0),
  }),
});

export const exportQuerySchema = z.strictObject({
  country: z.array(countryCode),
  leader: z.array(slug),
  topic: z.array(slug),
  level: z.array(z.enum(LEVELS)),
  sourcing: z.array(z.enum(SOURCING_FILTERS.map((f) => f.value))),
  from: isoDate.optional(),
  to: isoDate.optional(),
  "added-since": isoDate.optional(),
  q: z.string().optional(),
  sort: z.enum(["newest", "oldest"]),
});

export const callsExportSchema = z.strictObject({
  title: text,
  description: text,
  /** This download's own URL, with its filters. */
  url: z.url(),
  license: z.strictObject({ name: text, id: text, url: z.url() }),
  citation: text,
  /** Changes whenever the data does. */
  version: text,
  /** The latest call date in the whole dataset. */
  updated: isoDate.optional(),
  /** The day the record last changed: the latest addition (a call's `published`) or correction. */
  lastChanged: isoDate.optional(),
  schema: z.url(),
  /** The filters applied (the timeline's parameters) and what was ignored. */
  query: exportQuerySchema,
  notices: z.array(text),
  count: z.int().min(0),
  calls: z.array(callExportSchema),
  people: peopleFileSchema,
  countries: countriesFileSchema,
  sources: sourcesFileSchema,
  topics: topicsFileSchema,
  events: eventsFileSchema,
  /** Reported but unconfirmed calls: not records, listed apart (the whole registry, unfiltered). */
  leads: leadsFileSchema,
});

export type CallExport = z.infer<typeof callExportSchema>;
export type CallsExport = z.infer<typeof callsExportSchema>;

function exportParticipant(dataset: Dataset, participant: Participant): CallExport["russians"][number] {
  const { person, office, country } = resolveParticipant(dataset, participant);
  return {
    id: person.id,
    name: person.name,
    office: office.title,
    officeId: office.id,
    country: country.code,
    level: office.level,
    ...(participant.namedAs ? { namedAs: participant.namedAs } : {}),
  };
}

function sourcingExport(dataset: Dataset, call: Call): CallExport["sourcing"] {
  const { accounts, reports, singleSource, lowReliability, thirdPartyAccounts } = callSourcing(dataset, call);
  return { accounts, independentReports: reports, singleSource, lowReliabilitySources: lowReliability, thirdPartyAccounts };
}

export function toCallRecordExport(dataset: Dataset, call: Call): CallExport {
  const { id, russians, counterparts, ...rest } = call;
  const resolved = counterparts.map((p) => exportParticipant(dataset, p));
  return {
    id,
    url: absoluteUrl(callPath(id)),
    ...rest,
    russians: russians.map((p) => exportParticipant(dataset, p)),
    counterparts: resolved,
    countries: [...new Set(resolved.map((p) => p.country))],
    sourcing: sourcingExport(dataset, call),
  };
}

export type ExportContext = {
  /** The download's URL as requested (site-relative path and query). */
  path: string;
  query: CallQuery;
  notices: readonly Notice[];
};

export function callsJson(dataset: Dataset, calls: readonly Call[], context: ExportContext): string {
  const { query } = context;
  const changed = lastChanged(dataset);
  const body: CallsExport = {
    title: DATASET_TITLE,
    description: DATASET_DESCRIPTION,
    url: absoluteUrl(context.path),
    license: { ...DATA_LICENSE },
    citation: datasetCitation(dataset.version),
    version: dataset.version,
    ...(dataset.calls.length ? { updated: dataset.calls.at(-1)!.date } : {}),
    ...(changed ? { lastChanged: changed } : {}),
    schema: SCHEMA_URL,
    query: {
      country: query.countries,
      leader: query.leaders,
      topic: query.topics,
      level: query.levels,
      sourcing: query.sourcing,
      ...(query.from ? { from: query.from } : {}),
      ...(query.to ? { to: query.to } : {}),
      ...(query.addedSince ? { "added-since": query.addedSince } : {}),
      ...(query.q ? { q: query.q } : {}),
      sort: query.sort,
    },
    notices: context.notices.map((n) => n.message),
    count: calls.length,
    calls: calls.map((call) => toCallRecordExport(dataset, call)),
    people: [...dataset.people],
    countries: [...dataset.countries],
    sources: [...dataset.sources],
    topics: [...dataset.topics],
    events: [...dataset.events],
    leads: [...dataset.leads],
  };
  return `${JSON.stringify(body)}\n`;
}

/** The top-level fields of calls.json, for the /data page. */
export const CALLS_JSON_FIELDS: readonly FieldDoc[] = [
  { name: "title, description, license, citation", description: "What the dataset is, its licence and how to cite it." },
  {
    name: "version, updated, lastChanged",
    description:
      "The data version (it changes whenever the data does), the date of the latest call, and the day the record last changed (the latest call added or record corrected, as listed on /changes).",
  },
  { name: "url, query, notices, count", description: "This download's URL, the filters applied, any parameter that was ignored, and the number of calls." },
  { name: "schema", description: "The URL of the JSON Schema that describes this file (#/$defs/callsExport)." },
  {
    name: "calls",
    description:
      "The calls: every field of each record (readouts with quotes, claims, disagreements, date notes, corrections…), with url, participants resolved to id, name, office, officeId, country and level (head, foreign-minister or other), the counterparts' countries, and sourcing: which sides gave an account (accounts), independentReports (distinct outlets, low-reliability pages aside), singleSource, lowReliabilitySources and thirdPartyAccounts.",
  },
  {
    name: "leads",
    description: "Reported but unconfirmed calls (a single low-reliability page, an undated mention): what is claimed, the sources, why it is not a record, and its status. Never counted as calls.",
  },
  { name: "people, countries, sources, topics, events", description: "The registries the calls refer to by id, in full." },
];
