/**
 * The call, person and country ids that exist, read from the data directory's file names and
 * people.json once per process. proxy.ts uses them to answer unknown ids with the 404 page at once,
 * so a crawler or a fuzzer cannot make the server render (and cache) a page for every made-up id,
 * and a reader without JavaScript gets the 404 page as HTML (Next answers a page's own notFound()
 * with a document that only the framework fills in).
 */
import fs from "node:fs";
import path from "node:path";
import { RUSSIA } from "./constants";
import { dataDir } from "./data/read";

type KnownIds = {
  calls: Set<string>;
  people: Set<string>;
  /**
   * The countries of every office a counterpart holds: the countries with a page, as long as each
   * such office has a call (a country without one is left to its page's notFound()).
   */
  countries: Set<string>;
};

let known: KnownIds | undefined;

export function knownIds(): KnownIds {
  if (!known) {
    const dir = dataDir();
    known = { calls: new Set(), people: new Set(), countries: new Set() };
    try {
      for (const name of fs.readdirSync(path.join(dir, "calls"))) if (name.endsWith(".json")) known.calls.add(name.slice(0, -5));
      const list: unknown = JSON.parse(fs.readFileSync(path.join(dir, "people.json"), "utf8"));
      for (const person of Array.isArray(list) ? list : []) {
        if (typeof person?.id !== "string") continue;
        known.people.add(person.id);
        for (const office of Array.isArray(person.offices) ? person.offices : []) {
          if (typeof office?.country === "string" && office.country !== RUSSIA) known.countries.add(office.country);
        }
      }
    } catch {
      // Unreadable data fails the pages themselves with the validator's message; here, know nothing.
    }
  }
  return known;
}
