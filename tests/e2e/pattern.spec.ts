import { expect, test, type Page } from "@playwright/test";
import { gotoHydrated } from "./hydrated";
import { atLevel, calls, ids, PAGE_SIZE, withCountry } from "./timeline-data";

/** The chart's marks: links to permalinks inside the chart's SVG. */
const marks = (page: Page) => page.locator("figure.mx svg a[href^='/calls/']");

/** The distinct calls the chart draws, by permalink id, once the page has loaded (after a click, the URL changes before the rest of the document is parsed). */
async function markedIds(page: Page): Promise<string[]> {
  await page.waitForLoadState("load");
  const hrefs = await marks(page).evaluateAll((links) => links.map((a) => a.getAttribute("href") ?? ""));
  return [...new Set(hrefs.map((h) => h.replace("/calls/", "")))].sort();
}

/** "11 March 2026, Sergei Lavrov with Subrahmanyam Jaishankar, India; foreign ministers" */
const MARK_NAME = /^\d{1,2} [A-Z][a-z]+ \d{4}, .+ with .+, [^,]+(; (leaders|foreign ministers))?$/;

test.describe("the pattern chart", () => {
  test("on the overview: a mark for every call, each named and linked to its permalink", async ({ page, request }) => {
    await page.goto("/");
    const chart = page.getByRole("figure", { name: "Who Moscow called, and when" });
    await expect(chart).toBeVisible();
    await expect(chart).toHaveAttribute("data-mode", "marks");
    expect(await markedIds(page)).toEqual(ids(calls));
    const names = await marks(page).evaluateAll((links) => links.map((a) => a.getAttribute("aria-label") ?? ""));
    for (const name of names) expect(name).toMatch(MARK_NAME);
    // A mark opens its call.
    const first = marks(page).first();
    const href = (await first.getAttribute("href"))!;
    expect((await request.get(href)).status()).toBe(200);
    await first.click();
    await expect(page).toHaveURL(new RegExp(`${href}$`));
  });

  test("on a filtered timeline: the chart view shows exactly the filtered calls, and the view is in the URL", async ({ page }) => {
    await page.goto("/calls?country=IR");
    await page.getByRole("navigation", { name: "Show as" }).getByRole("link", { name: "Chart" }).click();
    await expect(page).toHaveURL(/\/calls\?country=IR&view=chart$/);
    await expect(page.getByRole("figure", { name: "Who Moscow called, and when" })).toBeVisible();
    expect(await markedIds(page)).toEqual(ids(withCountry("IR")));
    // Every mark of the Iran row links to a call with Iran.
    const iran = new Set(ids(withCountry("IR")));
    for (const id of await markedIds(page)) expect(iran.has(id)).toBe(true);
    // No list in the chart view; the list view comes back.
    await expect(page.locator("main h3 a[href^='/calls/']")).toHaveCount(0);
    await page.getByRole("navigation", { name: "Show as" }).getByRole("link", { name: "List" }).click();
    await expect(page).toHaveURL(/\/calls\?country=IR$/);
    await expect(marks(page)).toHaveCount(0);
  });

  test("without JavaScript, the chart view and its row order are links and the filters keep the view", async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto("/calls?view=chart&level=foreign-minister");
    expect(await markedIds(page)).toEqual(ids(atLevel("foreign-minister")));
    await page.getByRole("navigation", { name: "Rows" }).getByRole("link", { name: "First call" }).click();
    await expect(page).toHaveURL(/\/calls\?level=foreign-minister&view=chart&rows=first$/);
    const rows = await page.getByRole("list", { name: "Countries, with their number of calls" }).getByRole("link").allTextContents();
    expect(rows[0]).toBe("Iran");
    await page.getByRole("checkbox", { name: /^Head of state or government \d+ calls?$/ }).check();
    await page.getByRole("button", { name: "Apply filters" }).click();
    // A plain GET form: its empty fields are in the URL too; the view and the row order are kept.
    await expect(page).toHaveURL(/[?&]level=head&level=foreign-minister&/);
    const url = new URL(page.url());
    expect([url.searchParams.get("view"), url.searchParams.get("rows")]).toEqual(["chart", "first"]);
    expect(await markedIds(page)).toEqual(ids(atLevel("head", "foreign-minister")));
    await context.close();
  });

  test("a keyboard user reaches the marks", async ({ page }) => {
    await page.goto("/calls?country=QA&view=chart");
    await page.getByRole("navigation", { name: "Rows" }).getByRole("link", { name: "First call" }).focus();
    const first = marks(page).first();
    for (let i = 0; i < 30 && !(await first.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press("Tab");
    await expect(first).toBeFocused();
    await expect(first).toHaveAttribute("aria-label", MARK_NAME);
  });

  test("country and leader pages show their own strip", async ({ page }) => {
    await page.goto("/countries/QA");
    await expect(page.getByRole("figure", { name: "Russia’s calls with Qatar, and when" })).toBeVisible();
    expect(await markedIds(page)).toEqual(ids(withCountry("QA")));
    await page.goto("/leaders/lavrov");
    await expect(page.getByRole("figure", { name: "Sergei Lavrov’s calls, by country and date" })).toBeVisible();
    expect(await markedIds(page)).toEqual(ids(calls.filter((c) => c.russians.some((p) => p.person === "lavrov"))));
  });

  test("the chart downloads as SVG and PNG, with the right types and the filter in the file name", async ({ page, request }) => {
    await page.goto("/calls?country=IR&view=chart");
    const svgHref = await page.getByRole("link", { name: "SVG" }).getAttribute("href");
    const pngHref = await page.getByRole("link", { name: "PNG" }).getAttribute("href");
    expect(svgHref).toBe("/charts/pattern.svg?country=IR");
    expect(pngHref).toBe("/charts/pattern.png?country=IR");

    const svg = await request.get(svgHref!);
    expect(svg.status()).toBe(200);
    expect(svg.headers()["content-type"]).toBe("image/svg+xml; charset=utf-8");
    expect(svg.headers()["content-disposition"]).toBe('attachment; filename="readout-pattern_country-IR.svg"');
    const text = await svg.text();
    expect(text).toContain("<title id=\"t\">Who Moscow called, and when: calls with Iran</title>");
    expect(text).toContain("CC BY 4.0");

    const png = await request.get(pngHref!);
    expect(png.status()).toBe(200);
    expect(png.headers()["content-type"]).toBe("image/png");
    const bytes = await png.body();
    expect([...bytes.subarray(0, 4)]).toEqual([0x89, 0x50, 0x4e, 0x47]);

    const whole = await request.get("/charts/pattern.png?bogus=1");
    expect(whole.status()).toBe(200);
    expect(whole.headers()["x-readout-notice"]).toBe("Ignored unknown parameter 'bogus'");
  });
});

test.describe("the level filter", () => {
  test("changes the list and the URL, and shows each row's levels", async ({ page }) => {
    await gotoHydrated(page, "/calls");
    await page.getByRole("checkbox", { name: /^Foreign minister \d+ calls?$/ }).check();
    await expect(page).toHaveURL(/\/calls\?level=foreign-minister$/);
    const expected = atLevel("foreign-minister");
    await expect(page.getByRole("status").filter({ hasText: /^\d+ calls?/ })).toHaveText(new RegExp(`^${expected.length} calls? of`));
    const shown = await page.locator("main h3 a[href^='/calls/']").evaluateAll((links) => links.map((a) => a.getAttribute("href")!.replace("/calls/", "")));
    // The first page: a page of the matching calls, each of them one of the expected.
    expect(shown).toHaveLength(Math.min(PAGE_SIZE, expected.length));
    const allowed = new Set(ids(expected));
    for (const id of shown) expect(allowed.has(id), id).toBe(true);
    await expect(page.getByRole("link", { name: "Remove level filter: Foreign minister" })).toBeVisible();
    await expect(page.locator(".call-level").first()).toHaveText(/^Level: (Leaders|Foreign ministers|Officials|.+ with .+)$/);
  });

  test("the permalink gives each participant's level", async ({ page }) => {
    await page.goto("/calls/2026-03-02-putin-mohammed-bin-zayed");
    await expect(page.getByText("Level: head of state or government").first()).toBeVisible();
  });
});
