import fs from "node:fs";
import path from "node:path";
import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import { parse } from "csv-parse/sync";

const DATA = path.resolve(import.meta.dirname, "../../data");
const readJson = <T>(file: string) => JSON.parse(fs.readFileSync(path.join(DATA, file), "utf8")) as T;
type CallFile = { id: string; date: string; counterparts: { person: string; office: string }[] };
const calls = fs
  .readdirSync(path.join(DATA, "calls"))
  .filter((f) => f.endsWith(".json"))
  .map((f) => readJson<CallFile>(`calls/${f}`));
const callDates = calls.map((c) => c.date);
const officeCountry = new Map(
  readJson<{ id: string; offices: { id: string; country: string }[] }[]>("people.json").flatMap((p) =>
    p.offices.map((o) => [`${p.id}/${o.id}`, o.country] as const),
  ),
);
/** The counterpart countries of a call, each once. */
const countriesOf = (call: CallFile) => new Set(call.counterparts.map((p) => officeCountry.get(`${p.person}/${p.office}`)));
const eventDates = readJson<{ date: string; endDate?: string }[]>("events.json").flatMap((e) => [e.date, e.endDate ?? e.date]);

/** The Monday (UTC) of a date's week, as a time value. */
const monday = (iso: string) => {
  const d = new Date(`${iso}T00:00:00Z`);
  return d.getTime() - ((d.getUTCDay() + 6) % 7) * 86_400_000;
};
const allDates = [...callDates, ...eventDates].sort();
const expectedWeeks = (monday(allDates.at(-1)!) - monday(allDates[0]!)) / (7 * 86_400_000) + 1;
const weeksWithCalls = new Set(callDates.map(monday)).size;

test.describe("the overview", () => {
  test("shows the calls-per-week chart over the whole period, one bar per week with calls", async ({ page }) => {
    await page.goto("/");
    const chart = page.getByRole("figure", { name: "Calls per week" });
    await expect(chart).toBeVisible();
    await expect(chart).toHaveAttribute("data-unit", "week");
    await expect(chart).toHaveAttribute("data-bins", String(expectedWeeks));
    await expect(chart.getByRole("img", { name: "Calls per week" })).toBeVisible();
    await expect(chart.locator("[data-bar]")).toHaveCount(weeksWithCalls);
    // The same numbers as a table: one row per week with calls, totalling every call.
    await chart.getByText("The numbers, week by week").click();
    const cells = await chart.locator("tbody td").allTextContents();
    expect(cells).toHaveLength(weeksWithCalls);
    expect(cells.reduce((sum, c) => sum + Number(c), 0)).toBe(callDates.length);
  });

  test("a bar tells its number on hover and on keyboard focus", async ({ page }) => {
    await page.goto("/");
    const bars = page.locator("[data-bar]");
    const last = bars.last();
    const label = await last.getAttribute("aria-label");
    expect(label).toMatch(/^Week of .+: \d+ calls?$/);
    const count = label!.match(/(\d+) calls?$/)![0];

    // The tip is the bar's ::after, drawn from its data-tip: one element per bar.
    await expect(last).toHaveAttribute("data-tip", new RegExp(`^${count}\n`));
    const tipShown = () => last.evaluate((el) => getComputedStyle(el, "::after").display !== "none");
    expect(await tipShown()).toBe(false);

    await last.hover();
    await expect.poll(tipShown).toBe(true);

    await page.mouse.move(0, 0);
    await expect.poll(tipShown).toBe(false);
    await bars.first().focus();
    for (let i = 1; i < weeksWithCalls; i++) await page.keyboard.press("Tab");
    await expect(last).toBeFocused();
    await expect.poll(tipShown).toBe(true);
  });

  test("ranks counterpart countries by calls, each linked into the filtered timeline", async ({ page }) => {
    await page.goto("/");
    const links = page.getByRole("list", { name: "Counterpart countries by number of calls" }).getByRole("link");
    const counts = new Map<string, number>();
    for (const call of calls) for (const code of countriesOf(call)) counts.set(code!, (counts.get(code!) ?? 0) + 1);
    const shown = await links.evaluateAll((as) => as.map((a) => [a.getAttribute("href"), a.textContent] as const));
    expect(shown.length).toBe(Math.min(10, counts.size));
    for (const [href, text] of shown) {
      const code = href!.match(/^\/calls\?country=([A-Z]{2})$/)![1]!;
      expect(text).toMatch(new RegExp(`${counts.get(code)} calls?$`));
    }
    const shownCounts = shown.map(([href]) => counts.get(href!.slice(-2))!);
    expect(shownCounts).toEqual([...shownCounts].sort((a, b) => b - a));
    expect(shownCounts[0]).toBe(Math.max(...counts.values()));
    await expect(page.getByRole("heading", { name: "Latest calls" })).toBeVisible();
    await expect(page.getByRole("link", { name: /on the timeline$/ })).toHaveAttribute("href", "/calls");
  });

  test("advertises the Atom feed", async ({ page }) => {
    for (const url of ["/", "/about", "/data"]) {
      await page.goto(url);
      await expect(page.locator('head link[rel="alternate"][type="application/atom+xml"][href$="/feed.xml"]')).toHaveCount(1);
    }
  });
});

