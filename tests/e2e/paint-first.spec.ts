import { expect, test } from "@playwright/test";

// server/defer-scripts.mjs: pages arrive with their stylesheet inline and paint before the
// framework's JavaScript is fetched; the page then hydrates as before.
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

test("the framework runs after the first paint, the page hydrates and its stylesheet is linked once", async ({ page }) => {
  // When each of Next's chunks is added to the page as a script to run.
  await page.addInitScript(() => {
    const added: number[] = ((window as unknown as { chunksAdded: number[] }).chunksAdded = []);
    new MutationObserver((records) => {
      for (const r of records)
        for (const node of r.addedNodes)
          if (node instanceof HTMLScriptElement && !node.noModule && /\/_next\/static\/chunks\//.test(node.src)) added.push(performance.now());
    }).observe(document, { childList: true, subtree: true });
  });
  await page.goto(PERMALINK);
  // The Copy button exists only once React has hydrated the page.
  await expect(page.getByRole("button", { name: /copy/i }).first()).toBeVisible();
  const timing = await page.evaluate(() => {
    const paint = performance.getEntriesByName("first-contentful-paint")[0]?.startTime ?? Infinity;
    const chunks = (window as unknown as { chunksAdded: number[] }).chunksAdded;
    return { paint, chunks, links: [...document.querySelectorAll('link[rel="stylesheet"]')].map((l) => l.getAttribute("href")) };
  });
  expect(timing.paint).toBeLessThan(Infinity);
  expect(timing.chunks.length).toBeGreaterThan(0);
  for (const start of timing.chunks) expect(start).toBeGreaterThanOrEqual(timing.paint);
  expect(timing.links.length).toBeGreaterThan(0);
  expect(new Set(timing.links).size).toBe(timing.links.length);
  // Styled from the first paint: the page's own font stack, not the browser's default serif.
  expect(await page.evaluate(() => getComputedStyle(document.body).fontFamily)).toContain("system-ui");
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
