/**
 * What the timeline should show, worked out from the raw files in data/ without the app's code,
 * so the browser tests keep meaning something as calls are added.
 */
import fs from "node:fs";
import path from "node:path";

const DATA = path.resolve(import.meta.dirname, "../../data");
const read = (name: string) => JSON.parse(fs.readFileSync(path.join(DATA, name), "utf8"));

type Participant = { person: string; office: string };
type Readout = { summary?: string; quotes?: { text: string }[] };
type RawCall = {
  id: string;
  date: string;
  headline: string;
  summary: string;
  counterparts: Participant[];
  russians: Participant[];
  readouts: { kremlin: Readout; others: Readout[] };
  claims: { statement: string }[];
  topics: string[];
};
type RawPerson = { id: string; name: string; offices: { id: string; country: string }[] };

/** Calls a timeline page shows (lib/filter/params.ts), stated again here: the tests check what a reader sees. */
export const PAGE_SIZE = 20;

export const calls: RawCall[] = fs
  .readdirSync(path.join(DATA, "calls"))
  .filter((f) => f.endsWith(".json"))
  .map((f) => read(`calls/${f}`));
const people: RawPerson[] = read("people.json");
export const countries: { code: string; name: string }[] = read("countries.json");

const countryOf = (p: Participant) => people.find((x) => x.id === p.person)?.offices.find((o) => o.id === p.office)?.country;

/** Newest first, as the timeline lists them by default (same-day order aside). */
const newestFirst = (list: RawCall[]) => [...list].sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : 0));

export const withCountry = (...codes: string[]) => newestFirst(calls.filter((c) => c.counterparts.some((p) => codes.includes(countryOf(p) ?? ""))));
export const between = (from: string, to: string) => newestFirst(calls.filter((c) => c.date >= from && c.date <= to));
/** Calls whose own text (headline, summary, readouts, claims) has a word starting with `word`. */
export const mentioning = (word: string) =>
  newestFirst(
    calls.filter((c) => {
      const texts = [c.headline, c.summary, ...[c.readouts.kremlin, ...c.readouts.others].flatMap((r) => [r.summary ?? "", ...(r.quotes ?? []).map((q) => q.text)]), ...c.claims.map((x) => x.statement)];
      return new RegExp(`\\b${word}`, "i").test(texts.join("\n"));
    }),
  );

export const countryName = (code: string) => countries.find((c) => c.code === code)?.name ?? code;
/** How many calls the filter lists next to a country. */
export const countFor = (code: string) => withCountry(code).length;

export const ids = (list: RawCall[]) => list.map((c) => c.id).sort();
export const countText = (n: number) => `${n} ${n === 1 ? "call" : "calls"}`;

type RawOffice = { id: string; level: string };
const levelOf = (p: Participant) =>
  (read("people.json") as { id: string; offices: RawOffice[] }[]).find((x) => x.id === p.person)?.offices.find((o) => o.id === p.office)?.level;
/** Calls in which a participant on either side held an office of one of these levels that day. */
export const atLevel = (...levels: string[]) =>
  newestFirst(calls.filter((c) => [...c.russians, ...c.counterparts].some((p) => levels.includes(levelOf(p) ?? ""))));