test.describe("the data page", () => {
  const TYPES: Record<string, string> = {
    "/data/calls.csv": "text/csv; charset=utf-8",
    "/data/claims.csv": "text/csv; charset=utf-8",
    "/data/calls.json": "application/json; charset=utf-8",
    "/data/calls.plover.jsonl": "application/x-ndjson; charset=utf-8",
    "/data/schema.json": "application/schema+json; charset=utf-8",
    "/feed.xml": "application/atom+xml; charset=utf-8",
    "/data/openapi.json": "application/json; charset=utf-8",
    "/data/citation.bib": "application/x-bibtex; charset=utf-8",
    "/data/citation.ris": "application/x-research-info-systems; charset=utf-8",
    "/data/citation.json": "application/vnd.citationstyles.csl+json; charset=utf-8",
  };

  test("every download link answers 200 with the right content type", async ({ page, request }) => {
    await page.goto("/data");
    const hrefs = await page.locator("main a[href^='/data/'], main a[href^='/feed.xml']").evaluateAll((links) =>
      links.map((a) => a.getAttribute("href")!),
    );
    const paths = new Set(hrefs.map((h) => h.split("?")[0]!));
    expect([...paths].sort()).toEqual(Object.keys(TYPES).sort());
    for (const href of new Set(hrefs)) {
      const response = await request.get(href);
      expect(response.status(), href).toBe(200);
      expect(response.headers()["content-type"], href).toContain(TYPES[href.split("?")[0]!]!);
      expect((await response.body()).length, href).toBeGreaterThan(0);
    }
  });

  test("a filtered CSV holds the filtered calls and names them in its file name", async ({ request }) => {
    const response = await request.get("/data/calls.csv?country=QA&bogus=1");
    expect(response.status()).toBe(200);
    expect(response.headers()["content-disposition"]).toBe('attachment; filename="readout-calls_country-QA.csv"');
    expect(response.headers()["x-readout-notice"]).toBe("Ignored unknown parameter 'bogus'");
    const rows = parse(await response.text(), { columns: true }) as { id: string }[];
    const expected = calls.filter((c) => countriesOf(c).has("QA")).map((c) => c.id);
    expect(expected.length).toBeGreaterThan(0);
    expect(rows.map((r) => r.id).sort()).toEqual(expected.sort());
  });
});

test("robots.txt names the sitemap, which lists every call", async ({ request }) => {
  const robots = await (await request.get("/robots.txt")).text();
  const sitemapUrl = robots.match(/^Sitemap: (.+)$/m)?.[1];
  expect(sitemapUrl).toMatch(/\/sitemap\.xml$/);
  const sitemap = await (await request.get("/sitemap.xml")).text();
  for (const file of fs.readdirSync(path.join(DATA, "calls")).filter((f) => f.endsWith(".json"))) {
    expect(sitemap).toContain(`/calls/${file.replace(/\.json$/, "")}</loc>`);
  }
  expect(sitemap).toContain("/leaders/putin</loc>");
  expect(sitemap).toContain("/countries/IR</loc>");
});

for (const colorScheme of ["light", "dark"] as const) {
  test(`axe finds no violations on the overview, method and data pages (${colorScheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme });
    for (const url of ["/", "/about", "/data"]) {
      await page.goto(url);
      const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]).analyze();
      expect(results.violations.map((v) => `${url}: ${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
    }
  });
}
