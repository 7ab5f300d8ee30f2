import fs from "node:fs";
import path from "node:path";
import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";

const MBZ = "/calls/2026-03-02-putin-mohammed-bin-zayed";
const MBZ_HEADLINE = "Putin offers to carry the UAE's complaints about Iranian attacks to Tehran";

/*
 * Expectations are worked out from data/ itself (read here as plain JSON), so the tests follow the
 * record as it grows instead of freezing today's numbers.
 */
type RawCall = {
  id: string;
  date: string;
  russians: { person: string; office: string }[];
  counterparts: { person: string; office: string }[];
  readouts: { kremlin: { status: string; quotes?: { text: string; source: string }[] }; others: { id: string; side: string }[] };
  claims: { id: string; statement: string; speakers: string[]; kind: string; reportedIn: string }[];
};
const DATA_DIR = path.resolve(import.meta.dirname, "../../data");
const readJson = <T>(file: string) => JSON.parse(fs.readFileSync(path.join(DATA_DIR, file), "utf8")) as T;
const CALLS = fs.readdirSync(path.join(DATA_DIR, "calls")).map((file) => readJson<RawCall>(`calls/${file}`));
const SOURCES = readJson<{ id: string; publisher: string }[]>("sources.json");
const PEOPLE = readJson<{ id: string; name: string; offices: { id: string; country: string }[] }[]>("people.json");
const callById = (id: string) => CALLS.find((c) => c.id === id)!;
const countryOf = (p: { person: string; office: string }) => PEOPLE.find((x) => x.id === p.person)?.offices.find((o) => o.id === p.office)?.country;
const longDate = (iso: string) => new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" }).format(new Date(iso));

/** The calls with a counterpart from `code`: what the country page must list. */
function callsWithCountry(code: string): string[] {
  return CALLS.filter((call) => call.counterparts.some((p) => countryOf(p) === code))
    .map((call) => call.id)
    .sort();
}

/** Permalink anchors of the claims matching a filter, sorted. */
function claimHrefs(match: (call: RawCall, claim: RawCall["claims"][number]) => boolean): string[] {
  return CALLS.flatMap((call) => call.claims.filter((claim) => match(call, claim)).map((claim) => `/calls/${call.id}#claim-${claim.id}`)).sort();
}

