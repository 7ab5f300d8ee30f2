import Ajv2020 from "ajv/dist/2020";
import addFormats from "ajv-formats";
import { describe, expect, it } from "vitest";
import { validateFiles } from "@/lib/data/validate";
import { buildJsonSchema } from "@/lib/exports/json-schema";
import { buildExport } from "@/lib/exports/respond";
import { callSchema, personSchema } from "@/lib/schema";
import { TODAY, realFiles } from "./helpers";

const schema = buildJsonSchema();
const ajv = new Ajv2020({ allErrors: true, strict: true });
addFormats(ajv);
ajv.addSchema(schema);
const validator = (ref = "") => ajv.getSchema(`${schema.$id}${ref}`)!;

const REGISTRY_DEFS: Record<string, string> = {
  "people.json": "peopleFile",
  "countries.json": "countriesFile",
  "sources.json": "sourcesFile",
  "topics.json": "topicsFile",
  "events.json": "eventsFile",
  "leads.json": "leadsFile",
  "coverage.json": "coverage",
};

describe("/data/schema.json", () => {
  it("is a valid draft 2020-12 schema", () => {
    expect(schema.$schema).toBe("https://json-schema.org/draft/2020-12/schema");
    expect(ajv.validateSchema(schema)).toBe(true);
  });

  it("validates every real record in data/: calls at the root, registries under $defs", () => {
    const files = realFiles();
    expect(files.some((f) => f.name.startsWith("calls/"))).toBe(true);
    for (const file of files) {
      const validate = file.name.startsWith("calls/") ? validator() : validator(`#/$defs/${REGISTRY_DEFS[file.name]}`);
      const ok = validate(JSON.parse(file.text));
      expect(validate.errors ?? [], file.name).toEqual([]);
      expect(ok).toBe(true);
    }
  });

  it("rejects what the zod schema rejects: unknown fields, bad enums, bad dates, missing fields", () => {
    const call = JSON.parse(realFiles().find((f) => f.name.startsWith("calls/"))!.text) as Record<string, unknown>;
    const validate = validator();
    for (const bad of [
      { ...call, mood: "tense" },
      { ...call, mode: "telegram" },
      { ...call, date: "2026-02-30" },
      { ...call, russians: [] },
      Object.fromEntries(Object.entries(call).filter(([key]) => key !== "headline")),
    ]) {
      expect(validate(bad)).toBe(false);
      expect(callSchema.safeParse(bad).success).toBe(false);
    }
  });

  it("cannot drift: it names every field of the zod schemas", () => {
    const call = schema.$defs.call as { properties: Record<string, unknown> };
    expect(Object.keys(call.properties).sort()).toEqual(Object.keys(callSchema.shape).sort());
    const person = schema.$defs.person as { properties: Record<string, unknown> };
    expect(Object.keys(person.properties).sort()).toEqual(Object.keys(personSchema.shape).sort());
  });

  it("describes calls.json, filtered or not", () => {
    const { dataset } = validateFiles(realFiles(), { today: TODAY });
    const validate = validator("#/$defs/callsExport");
    for (const search of ["", "country=IR&sort=oldest", "country=ZZ&q=war"]) {
      const body: unknown = JSON.parse(buildExport(dataset!, "callsJson", new URLSearchParams(search)).body);
      validate(body);
      expect(validate.errors ?? [], search).toEqual([]);
    }
  });
});
