import { expect, test, type Page } from "@playwright/test";

// server/defer-scripts.mjs: pages arrive with their stylesheet inline and paint without the
// framework's JavaScript, which loads only when the reader reaches for a part it enhances.
const PERMALINK = "/calls/2026-03-02-putin-mohammed-bin-zayed";

test("a page's HTML fetches no script and waits for no stylesheet before it paints, and still arrives compressed", async ({ request }) => {
  // Brotli for a browser that takes it, gzip for one that does not; the same page either way.
  const gzip = await request.get(PERMALINK, { headers: { "accept-encoding": "gzip" } });
  expect(gzip.headers()["content-encoding"]).toBe("gzip");
  const response = await request.get(PERMALINK, { headers: { "accept-encoding": "gzip, deflate, br, zstd" } });
  expect(response.status()).toBe(200);
  expect(response.headers()["content-encoding"]).toBe("br");
  expect(response.headers()["vary"]).toMatch(/Accept-Encoding/i);
  const html = await response.text();
  expect(html).toBe(await gzip.text());
  expect(html).not.toMatch(/<script src="[^"]*\/_next\/static\/chunks\/[^"]*" async="">/);
  expect(html).not.toMatch(/<link rel="(stylesheet|preload)"[^>]*\/_next\//);
  expect(html).toMatch(/<style data-href="\/_next\/static\/chunks\/[^"]+\.css">/);
  expect(html).toContain("self.__readoutDefer(");
});

/** Records, in the page, when each of Next's chunks is added to it as a script to run. */
async function recordChunks(page: Page) {
  await page.addInitScript(() => {
    const added: number[] = ((window as unknown as { chunksAdded: number[] }).chunksAdded = []);
    new MutationObserver((records) => {
      for (const r of records)
        for (const node of r.addedNodes)
          if (node instanceof HTMLScriptElement && !node.noModule && /\/_next\/static\/chunks\//.test(node.src)) added.push(performance.now());
    }).observe(document, { childList: true, subtree: true });
  });
}
const chunksAdded = (page: Page) => page.evaluate(() => (window as unknown as { chunksAdded: number[] }).chunksAdded);

test("the framework loads only when the reader reaches for a part it enhances; the page then hydrates and its stylesheet is linked once", async ({ page }) => {
  await recordChunks(page);
  await page.goto(PERMALINK);
  await page.waitForLoadState("networkidle");
  expect(await chunksAdded(page)).toEqual([]);
  // The Copy button exists only once React has hydrated the page.
  await expect(page.getByRole("button", { name: /copy/i })).toHaveCount(0);

  const reached = await page.evaluate(() => performance.now());
  await page.getByLabel("Permalink").hover();
  await expect(page.getByRole("button", { name: "Copy permalink" })).toBeVisible();
  const timing = await page.evaluate(() => ({
    paint: performance.getEntriesByName("first-contentful-paint")[0]?.startTime ?? Infinity,
    links: [...document.querySelectorAll('link[rel="stylesheet"]')].map((l) => l.getAttribute("href")),
  }));
  const chunks = await chunksAdded(page);
  expect(timing.paint).toBeLessThan(reached);
  expect(chunks.length).toBeGreaterThan(0);
  for (const start of chunks) expect(start).toBeGreaterThanOrEqual(reached);
  expect(timing.links.length).toBeGreaterThan(0);
  expect(new Set(timing.links).size).toBe(timing.links.length);
  // Styled from the first paint: the page's own font stack, not the browser's default serif.
  expect(await page.evaluate(() => getComputedStyle(document.body).fontFamily)).toContain("system-ui");
});

test("a page with nothing for the framework to do never loads it, whatever the reader does there", async ({ page }) => {
  const fetched: string[] = [];
  page.on("request", (request) => {
    if (/\/_next\/static\/chunks\/.*\.js$/.test(request.url())) fetched.push(request.url());
  });
  for (const url of ["/", "/leaders/putin", "/countries/IR", "/claims", "/about"]) {
    await page.goto(url);
    // Point at links and controls, move through them with the keyboard, scroll to the end.
    for (const target of await page.locator("main a:visible, main select:visible").all().then((all) => all.slice(0, 4))) await target.hover();
    for (let i = 0; i < 6; i++) await page.keyboard.press("Tab");
    await page.mouse.wheel(0, 4000);
    await page.waitForLoadState("networkidle");
    expect(fetched, url).toEqual([]);
  }
});

test("a page answered from the response cache is the page as rewritten once, and stays HTML", async ({ request }) => {
  for (let i = 0; i < 3; i++) {
    const response = await request.get("/calls?country=IR&paint-first-test=1");
    expect(response.status()).toBe(200);
    const html = await response.text();
    expect(html.startsWith("<!DOCTYPE html>")).toBe(true);
    expect(html.split("(function(w,d){var q=[]")).toHaveLength(2);
    expect(html.match(/<style data-href=/g)?.length).toBeGreaterThan(0);
    expect(html).not.toMatch(/<script src="[^"]*\/_next\/static\/chunks\/[^"]*" async="">/);
  }
});
