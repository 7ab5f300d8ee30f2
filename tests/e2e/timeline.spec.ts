import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Locator, type Page } from "@playwright/test";
import { gotoHydrated } from "./hydrated";
import { between, calls, countFor, countryName, countText, ids, mentioning, PAGE_SIZE, withCountry } from "./timeline-data";

/** The calls the list shows, by permalink id (each row's headline links to /calls/<id>). */
async function shownIds(page: Page): Promise<string[]> {
  const hrefs = await page.locator("main h3 a[href^='/calls/']").evaluateAll((links) => links.map((a) => a.getAttribute("href") ?? ""));
  return hrefs.map((h) => h.replace("/calls/", "")).sort();
}

const resultCount = (page: Page) => page.getByRole("status").filter({ hasText: /^\d[\d,]* calls?/ });
const countryBox = (page: Page, code: string) => page.getByRole("checkbox", { name: new RegExp(`^${countryName(code)} \\d+ calls?$`) });

/** The count says how many match, and the list shows exactly those (the first page of them, when there are more). */
async function expectList(page: Page, expected: { id: string }[]) {
  await expect(resultCount(page)).toHaveText(new RegExp(`^${countText(expected.length)}(\\D|$)`));
  const shown = await shownIds(page);
  if (expected.length <= PAGE_SIZE) expect(shown).toEqual(ids(expected as never));
  else {
    expect(shown).toHaveLength(PAGE_SIZE);
    expect(ids(expected as never)).toEqual(expect.arrayContaining(shown));
  }
}

/** Presses Tab until `target` has focus: proves it is reachable by keyboard, in order. */
async function tabTo(page: Page, target: Locator, limit = 250) {
  for (let i = 0; i < limit; i++) {
    if (await target.evaluate((el) => el === document.activeElement)) return;
    await page.keyboard.press("Tab");
  }
  throw new Error(`Could not reach ${target} with Tab`);
}

test.describe("the timeline", () => {
  test("lists every call, newest first, 20 a page, grouped by month, with crisis events that can be hidden", async ({ page }) => {
    await page.goto("/calls");
    await expect(page.getByRole("heading", { level: 1, name: "Timeline" })).toBeVisible();
    await expectList(page, calls);
    const newestDate = calls.map((c) => c.date).sort().at(-1)!;
    await expect(page.locator("main h3 a").first()).toHaveAttribute("href", new RegExp(`^/calls/${newestDate}-`));
    await expect(page.getByRole("heading", { level: 2 }).filter({ hasText: /^\w+ \d{4}/ }).first()).toBeVisible();

    // Every call is on exactly one page.
    const pages = Math.ceil(calls.length / PAGE_SIZE);
    const seen = await shownIds(page);
    for (let n = 2; n <= pages; n++) {
      await page.getByRole("link", { name: /^Next page/ }).click();
      await expect(page).toHaveURL(new RegExp(`/calls\\?page=${n}$`));
      await expect(page.getByText(`Page ${n} of ${pages}`)).toBeVisible();
      seen.push(...(await shownIds(page)));
    }
    expect(seen.sort()).toEqual(ids(calls));
    if (pages > 1) await page.goto("/calls");

    const events = page.getByRole("article", { name: /^Crisis event:/ });
    await expect(events.first()).toBeVisible();
    await expect(events.first()).toContainText("Crisis event");
    await page.getByRole("link", { name: "Hide crisis events" }).click();
    await expect(page).toHaveURL(/\/calls\?events=hide$/);
    await expect(events).toHaveCount(0);
    await expectList(page, calls);
    await page.getByRole("link", { name: "Show crisis events" }).click();
    await expect(page).toHaveURL(/\/calls$/);
    await expect(events.first()).toBeVisible();
  });

  test("/calls?country=IR shows exactly the calls with Iran's leaders", async ({ page }) => {
    await page.goto("/calls?country=IR");
    await expectList(page, withCountry("IR"));
    await expect(countryBox(page, "IR")).toBeChecked();
    await expect(page.getByRole("link", { name: "Remove country filter: Iran" })).toBeVisible();
  });

  test("/calls?from=2026-03-01&to=2026-03-08 shows exactly that week", async ({ page }) => {
    await page.goto("/calls?from=2026-03-01&to=2026-03-08");
    await expectList(page, between("2026-03-01", "2026-03-08"));
    await expect(page.getByLabel("From", { exact: true })).toHaveValue("2026-03-01");
    await expect(page.getByLabel("To", { exact: true })).toHaveValue("2026-03-08");
  });

  test("/calls?q=intelligence shows the calls where intelligence came up", async ({ page }) => {
    const expected = mentioning("intelligence");
    expect(expected.length).toBeGreaterThan(0);
    await page.goto("/calls?q=intelligence");
    await expectList(page, expected);
    await expect(page.getByRole("searchbox", { name: "Search" })).toHaveValue("intelligence");
  });

  test("a search for nothing says what was searched and how to broaden it", async ({ page }) => {
    await page.goto("/calls?country=QA&q=zzzzqqq");
    await expect(resultCount(page)).toContainText("0 calls");
    await expect(page.getByRole("heading", { name: "No call matches all of these filters" })).toBeVisible();
    await expect(page.getByText("You asked for calls matching")).toContainText("“zzzzqqq”");
    await page.getByRole("link", { name: "Remove “zzzzqqq”" }).click();
    await expect(page).toHaveURL(/\/calls\?country=QA$/);
    await expectList(page, withCountry("QA"));
  });
});

