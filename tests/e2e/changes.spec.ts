import { expect, test } from "@playwright/test";
import { XMLParser } from "fast-xml-parser";
import fs from "node:fs";
import path from "node:path";
import { PAGE_SIZE as TIMELINE_PAGE_SIZE } from "./timeline-data";

/**
 * The public changelog as a reader follows it: /changes lists additions and corrections newest
 * first, each linking to its record; the changes feed is Atom; the timeline's added-since shows
 * only the calls added since a day. Expectations are worked out from the raw files in data/.
 */
const DATA = path.resolve(import.meta.dirname, "../../data");
type RawCall = { id: string; date: string; headline: string; published: string; corrections?: { date: string; note: string }[] };
const calls: RawCall[] = fs
  .readdirSync(path.join(DATA, "calls"))
  .filter((f) => f.endsWith(".json"))
  .map((f) => JSON.parse(fs.readFileSync(path.join(DATA, "calls", f), "utf8")));

const corrections = calls.flatMap((call) => (call.corrections ?? []).map((c, i) => ({ call, ...c, number: i + 1 })));
const latestPublished = calls.map((c) => c.published).sort().at(-1)!;
const latestChange = [latestPublished, ...corrections.map((c) => c.date)].sort().at(-1)!;
const added = (since: string) => calls.filter((c) => c.published >= since);

/** Every change in the order /changes promises: newest day first; on a day corrections first, then the newer call, then by id. */
type Change = { kind: "added" | "corrected"; date: string; call: RawCall; note?: string; number?: number };
const desc = (a: string, b: string) => (a < b ? 1 : a > b ? -1 : 0);
const changes: Change[] = [
  ...calls.map((call): Change => ({ kind: "added", date: call.published, call })),
  ...corrections.map((c): Change => ({ kind: "corrected", date: c.date, call: c.call, note: c.note, number: c.number })),
].sort(
  (a, b) =>
    desc(a.date, b.date) ||
    (a.kind === b.kind ? 0 : a.kind === "corrected" ? -1 : 1) ||
    desc(a.call.date, b.call.date) ||
    desc(a.call.id, b.call.id) ||
    (a.number ?? 0) - (b.number ?? 0),
);
const PAGE_SIZE = 50;
/** The /changes page that lists a change. */
const pageOf = (change: Change) => {
  const page = Math.floor(changes.indexOf(change) / PAGE_SIZE) + 1;
  return page > 1 ? `/changes?page=${page}` : "/changes";
};
const dayAfter = (day: string) => new Date(Date.parse(`${day}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);

test("/changes lists additions and corrections, newest first, each linking to its record", async ({ page }) => {
  test.skip(corrections.length === 0, "the record has no correction yet");
  await page.goto("/changes");
  await expect(page.getByRole("heading", { level: 1, name: "Changes to the record" })).toBeVisible();

  // Days newest first.
  const days = await page.locator("main section h2 time").evaluateAll((els) => els.map((el) => el.getAttribute("datetime") ?? ""));
  expect(days[0]).toBe(latestChange);
  expect(days).toEqual([...days].sort().reverse());
  // The first page holds the newest changes, in order.
  const hrefs = await page.locator("main section li h3 a").evaluateAll((links) => links.map((a) => a.getAttribute("href")));
  expect(hrefs).toEqual(changes.slice(0, PAGE_SIZE).map((c) => (c.kind === "added" ? `/calls/${c.call.id}` : `/calls/${c.call.id}#correction-${c.number}`)));

  // A correction: its badge, the call's headline linking to the correction on the permalink, and what changed.
  const correction = changes.find((c) => c.kind === "corrected")!;
  await page.goto(pageOf(correction));
  const correctionItem = page.locator("li", { has: page.locator(`a[href="/calls/${correction.call.id}#correction-${correction.number}"]`) });
  await expect(correctionItem.getByText("Corrected", { exact: true })).toBeVisible();
  await expect(correctionItem.getByText(correction.note!)).toBeVisible();

  // An addition (the newest): its badge and the headline linking to the record.
  const addition = changes.find((c) => c.kind === "added")!;
  await page.goto(pageOf(addition));
  const additionItem = page.locator("li", { has: page.locator(`a[href="/calls/${addition.call.id}"]`) });
  await expect(additionItem.getByText("Added", { exact: true })).toBeVisible();
  await expect(additionItem.getByRole("link", { name: addition.call.headline })).toBeVisible();

  // Following the correction lands on it in the record's history.
  await page.goto(pageOf(correction));
  await correctionItem.getByRole("link", { name: correction.call.headline }).click();
  await expect(page).toHaveURL(new RegExp(`/calls/${correction.call.id}#correction-${correction.number}$`));
  await expect(page.locator(`#correction-${correction.number}`)).toContainText(correction.note!);
  await expect(page.locator("#history")).toContainText("First published on");
});

test("the changes feed parses as Atom, newest first, and is advertised on every page", async ({ page, request }) => {
  const response = await request.get("/changes.xml");
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toContain("application/atom+xml");
  const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "@", isArray: (name) => ["entry", "link", "category"].includes(name) });
  const feed = parser.parse(await response.text()).feed;
  expect(feed["@xmlns"]).toBe("http://www.w3.org/2005/Atom");
  const total = calls.length + corrections.length;
  expect(feed.entry).toHaveLength(Math.min(100, total));
  const updated = feed.entry.map((e: { updated: string }) => e.updated);
  expect(updated).toEqual([...updated].sort().reverse());
  expect(updated[0]).toBe(`${latestChange}T00:00:00.000Z`);
  for (const entry of feed.entry) {
    expect(entry.title["#text"]).toMatch(/^(Added|Corrected): /);
    expect(entry.link[0]["@href"]).toMatch(/\/calls\/\d{4}-\d{2}-\d{2}-[a-z0-9-]+(#correction-\d+)?$/);
  }

  await page.goto("/");
  await expect(page.locator('link[rel="alternate"][type="application/atom+xml"][href$="/changes.xml"]')).toHaveCount(1);
});

test("added-since shows only the calls added since a day, and says so", async ({ page }) => {
  const since = latestPublished;
  await page.goto(`/calls?added-since=${since}`);
  await expect(page.getByRole("link", { name: /Remove added filter: Added since/ })).toBeVisible();
  const expected = added(since);
  const rows = page.locator("li.call-row");
  await expect(rows).toHaveCount(Math.min(TIMELINE_PAGE_SIZE, expected.length));
  const ids = await rows.locator("h3 a, h2 a").evaluateAll((links) => links.map((a) => a.getAttribute("href")?.split("/").at(-1)));
  expect(ids.every((id) => expected.some((c) => c.id === id))).toBe(true);
  await expect(page.locator("#filter-added-since")).toHaveValue(since);

  // Nothing was added after the latest day: the empty state, not an error.
  await page.goto(`/calls?added-since=${dayAfter(latestChange)}`);
  await expect(rows).toHaveCount(0);
  await expect(page.getByRole("heading", { name: "No call matches all of these filters" })).toBeVisible();
});
