/**
 * /data/schema.json: JSON Schema (draft 2020-12) generated with zod's `z.toJSONSchema` from the
 * same schemas that validate `data/`, so it cannot drift from them. The root validates one call
 * record (data/calls/<id>.json); `$defs` hold each registry file and entry, and calls.json.
 *
 * What JSON Schema cannot express is checked by `npm run validate` only: that prose is not blank,
 * and every rule across records (references resolve, offices were held on the day, ...).
 */
import { z } from "zod";
import {
  callSchema,
  countriesFileSchema,
  coverageSchema,
  countrySchema,
  eventSchema,
  eventsFileSchema,
  leadSchema,
  leadsFileSchema,
  peopleFileSchema,
  personSchema,
  sourceSchema,
  sourcesFileSchema,
  topicSchema,
  topicsFileSchema,
} from "../schema";
import { callsExportSchema } from "./json";
import { DATASET_TITLE, SCHEMA_URL } from "./meta";

const DEFINITIONS: Record<string, { schema: z.ZodType; description: string }> = {
  call: { schema: callSchema, description: "One reported call: a file data/calls/<id>.json." },
  person: { schema: personSchema, description: "One entry of data/people.json." },
  country: { schema: countrySchema, description: "One entry of data/countries.json." },
  source: { schema: sourceSchema, description: "One entry of data/sources.json." },
  topic: { schema: topicSchema, description: "One entry of data/topics.json." },
  event: { schema: eventSchema, description: "One entry of data/events.json." },
  lead: { schema: leadSchema, description: "One entry of data/leads.json." },
  peopleFile: { schema: peopleFileSchema, description: "data/people.json: Russian officials and their counterparts, with their offices over time." },
  countriesFile: { schema: countriesFileSchema, description: "data/countries.json: countries by ISO 3166-1 alpha-2 code." },
  sourcesFile: { schema: sourcesFileSchema, description: "data/sources.json: every cited page." },
  topicsFile: { schema: topicsFileSchema, description: "data/topics.json: the controlled vocabulary of topics." },
  eventsFile: { schema: eventsFileSchema, description: "data/events.json: crisis context events." },
  coverage: { schema: coverageSchema, description: "data/coverage.json: how far the stored reporting was searched, and the known gaps." },
  leadsFile: { schema: leadsFileSchema, description: "data/leads.json: reported but unconfirmed calls, with why each is not a record." },
  callsExport: { schema: callsExportSchema, description: "The download /data/calls.json (filtered or not)." },
};

export type JsonSchemaDocument = {
  $schema: string;
  $id: string;
  title: string;
  description: string;
  $ref: string;
  $defs: Record<string, Record<string, unknown>>;
};

export function buildJsonSchema(): JsonSchemaDocument {
  const $defs: JsonSchemaDocument["$defs"] = {};
  for (const [name, { schema, description }] of Object.entries(DEFINITIONS)) {
    const body: Record<string, unknown> = { ...z.toJSONSchema(schema, { target: "draft-2020-12" }) };
    delete body.$schema; // declared once, at the root
    $defs[name] = { title: name, description, ...body };
  }
  return {
    $schema: "https://json-schema.org/draft/2020-12/schema",
    $id: SCHEMA_URL,
    title: `${DATASET_TITLE}: data schema`,
    description:
      "Validates a call record (data/calls/<id>.json). The registry files and calls.json are described under $defs " +
      "(e.g. #/$defs/peopleFile, #/$defs/callsExport). Cross-record rules (references, offices held on the day) are checked by the project's validator, not here.",
    $ref: "#/$defs/call",
    $defs,
  };
}

let cached: string | undefined;

/** The schema as served (the same for every request: it depends on the code, not the data). */
export function jsonSchemaText(): string {
  cached ??= `${JSON.stringify(buildJsonSchema(), null, 2)}\n`;
  return cached;
}