/** Holds the framework's chunks on their way to the page until the returned function is called. */
async function holdFramework(page: Page): Promise<() => void> {
  let release = () => {};
  const released = new Promise<void>((resolve) => (release = resolve));
  await page.route(/\/_next\/static\/chunks\/.*\.js$/, async (route) => {
    await released;
    await route.continue();
  });
  return release;
}

test.describe("filtering with JavaScript", () => {
  test("choosing countries updates the list and the URL without a reload; reload keeps it; Back restores each view", async ({ page }) => {
    await gotoHydrated(page, "/calls");
    await page.evaluate(() => ((window as unknown as { stayed: boolean }).stayed = true));

    await countryBox(page, "IR").check();
    await expect(page).toHaveURL(/\/calls\?country=IR$/);
    await expectList(page, withCountry("IR"));

    await countryBox(page, "QA").check();
    await expect(page).toHaveURL(/\/calls\?country=IR&country=QA$/);
    await expectList(page, withCountry("IR", "QA"));
    // The same document: the list changed without a full page load.
    expect(await page.evaluate(() => (window as unknown as { stayed?: boolean }).stayed)).toBe(true);

    await page.reload();
    await expectList(page, withCountry("IR", "QA"));
    await expect(countryBox(page, "QA")).toBeChecked();

    await page.goBack();
    await expect(page).toHaveURL(/\/calls\?country=IR$/);
    await expectList(page, withCountry("IR"));
    await expect(countryBox(page, "QA")).not.toBeChecked();
    await expect(countryBox(page, "IR")).toBeChecked();

    await page.goBack();
    await expect(page).toHaveURL(/\/calls$/);
    await expectList(page, calls);
    await expect(countryBox(page, "IR")).not.toBeChecked();
  });

  test("a box ticked, or words typed, before the framework has loaded update the list once it has", async ({ page }) => {
    // The reader acts while the framework's chunks are still on their way.
    let release = await holdFramework(page);
    await page.goto("/calls");
    await countryBox(page, "IR").check();
    await expect(countryBox(page, "IR")).toBeChecked();
    await expect(page.locator('form[role="search"][data-hydrated]')).toHaveCount(0);
    await expect(page).toHaveURL(/\/calls$/);
    release();
    await expect(page).toHaveURL(/\/calls\?country=IR$/);
    await expectList(page, withCountry("IR"));

    await page.unrouteAll();
    release = await holdFramework(page);
    await page.goto("/calls");
    await page.getByRole("searchbox", { name: "Search" }).pressSequentially("intel", { delay: 30 });
    release();
    await expect(page).toHaveURL(/\/calls\?q=intel$/);
    await expectList(page, mentioning("intel"));
  });

  test("typing searches after a pause, as one history entry; a chip removes the search", async ({ page }) => {
    await gotoHydrated(page, "/calls");
    const search = page.getByRole("searchbox", { name: "Search" });
    await search.pressSequentially("intel", { delay: 30 });
    await expect(page).toHaveURL(/\/calls\?q=intel$/);
    await search.pressSequentially("ligence", { delay: 30 });
    await expect(page).toHaveURL(/\/calls\?q=intelligence$/);
    await expectList(page, mentioning("intelligence"));

    await page.getByRole("link", { name: "Remove search filter: “intelligence”" }).click();
    await expect(page).toHaveURL(/\/calls$/);
    await expect(search).toHaveValue("");
    await page.goBack();
    await expect(page).toHaveURL(/\/calls\?q=intelligence$/);
    await expect(search).toHaveValue("intelligence");
    // "intel" was replaced as the words were refined: one step back leaves the search.
    await page.goBack();
    await expect(page).toHaveURL(/\/calls$/);
    await expectList(page, calls);
  });

  test("changing the order and the dates updates the list; Clear all resets everything", async ({ page }) => {
    await gotoHydrated(page, "/calls?country=IR");
    await page.getByLabel("Order", { exact: true }).selectOption("oldest");
    await expect(page).toHaveURL(/\/calls\?country=IR&sort=oldest$/);
    const oldest = [...withCountry("IR")].reverse()[0]!;
    await expect(page.locator("main h3 a").first()).toHaveAttribute("href", `/calls/${oldest.id}`);

    await page.getByLabel("From", { exact: true }).fill("2026-03-01");
    await expect(page).toHaveURL(/\/calls\?country=IR&from=2026-03-01&sort=oldest$/);
    await expectList(page, withCountry("IR").filter((c) => c.date >= "2026-03-01"));

    await page.getByRole("link", { name: "Clear all", exact: true }).click();
    await expect(page).toHaveURL(/\/calls$/);
    await expectList(page, calls);
    await expect(page.getByLabel("From", { exact: true })).toHaveValue("");
    await expect(page.getByLabel("Order", { exact: true })).toHaveValue("newest");
  });
});

