/**
 * The registries as a curator's tool reads them: every entry that passes its schema, whatever
 * else in the directory is unfinished (a record still holding placeholders must not stop a
 * curator from adding the next call). Also writes them back in the repository's format.
 */
import fs from "node:fs";
import path from "node:path";
import type { z } from "zod";
import { countrySchema, eventSchema, personSchema, sourceSchema, topicSchema, type Country, type CrisisEvent, type Person, type Source, type Topic } from "../schema";

export type Registries = {
  people: Person[];
  sources: Source[];
  countries: Country[];
  topics: Topic[];
  events: CrisisEvent[];
  /** The ids of the call files in calls/. */
  callIds: Set<string>;
};

function readEntries<S extends z.ZodType>(dir: string, name: string, schema: S): z.infer<S>[] {
  const file = path.join(dir, name);
  if (!fs.existsSync(file)) return [];
  const json: unknown = JSON.parse(fs.readFileSync(file, "utf8"));
  if (!Array.isArray(json)) return [];
  return json.flatMap((entry: unknown) => {
    const parsed = schema.safeParse(entry);
    return parsed.success ? [parsed.data] : [];
  });
}

export function readRegistries(dir: string): Registries {
  const callsDir = path.join(dir, "calls");
  return {
    people: readEntries(dir, "people.json", personSchema),
    sources: readEntries(dir, "sources.json", sourceSchema),
    countries: readEntries(dir, "countries.json", countrySchema),
    topics: readEntries(dir, "topics.json", topicSchema),
    events: readEntries(dir, "events.json", eventSchema),
    callIds: new Set(
      fs.existsSync(callsDir)
        ? fs
            .readdirSync(callsDir)
            .filter((n) => n.endsWith(".json"))
            .map((n) => n.slice(0, -".json".length))
        : [],
    ),
  };
}

/** JSON as the repository keeps it: two-space indent, a final newline. */
export function formatJson(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}

/**
 * Appends entries to a registry file, keeping every existing entry exactly as it is (even one that
 * does not validate) and the order: new entries go at the end. `edit` may change existing entries.
 */
export function appendToRegistry(dir: string, name: string, added: readonly unknown[], edit?: (entries: unknown[]) => void): void {
  const file = path.join(dir, name);
  const json: unknown = fs.existsSync(file) ? JSON.parse(fs.readFileSync(file, "utf8")) : [];
  if (!Array.isArray(json)) throw new Error(`${file} is not a list of entries: fix it before adding to it`);
  const entries: unknown[] = json;
  edit?.(entries);
  fs.writeFileSync(file, formatJson([...entries, ...added]));
}
