/**
 * The call and person ids that exist, read from the data directory's file names and people.json
 * once per process. proxy.ts uses them to answer unknown ids with the 404 page at once, so a
 * crawler or a fuzzer cannot make the server render (and cache) a page for every made-up id.
 */
import fs from "node:fs";
import path from "node:path";
import { dataDir } from "./data/read";

let known: { calls: Set<string>; people: Set<string> } | undefined;

export function knownIds() {
  if (!known) {
    const dir = dataDir();
    const calls = new Set<string>();
    const people = new Set<string>();
    try {
      for (const name of fs.readdirSync(path.join(dir, "calls"))) if (name.endsWith(".json")) calls.add(name.slice(0, -5));
      const list: unknown = JSON.parse(fs.readFileSync(path.join(dir, "people.json"), "utf8"));
      if (Array.isArray(list)) for (const p of list) if (p && typeof p.id === "string") people.add(p.id);
    } catch {
      // Unreadable data fails the pages themselves with the validator's message; here, know nothing.
    }
    known = { calls, people };
  }
  return known;
}