test.describe("filtering without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the form submits as a plain GET; reload and Back work", async ({ page }) => {
    await page.goto("/calls");
    await countryBox(page, "IR").check();
    await page.getByRole("button", { name: "Apply filters" }).click();
    await expect(page).toHaveURL(/\/calls\?.*country=IR/);
    await expectList(page, withCountry("IR"));

    await countryBox(page, "QA").check();
    await page.getByRole("button", { name: "Apply filters" }).click();
    await expect(page).toHaveURL(/country=IR&country=QA/);
    await expectList(page, withCountry("IR", "QA"));

    await page.reload();
    await expectList(page, withCountry("IR", "QA"));
    await page.goBack();
    await expectList(page, withCountry("IR"));
  });

  test("the week, the search and the chips work too", async ({ page }) => {
    await page.goto("/calls");
    await page.getByLabel("From", { exact: true }).fill("2026-03-01");
    await page.getByLabel("To", { exact: true }).fill("2026-03-08");
    await page.getByRole("button", { name: "Apply filters" }).click();
    await expectList(page, between("2026-03-01", "2026-03-08"));

    await page.goto("/calls");
    await page.getByRole("searchbox", { name: "Search" }).fill("intelligence");
    await page.getByRole("searchbox", { name: "Search" }).press("Enter");
    await expectList(page, mentioning("intelligence"));
    await page.getByRole("link", { name: "Remove search filter: “intelligence”" }).click();
    await expectList(page, calls);
  });
});

test.describe("hostile and broken addresses", () => {
  for (const hostile of ["<script>alert(1)</script>", `"><img src=x onerror=alert(1)>`]) {
    test(`q=${hostile} is shown as text and runs nothing`, async ({ page }) => {
      let dialogs = 0;
      page.on("dialog", async (dialog) => {
        dialogs++;
        await dialog.dismiss();
      });
      const response = await page.goto(`/calls?q=${encodeURIComponent(hostile)}`);
      expect(response?.status()).toBe(200);
      await expect(page.getByRole("searchbox", { name: "Search" })).toHaveValue(hostile);
      await expect(page.getByRole("link", { name: `Remove search filter: “${hostile}”` })).toBeVisible();
      await expect(page.getByText("You asked for calls matching")).toContainText(hostile);
      expect(await page.locator("main img, main script").count()).toBe(0);
      expect(dialogs).toBe(0);
    });
  }

  test("bad parameters are ignored with a visible notice, and the page still renders", async ({ page }) => {
    const pagesOfIran = Math.ceil(withCountry("IR").length / PAGE_SIZE);
    const response = await page.goto("/calls?country=ZZ&country=IR&leader=nobody&topic=weather&from=2026-02-30&to=yesterday&page=99&sort=random");
    expect(response?.status()).toBe(200);
    const notice = page.getByRole("status").filter({ hasText: "was not understood" });
    for (const text of [
      "Ignored unknown country 'ZZ'",
      "Ignored unknown leader 'nobody'",
      "Ignored unknown topic 'weather'",
      "Ignored 'from': '2026-02-30' is not a date (YYYY-MM-DD)",
      "Ignored 'to': 'yesterday' is not a date (YYYY-MM-DD)",
      "Ignored unknown sort order 'random'",
      `Ignored page 99: there ${pagesOfIran === 1 ? "is 1 page" : `are ${pagesOfIran} pages`}`,
    ]) {
      await expect(notice).toContainText(text);
    }
    // Page 99 falls back to the last page of Iran's calls.
    const iran = withCountry("IR");
    await expect(resultCount(page)).toHaveText(new RegExp(`^${countText(iran.length)}(\\D|$)`));
    const shown = await shownIds(page);
    expect(shown).toHaveLength(iran.length - (pagesOfIran - 1) * PAGE_SIZE);
    expect(ids(iran as never)).toEqual(expect.arrayContaining(shown));
  });

  test("from after to, an over-long q and odd parameters never cause an error", async ({ request }) => {
    for (const search of [
      "from=2026-03-10&to=2026-03-01",
      `q=${"x".repeat(5000)}`,
      "country=&country=%00&leader[]=x&__proto__=1&constructor=1&toString=1&hasOwnProperty=x&valueOf=1",
      "page=-1&page=1e9&sort=&q=%E0%A4%A",
    ]) {
      const response = await request.get(`/calls?${search}`);
      expect(response.status(), search).toBe(200);
    }
  });
});