test.describe("a call's permalink", () => {
  test("opens directly with the accounts side by side and the disagreement flagged", async ({ page }) => {
    const response = await page.goto(MBZ);
    expect(response?.status()).toBe(200);
    await expect(page.getByRole("heading", { level: 1, name: MBZ_HEADLINE })).toBeVisible();

    const accounts = page.getByRole("region", { name: "What each side said" });
    const kremlin = accounts.getByRole("article", { name: "Kremlin readout", exact: true });
    const emirati = accounts.getByRole("article", { name: "Emirati account" });
    await expect(kremlin).toContainText("By Kremlin press service");
    await expect(emirati).toContainText("By Emirates News Agency (WAM)");
    const call = callById(MBZ.slice("/calls/".length));
    await expect(kremlin.locator("blockquote").first()).toContainText(call.readouts.kremlin.quotes![0]!.text);
    const quoted = call.readouts.kremlin.quotes![0]!;
    await expect(kremlin.locator("figcaption").first()).toContainText(`as quoted by ${SOURCES.find((s) => s.id === quoted.source)!.publisher}`);
    for (const claim of call.claims) {
      const column = claim.reportedIn === "kremlin" ? kremlin : emirati;
      await expect(column.locator(`#claim-${claim.id}`)).toContainText(claim.statement);
    }

    await expect(accounts.getByRole("heading", { name: "The accounts disagree" })).toBeVisible();
    await expect(page.locator("#claim-condemned-strikes")).toContainText("Disputed");
    await expect(page.locator("#claim-iranian-attacks")).toContainText("Disputed");
    await expect(page.locator("#claim-conduit")).not.toContainText("Disputed");
  });

  test("says when a side published no readout", async ({ page }) => {
    await page.goto("/calls/2026-03-09-ushakov-witkoff-kushner");
    await expect(page.getByRole("article", { name: "No Kremlin readout reported" })).toContainText("known only from Steve Witkoff");
    // A call with Iran that only the Russian side gave an account of, whichever the record now holds.
    const russianOnly = CALLS.find(
      (c) => c.counterparts.every((p) => countryOf(p) === "IR") && c.readouts.kremlin.status === "reported" && !c.readouts.others.some((r) => r.side === "counterpart"),
    )!;
    await page.goto(`/calls/${russianOnly.id}`);
    await expect(page.getByRole("article", { name: "No Iranian readout reported" })).toBeVisible();
  });

  test("places the call among the day's five Gulf calls and its neighbours", async ({ page }) => {
    await page.goto(MBZ);
    const sameDay = page.locator("#same-day");
    await expect(sameDay.getByRole("heading", { name: "5 calls on 2 March 2026" })).toBeVisible();
    await expect(sameDay.getByRole("listitem")).toHaveCount(5);
    await expect(sameDay.locator("[aria-current=page]")).toContainText(MBZ_HEADLINE);
    const neighbours = page.getByRole("navigation", { name: "Previous and next call" });
    await expect(neighbours.getByRole("link", { name: /Previous call/ })).toHaveAttribute("href", /^\/calls\/2026-/);
  });

  test("says how long since the last call with the counterpart", async ({ page }) => {
    const id = "2026-03-06-putin-pezeshkian";
    const previous = CALLS.filter((c) => c.date < id.slice(0, 10) && c.counterparts.some((p) => p.person === "pezeshkian"))
      .map((c) => c.date)
      .sort()
      .at(-1)!;
    const days = (Date.parse(id.slice(0, 10)) - Date.parse(previous)) / 86_400_000;
    await page.goto(`/calls/${id}`);
    await expect(page.getByText(`The first call with Masoud Pezeshkian since ${longDate(previous)} (${days} days).`)).toBeVisible();
  });

  test("links sources safely and topics to the filtered timeline", async ({ page }) => {
    await page.goto(MBZ);
    const sources = page.getByRole("region", { name: "Sources" });
    const link = sources.getByRole("link", { name: "Vladimir Putin to convey Gulf concerns to Iran over air strikes" });
    await expect(link).toHaveAttribute("rel", "noopener noreferrer");
    await expect(link).toHaveAttribute("href", /^https:\/\/www\.thenationalnews\.com\//);
    await expect(page.getByRole("link", { name: "Mediation", exact: true })).toHaveAttribute("href", "/calls?topic=mediation");
  });

  test("has a title, description, canonical URL, Open Graph and Twitter tags, and JSON-LD that parses", async ({ page }) => {
    await page.goto(MBZ);
    await expect(page).toHaveTitle(`${MBZ_HEADLINE} — Readout`);
    await expect(page.locator('meta[name="description"]')).toHaveAttribute("content", /^2 March 2026, phone call: Vladimir Putin with Mohammed bin Zayed/);
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute("href", new RegExp(`${MBZ}$`));
    await expect(page.locator('meta[property="og:title"]')).toHaveAttribute("content", MBZ_HEADLINE);
    await expect(page.locator('meta[property="og:url"]')).toHaveAttribute("content", new RegExp(`${MBZ}$`));
    await expect(page.locator('meta[name="twitter:card"]')).toHaveAttribute("content", "summary_large_image");
    const jsonLd = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent()) ?? "") as {
      "@type": string;
      startDate: string;
      attendee: { name: string }[];
    };
    expect(jsonLd["@type"]).toBe("Event");
    expect(jsonLd.startDate).toBe("2026-03-02");
    expect(jsonLd.attendee.map((a) => a.name)).toEqual(["Vladimir Putin", "Mohammed bin Zayed Al Nahyan"]);
  });

  test("serves the record as JSON, under its short name too", async ({ request }) => {
    const direct = await request.get(`${MBZ}/record.json`);
    expect(direct.status()).toBe(200);
    expect(direct.headers()["content-type"]).toContain("application/json");
    const body = (await direct.json()) as { id: string; record: unknown; people: { id: string }[] };
    expect(body.id).toBe("2026-03-02-putin-mohammed-bin-zayed");
    expect(body.record).toEqual(callById("2026-03-02-putin-mohammed-bin-zayed"));
    expect(body.people.map((p) => p.id)).toEqual(["putin", "mohammed-bin-zayed"]);

    const short = await request.get(`${MBZ}.json`, { maxRedirects: 0 });
    expect(short.status()).toBe(308);
    expect(short.headers()["location"]).toMatch(new RegExp(`${MBZ}/record\\.json$`));
  });

  test("offers the link and a citation to copy, with and without JavaScript", async ({ browser, baseURL }) => {
    const noJs = await browser.newContext({ javaScriptEnabled: false });
    const plain = await noJs.newPage();
    await plain.goto(`${baseURL}${MBZ}`);
    await expect(plain.getByLabel("Permalink")).toHaveValue(new RegExp(`${MBZ}$`));
    await expect(plain.getByLabel("Citation")).toHaveValue(/^Readout, “Putin offers to carry/);
    await expect(plain.getByRole("button", { name: /Copy/ })).toHaveCount(0);
    await noJs.close();

    const withJs = await browser.newContext();
    await withJs.grantPermissions(["clipboard-read", "clipboard-write"], { origin: baseURL });
    const page = await withJs.newPage();
    await page.goto(`${baseURL}${MBZ}`);
    // The framework, and with it the Copy buttons and today's date, loads as the reader reaches for a field.
    await page.getByLabel("Citation").hover();
    const today = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "long", year: "numeric" }).format(new Date());
    await expect(page.getByLabel("Citation")).toHaveValue(new RegExp(`\\(accessed ${today}\\)\\.$`));
    await page.getByRole("button", { name: "Copy permalink" }).click();
    await expect(page.getByText("Permalink copied.")).toBeVisible();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(new RegExp(`${MBZ}$`));
    await withJs.close();
  });
});

