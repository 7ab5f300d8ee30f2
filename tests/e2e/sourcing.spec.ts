import fs from "node:fs";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { gotoHydrated } from "./hydrated";
import { PAGE_SIZE } from "./timeline-data";

/*
 * Sourcing strength and leads, worked out from data/ as plain JSON (an implementation of the rule
 * independent of lib/sourcing.ts): an outlet is the agency a page carries, else its publisher;
 * low-reliability pages are not counted; one outlet means a single-source call.
 */
const DATA_DIR = path.resolve(import.meta.dirname, "../../data");
const readJson = <T>(file: string) => JSON.parse(fs.readFileSync(path.join(DATA_DIR, file), "utf8")) as T;
type RawSource = { id: string; publisher: string; via?: string; headline?: string; lowReliability?: { note: string } };
type RawCall = { id: string; date: string; headline: string; sources: string[] };
type RawLead = { id: string; who: string; claimed: string; why: string; status: string; sources: string[] };
const SOURCES = new Map(readJson<RawSource[]>("sources.json").map((s) => [s.id, s]));
const CALLS = fs.readdirSync(path.join(DATA_DIR, "calls")).map((file) => readJson<RawCall>(`calls/${file}`));
const LEADS = fs.existsSync(path.join(DATA_DIR, "leads.json")) ? readJson<RawLead[]>("leads.json") : [];

const outlets = (call: RawCall) =>
  new Set(call.sources.map((id) => SOURCES.get(id)!).filter((s) => !s.lowReliability).map((s) => (s.via ?? s.publisher).trim().toLowerCase()));
const singleSource = CALLS.filter((call) => outlets(call).size === 1).sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : a.id < b.id ? 1 : -1));

test.describe("sourcing strength", () => {
  test("the timeline filters to single-source calls, each row marked, and the filter is in the URL", async ({ page }) => {
    expect(singleSource.length).toBeGreaterThan(0);
    await gotoHydrated(page, "/calls");
    await page.getByRole("checkbox", { name: /One report only/ }).check();
    await expect(page).toHaveURL(/[?&]sourcing=single-source/);
    const links = page.locator("main h3 a[href^='/calls/']");
    await expect(links).toHaveCount(Math.min(PAGE_SIZE, singleSource.length));
    const hrefs = await links.evaluateAll((as) => as.map((a) => a.getAttribute("href")));
    expect([...hrefs].sort()).toEqual(singleSource.slice(0, PAGE_SIZE).map((c) => `/calls/${c.id}`).sort());
    // Call rows (list items with a permalink headline; crisis events have none).
    const rows = page.locator("main li").filter({ has: page.locator("h3 a[href^='/calls/']") });
    for (const row of await rows.all()) await expect(row.getByText("Single source", { exact: true })).toBeVisible();
    await expect(page.getByRole("link", { name: /sourcing filter: One report only/i })).toBeVisible();
  });

  test("a corroborated call's row says how it is sourced, without the badge", async ({ page }) => {
    const corroborated = CALLS.find((call) => outlets(call).size >= 3)!;
    await page.goto(`/calls?q=${encodeURIComponent(corroborated.headline.split(" ").slice(0, 6).join(" "))}`);
    const row = page.locator("main li.call-row").filter({ has: page.locator(`a[href='/calls/${corroborated.id}']`) });
    await expect(row).toContainText(`${outlets(corroborated).size} reports`);
    await expect(row.getByText("Single source", { exact: true })).toHaveCount(0);
  });

  test("a single-source call's permalink shows the badge in its facts", async ({ page }) => {
    const call = singleSource[0]!;
    await page.goto(`/calls/${call.id}`);
    const facts = page.getByRole("region", { name: "The call" });
    await expect(facts.getByText("Single source", { exact: true })).toBeVisible();
    await expect(facts).toContainText("one report only");
  });
});

test.describe("leads", () => {
  test("the leads page lists every lead with what is claimed, why it is not a record and its sources", async ({ page }) => {
    expect(LEADS.length).toBeGreaterThan(0);
    const response = await page.goto("/leads");
    expect(response?.status()).toBe(200);
    await expect(page.getByRole("heading", { level: 1, name: "Leads" })).toBeVisible();
    for (const lead of LEADS) {
      const item = page.locator(`li[id="${lead.id}"]`);
      await expect(item.getByRole("heading", { name: lead.who })).toBeVisible();
      await expect(item).toContainText(lead.claimed);
      await expect(item).toContainText(lead.why);
      for (const id of lead.sources) await expect(item).toContainText(SOURCES.get(id)!.publisher);
    }
  });

  test("the method page and the overview link to the leads", async ({ page }) => {
    await page.goto("/about");
    await expect(page.locator("#sourcing").getByRole("link", { name: "leads page" })).toHaveAttribute("href", "/leads");
    await page.goto("/");
    await expect(page.getByRole("link", { name: "see the leads" })).toHaveAttribute("href", "/leads");
  });
});

test.describe("how current the record is", () => {
  const coverage = readJson<{ reportingThrough: string; gaps: { counterpart: string }[] }>("coverage.json");
  const latest = CALLS.map((c) => c.date).sort().at(-1)!;
  const longDate = (iso: string) => new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" }).format(new Date(iso));

  for (const path of ["/", "/about"]) {
    test(`${path} states the latest call and how far the reporting was searched`, async ({ page }) => {
      await page.goto(path);
      const text = page.getByText("The latest recorded call is of");
      await expect(text).toContainText(longDate(latest));
      await expect(text).toContainText(`searched through ${longDate(coverage.reportingThrough)}`);
    });
  }

  test("the method page lists every known gap of the research table", async ({ page }) => {
    await page.goto("/about#gaps");
    const gaps = page.locator("#gaps li").filter({ hasText: /searched, no call found|only unconfirmed leads found|not yet searched/ });
    await expect(gaps).toHaveCount(coverage.gaps.length);
  });
});