test.describe("keyboard only", () => {
  test("every control can be reached and used with the keyboard", async ({ page }) => {
    await page.goto("/calls");
    const search = page.getByRole("searchbox", { name: "Search" });
    await tabTo(page, search);
    await page.keyboard.type("intelligence");
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(/q=intelligence/);

    await tabTo(page, page.getByLabel("From", { exact: true }));
    await page.keyboard.type("03012026"); // the date field's segments, in the browser's en-US order
    await expect(page).toHaveURL(/from=2026-03-01/);

    await tabTo(page, countryBox(page, "US"));
    await page.keyboard.press("Space");
    await expect(page).toHaveURL(/country=US/);

    const topic = page.getByRole("checkbox", { name: /^Intelligence sharing \d+ calls?$/ });
    await tabTo(page, topic);
    await page.keyboard.press("Space");
    await expect(page).toHaveURL(/topic=intelligence-sharing/);

    await tabTo(page, page.getByLabel("Order", { exact: true }));
    await page.keyboard.press("ArrowDown");
    await expect(page).toHaveURL(/sort=oldest/);

    const chip = page.getByRole("link", { name: "Remove country filter: United States" });
    await tabTo(page, chip);
    await page.keyboard.press("Enter");
    await expect(page).not.toHaveURL(/country=US/);

    await tabTo(page, page.getByRole("link", { name: "Hide crisis events" }));
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(/events=hide/);

    await tabTo(page, page.getByRole("link", { name: "Clear all", exact: true }));
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(/\/calls$/);
  });

  test("focus is visible on the controls", async ({ page }) => {
    await page.goto("/calls");
    const box = countryBox(page, "IR");
    await tabTo(page, box);
    const outline = await box.evaluate((el) => getComputedStyle(el).outlineStyle);
    expect(outline).not.toBe("none");
  });
});

test.describe("on a phone", () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test("the filters fold away behind a Filters disclosure, with or without JavaScript", async ({ browser }) => {
    for (const javaScriptEnabled of [true, false]) {
      const context = await browser.newContext({ viewport: { width: 390, height: 844 }, javaScriptEnabled });
      const page = await context.newPage();
      await page.goto("/calls");
      const toggle = page.locator("summary", { hasText: "Filters" });
      await expect(toggle).toBeVisible();
      await expect(countryBox(page, "IR")).toBeHidden();
      await expect(page.locator("main h3 a").first()).toBeInViewport();
      await toggle.click();
      await expect(countryBox(page, "IR")).toBeVisible();
      await context.close();
    }
  });
});

test("the count for each country in the filters matches the data", async ({ page }) => {
  await page.goto("/calls");
  await expect(countryBox(page, "IR")).toHaveAccessibleName(`Iran ${countText(countFor("IR"))}`);
});

test.describe("accessibility", () => {
  const views = [
    { url: "/calls", width: 1280 },
    { url: "/calls", width: 390 },
    { url: "/calls?page=2", width: 1280 },
    { url: "/calls?country=ZZ&country=IR&q=%3Cb%3E", width: 1280 },
    { url: "/calls?country=QA&q=zzzzqqq", width: 390 },
  ];
  for (const colorScheme of ["light", "dark"] as const) {
    for (const { url, width } of views) {
      test(`axe finds nothing on ${url} (${colorScheme}, ${width} px)`, async ({ browser }) => {
        test.setTimeout(90_000); // axe's contrast checks are slow on a busy machine
        const context = await browser.newContext({ colorScheme, viewport: { width, height: 900 } });
        const page = await context.newPage();
        await page.goto(url);
        // The phone's folded filters are checked too.
        await page.evaluate(() => document.querySelectorAll("details").forEach((d) => (d.open = true)));
        const { violations } = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"]).analyze();
        expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
        await context.close();
      });
    }
  }
});