test.describe("leader and country pages", () => {
  test("a participant leads to their page and Back returns to the call", async ({ page }) => {
    await page.goto(MBZ);
    await page.getByRole("region", { name: "The call", exact: true }).getByRole("link", { name: "Mohammed bin Zayed Al Nahyan" }).click();
    await expect(page).toHaveURL(/\/leaders\/mohammed-bin-zayed$/);
    await expect(page.getByRole("heading", { level: 1, name: "Mohammed bin Zayed Al Nahyan" })).toBeVisible();
    await expect(page.getByRole("region", { name: "Calls", exact: true }).getByRole("link", { name: MBZ_HEADLINE })).toBeVisible();
    await expect(page.getByRole("region", { name: "Russian officials" }).getByRole("link", { name: "Vladimir Putin" })).toBeVisible();
    await page.goBack();
    await expect(page).toHaveURL(new RegExp(`${MBZ}$`));
    await expect(page.getByRole("heading", { level: 1, name: MBZ_HEADLINE })).toBeVisible();
  });

  test("Putin's page counts each counterpart and lists the claims he made", async ({ page }) => {
    const counts = new Map<string, number>();
    for (const call of CALLS.filter((c) => c.russians.some((p) => p.person === "putin"))) {
      for (const p of call.counterparts) counts.set(p.person, (counts.get(p.person) ?? 0) + 1);
    }
    await page.goto("/leaders/putin");
    const rows = page.getByRole("region", { name: "Counterparts" }).getByRole("listitem");
    await expect(rows).toHaveCount(counts.size);
    const most = Math.max(...counts.values());
    await expect(rows.first()).toContainText(`${most} calls`);
    // The latest 20 of his claims, each linked to its place on the permalink, and the rest in the ledger.
    const claims = page.getByRole("region", { name: "Claims made" });
    const his = claimHrefs((_, claim) => claim.speakers.includes("putin"));
    const shown = await claims.locator('a[href*="#claim-"]').evaluateAll((links) => links.map((a) => a.getAttribute("href") ?? ""));
    expect(shown).toHaveLength(Math.min(20, his.length));
    expect(his).toEqual(expect.arrayContaining(shown));
    const dateOf = (href: string) => callById(href.slice("/calls/".length, href.indexOf("#"))).date;
    const oldestShown = shown.map(dateOf).sort()[0]!;
    expect(his.filter((href) => !shown.includes(href)).every((href) => dateOf(href) <= oldestShown)).toBe(true);
    if (his.length > 20) await expect(claims).toContainText(`The latest 20 of ${his.length} claims attributed to Vladimir Putin.`);
    await expect(claims.getByRole("link", { name: "Filter them in the claims ledger" })).toHaveAttribute("href", "/claims?speaker=putin");
  });

  test("the leaders index groups people by side and country", async ({ page }) => {
    await page.goto("/leaders");
    await expect(page.getByRole("region", { name: "Russia", exact: true }).getByRole("link", { name: "Sergei Lavrov" })).toBeVisible();
    const counterparts = page.getByRole("region", { name: "Counterparts" });
    await expect(counterparts.getByRole("heading", { name: "United States" })).toBeVisible();
    await expect(counterparts.getByRole("link", { name: "Jared Kushner" })).toBeVisible();
  });

  test("a country page lists exactly that country's calls and links to the filtered timeline", async ({ page }) => {
    await page.goto("/countries/IR");
    await expect(page.getByRole("heading", { level: 1, name: "Iran" })).toBeVisible();
    const hrefs = await page.getByRole("region", { name: "Calls", exact: true }).getByRole("heading").getByRole("link").evaluateAll((links) =>
      links.map((a) => a.getAttribute("href") ?? ""),
    );
    expect(hrefs.map((h) => h.replace("/calls/", "")).sort()).toEqual(callsWithCountry("IR"));
    await expect(page.getByRole("link", { name: "Filter the timeline by Iran" })).toHaveAttribute("href", "/calls?country=IR");
  });

  test("the countries index counts calls per country", async ({ page }) => {
    await page.goto("/countries");
    const iran = page.getByRole("listitem").filter({ has: page.getByRole("heading", { name: "Iran" }) });
    await expect(iran).toContainText(`${callsWithCountry("IR").length} calls`);
    await expect(iran.getByRole("link", { name: "Masoud Pezeshkian" })).toBeVisible();
  });

  test("a lowercase country code redirects to the upper-case page", async ({ page, request }) => {
    const response = await request.get("/countries/qa", { maxRedirects: 0 });
    expect([307, 308]).toContain(response.status());
    await page.goto("/countries/qa");
    await expect(page).toHaveURL(/\/countries\/QA$/);
  });
});

test.describe("not found", () => {
  const NOT_FOUND = ["/calls/2026-03-02-putin-nobody", "/leaders/nobody", "/countries/ZZ", "/countries/RU", "/countries/kw"];
  for (const url of NOT_FOUND) {
    test(`${url} answers 404 with a way back in`, async ({ page }) => {
      const response = await page.goto(url);
      expect(response?.status()).toBe(404);
      await expect(page.getByRole("heading", { level: 1, name: "Page not found" })).toBeVisible();
      await expect(page.getByRole("searchbox", { name: "Search the calls" })).toBeVisible();
      await expect(page.getByRole("main").getByRole("link", { name: "The timeline" })).toHaveAttribute("href", "/calls");
    });
  }

  test("without JavaScript, every 404 is the same page, as HTML", async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    for (const url of NOT_FOUND) {
      const response = await page.goto(url);
      expect(response?.status(), url).toBe(404);
      await expect(page.getByRole("heading", { level: 1, name: "Page not found" }), url).toBeVisible();
      await expect(page.getByRole("searchbox", { name: "Search the calls" }), url).toBeVisible();
    }
    await context.close();
  });

  test("the search box searches the timeline", async ({ page }) => {
    await page.goto("/leaders/nobody");
    await page.getByRole("searchbox", { name: "Search the calls" }).fill("Qatar");
    await page.getByRole("button", { name: "Search" }).click();
    await expect(page).toHaveURL(/\/calls\?q=Qatar$/);
  });
});

test.describe("the claims ledger", () => {
  test("filters with the form; the URL keeps the state and Back restores it", async ({ page }) => {
    await page.goto("/claims");
    const all = claimHrefs(() => true).length;
    await expect(page.getByRole("heading", { level: 2, name: all > 50 ? `Claims 1–50 of ${all}` : `${all} claims` })).toBeVisible();
    await page.getByLabel("Kind", { exact: true }).selectOption("denial");
    await page.getByRole("button", { name: "Apply filters" }).click();
    await expect(page).toHaveURL(/\/claims\?kind=denial$/);
    const denials = claimHrefs((_, claim) => claim.kind === "denial");
    await expect(page.getByRole("heading", { level: 2, name: new RegExp(`^${denials.length} claims? \\(of`) })).toBeVisible();
    expect((await page.getByRole("main").locator('a[href*="#claim-"]').evaluateAll((links) => links.map((a) => a.getAttribute("href")))).sort()).toEqual(
      denials,
    );
    await page.getByRole("link", { name: "Remove filter Kind: Denial" }).click();
    await expect(page).toHaveURL(/\/claims$/);
    await page.goBack();
    await expect(page).toHaveURL(/\/claims\?kind=denial$/);
    await expect(page.getByLabel("Kind", { exact: true })).toHaveValue("denial");
  });

  test("filters by speaker, reporter and country together", async ({ page }) => {
    const expected = claimHrefs(
      (call, claim) =>
        claim.speakers.includes("putin") &&
        call.readouts.others.some((r) => r.id === claim.reportedIn && r.side === "counterpart") &&
        call.counterparts.some((p) => countryOf(p) === "AE"),
    );
    expect(expected.length).toBeGreaterThan(0);
    await page.goto("/claims?speaker=putin&reported-by=counterpart&country=AE");
    await expect(page.getByRole("heading", { level: 2, name: new RegExp(`^${expected.length} claims? \\(of`) })).toBeVisible();
    const claimLinks = page.getByRole("main").locator('a[href*="#claim-"]');
    expect((await claimLinks.evaluateAll((links) => links.map((a) => a.getAttribute("href")))).sort()).toEqual(expected);
  });

  test("ignores unknown and hostile parameters with a notice, never a crash", async ({ page }) => {
    const response = await page.goto("/claims?kind=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E&speaker=nobody&page=-2&utm=1");
    expect(response?.status()).toBe(200);
    const notices = page.getByRole("status");
    await expect(notices).toContainText('Unknown kind of claim "<img src=x onerror=alert(1)>" ignored.');
    await expect(notices).toContainText('Unknown speaker "nobody" ignored.');
    await expect(notices).toContainText('Page "-2" is not a page number');
    await expect(notices).toContainText('Unknown parameter "utm" ignored.');
    await expect(page.locator("img[src=x]")).toHaveCount(0);
    await expect(page.getByRole("heading", { level: 2, name: /^(\d+ claims|Claims 1–50 of \d+)$/ })).toBeVisible();
  });

  test("pages through a long ledger", async ({ page }) => {
    const all = claimHrefs(() => true).length;
    test.skip(all <= 50, "the record has a single page of claims");
    await page.goto("/claims");
    await page.getByRole("navigation", { name: "Pages" }).getByRole("link", { name: "Next page →" }).click();
    await expect(page).toHaveURL(/\/claims\?page=2$/);
    await expect(page.getByRole("heading", { level: 2, name: `Claims 51–${Math.min(100, all)} of ${all}` })).toBeVisible();
    await expect(page.getByText(`Page 2 of ${Math.ceil(all / 50)}`)).toBeVisible();
  });
});

test.describe("accessibility", () => {
  const pages = [MBZ, "/calls/2026-03-09-putin-trump", "/leaders", "/leaders/putin", "/countries", "/countries/IR", "/claims", "/claims?kind=nope", "/leaders/nobody"];
  for (const url of pages) {
    test(`axe finds no WCAG 2.2 AA violations on ${url}, light and dark`, async ({ page }) => {
      test.setTimeout(90_000);
      for (const colorScheme of ["light", "dark"] as const) {
        await page.emulateMedia({ colorScheme });
        await page.goto(url);
        const { violations } = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]).analyze();
        expect(violations.map((v) => `${colorScheme}: ${v.id} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`)).toEqual([]);
      }
    });
  }
});
