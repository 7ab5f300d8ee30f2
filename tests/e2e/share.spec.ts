import { Cite } from "@citation-js/core";
import "@citation-js/plugin-bibtex";
import "@citation-js/plugin-ris";
import http from "node:http";
import type { AddressInfo } from "node:net";
import { expect, test } from "@playwright/test";

/**
 * Share, embed and cite (#15): the social cards, the embeds on another origin, oEmbed, the
 * citation downloads and meta tags, the OpenAPI document and who may fetch what.
 */
const ID = "2026-03-02-putin-mohammed-bin-zayed";
const MBZ = `/calls/${ID}`;
const HEADLINE = "Putin offers to carry the UAE's complaints about Iranian attacks to Tehran";
/** The public origin the build was made for (SITE_URL); permalinks, snippets and oEmbed URLs carry it. */
const SITE = (process.env.SITE_URL ?? "http://localhost:3000").replace(/\/+$/, "");

/** A PNG's width and height, from its IHDR chunk. */
function pngSize(body: Buffer): [number, number] {
  expect(body.subarray(1, 4).toString("latin1")).toBe("PNG");
  return [body.readUInt32BE(16), body.readUInt32BE(20)];
}

test.describe("social cards", () => {
  test("a call's card is a 1200×630 PNG, and the permalink's og:image points to it", async ({ page, request }) => {
    await page.goto(MBZ);
    const ogImage = await page.locator('meta[property="og:image"]').getAttribute("content");
    expect(ogImage).toMatch(new RegExp(`${MBZ}/opengraph-image(\\?[\\w-]+)?$`));
    await expect(page.locator('meta[property="og:image:width"]')).toHaveAttribute("content", "1200");
    await expect(page.locator('meta[name="twitter:card"]')).toHaveAttribute("content", "summary_large_image");
    const response = await request.get(new URL(ogImage!).pathname + new URL(ogImage!).search);
    expect(response.status()).toBe(200);
    expect(response.headers()["content-type"]).toBe("image/png");
    const body = await response.body();
    expect(pngSize(body)).toEqual([1200, 630]);
    expect(body.length).toBeLessThan(200_000);
    // Cached like its page: long, with the deployment's ETag.
    expect(response.headers()["cache-control"]).toMatch(/s-maxage=31536000/);
    expect(response.headers()["etag"]).toMatch(/^"[0-9a-f]{20}"$/);
  });

  for (const [name, page, image] of [
    ["leader", "/leaders/pezeshkian", "/leaders/pezeshkian/opengraph-image"],
    ["country", "/countries/QA", "/countries/QA/opengraph-image"],
    ["overview", "/", "/opengraph-image"],
    ["filtered timeline", "/calls?country=QA&topic=mediation", "/og/timeline?country=QA&topic=mediation"],
  ] as const) {
    test(`the ${name} page has its own card`, async ({ page: browser, request }) => {
      await browser.goto(page);
      const ogImage = await browser.locator('meta[property="og:image"]').first().getAttribute("content");
      expect(ogImage).toContain(image.split("?")[0]);
      if (image.includes("?")) expect(ogImage).toContain(image.split("?")[1]);
      const response = await request.get(image);
      expect(response.status()).toBe(200);
      expect(response.headers()["content-type"]).toBe("image/png");
      expect(pngSize(await response.body())).toEqual([1200, 630]);
    });
  }

  test("an unknown call has no card", async ({ request }) => {
    expect((await request.get("/calls/no-such-call/opengraph-image")).status()).toBe(404);
  });
});

test.describe("embeds", () => {
  let host: http.Server;
  let hostOrigin: string;
  let pages: Record<string, string> = {};

  test.beforeAll(async () => {
    // A second site on another origin (another port and host name), serving the pages given to it.
    host = http.createServer((request, response) => {
      const body = pages[request.url ?? ""];
      response.writeHead(body ? 200 : 404, { "Content-Type": "text/html; charset=utf-8" });
      response.end(body ?? "not found");
    });
    await new Promise<void>((resolve) => host.listen(0, "127.0.0.1", resolve));
    hostOrigin = `http://localhost:${(host.address() as AddressInfo).port}`;
  });

  test.afterAll(() => {
    host?.close();
    pages = {};
  });

  test("the snippet copied from a permalink shows the call inside an <iframe> on another origin", async ({ page, baseURL }) => {
    await page.goto(MBZ);
    await page.getByText("Embed this call").click();
    const snippet = await page.getByLabel("HTML to paste into your page").inputValue();
    expect(snippet).toMatch(/^<iframe src="[^"]+\/embed\/calls\/2026-03-02-putin-mohammed-bin-zayed" title="Readout: [^"]+" width="560" height="\d+"/);
    // The snippet names the public origin the build was made for; here that site is the test server.
    pages["/article"] = `<!doctype html><html lang="en"><title>A newsroom</title><body><h1>Our story</h1>${snippet.replace(SITE, baseURL!)}</body></html>`;
    await page.goto(`${hostOrigin}/article`);
    const frame = page.frameLocator("iframe");
    await expect(frame.getByRole("heading", { name: HEADLINE })).toBeVisible();
    await expect(frame.getByText("Kremlin readout")).toBeVisible();
    const link = frame.getByRole("link", { name: /Full record on Readout/ });
    await expect(link).toHaveAttribute("target", "_blank");
    await expect(link).toHaveAttribute("href", `${SITE}${MBZ}`);
  });

  test("a timeline view's embed lists its newest calls on another origin, down to 280 px", async ({ page, baseURL }) => {
    await page.goto("/calls?country=IR");
    await page.getByText("Embed this view’s latest calls").click();
    const snippet = await page.getByLabel("HTML to paste into your page").inputValue();
    expect(snippet).toContain("/embed/calls?country=IR");
    pages["/narrow"] = `<!doctype html><html lang="en"><title>Narrow</title><body style="margin:0;width:280px">${snippet.replace(SITE, baseURL!)}</body></html>`;
    await page.goto(`${hostOrigin}/narrow`);
    const frame = page.frameLocator("iframe");
    await expect(frame.getByRole("heading", { name: "Latest calls with Iran" })).toBeVisible();
    await expect(frame.getByRole("listitem")).toHaveCount(5);
    // Nothing spills sideways at 280 px.
    const overflow = await frame.locator("body").evaluate((body) => body.scrollWidth - body.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });

  test("a normal page refuses to be framed by another origin", async ({ page, baseURL }) => {
    pages["/framing"] = `<!doctype html><html lang="en"><title>Framing</title><body><iframe src="${baseURL}${MBZ}" title="x"></iframe></body></html>`;
    const refused = page.waitForEvent("console", (message) => /frame-ancestors|Refused to (display|frame)/i.test(message.text()));
    await page.goto(`${hostOrigin}/framing`);
    await refused;
    await expect(page.frameLocator("iframe").getByRole("heading", { name: HEADLINE })).toHaveCount(0);
  });

  test("embeds are framable, carry no script and set no cookie; pages are not framable", async ({ request }) => {
    for (const url of [`/embed/calls/${ID}`, "/embed/calls?country=IR&theme=dark"]) {
      const response = await request.get(url);
      expect(response.status()).toBe(200);
      const headers = response.headers();
      expect(headers["content-security-policy"]).toContain("frame-ancestors *");
      expect(headers["content-security-policy"]).toContain("default-src 'none'");
      expect(headers["x-frame-options"]).toBeUndefined();
      expect(headers["set-cookie"]).toBeUndefined();
      expect(headers["x-content-type-options"]).toBe("nosniff");
      expect(await response.text()).not.toMatch(/<script/i);
    }
    const page = await request.get(MBZ);
    expect(page.headers()["x-frame-options"]).toBe("DENY");
    expect(page.headers()["content-security-policy"]).toContain("frame-ancestors 'none'");
    expect((await request.get("/embed/calls/no-such-call")).status()).toBe(404);
  });

  test("the theme parameter overrides the reader's scheme", async ({ page }) => {
    await page.emulateMedia({ colorScheme: "light" });
    await page.goto(`/embed/calls/${ID}?theme=dark`);
    expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe("rgb(18, 18, 18)");
    await page.emulateMedia({ colorScheme: "dark" });
    await page.goto(`/embed/calls/${ID}?theme=light`);
    expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe("rgb(251, 250, 247)");
    await page.goto(`/embed/calls/${ID}`);
    expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe("rgb(18, 18, 18)");
  });
});

test.describe("oEmbed", () => {
  test("every embeddable page advertises its oEmbed URL", async ({ page }) => {
    for (const url of [MBZ, "/calls?country=IR", "/leaders/putin", "/countries/QA"]) {
      await page.goto(url);
      const href = await page.locator('link[rel="alternate"][type="application/json+oembed"]').getAttribute("href");
      expect(href, url).toMatch(/\/oembed\?url=[^&]+&format=json$/);
    }
  });

  test("answers a permalink with the required fields, and honours maxwidth", async ({ request }) => {
    const url = `${SITE}${MBZ}`;
    const response = await request.get(`/oembed?url=${encodeURIComponent(url)}&format=json`);
    expect(response.status()).toBe(200);
    expect(response.headers()["content-type"]).toContain("application/json");
    expect(response.headers()["access-control-allow-origin"]).toBe("*");
    const body = (await response.json()) as Record<string, string | number>;
    expect(body).toMatchObject({ version: "1.0", type: "rich", provider_name: "Readout", title: HEADLINE, width: 560 });
    expect(body.html).toMatch(/^<iframe src="[^"]+\/embed\/calls\/2026-03-02-putin-mohammed-bin-zayed"/);
    expect(body.height).toBeGreaterThan(0);
    expect(body.thumbnail_url).toBe(`${url}/opengraph-image`);

    const narrow = (await (await request.get(`/oembed?url=${encodeURIComponent(url)}&format=json&maxwidth=320&maxheight=280`)).json()) as Record<string, number | string>;
    expect(narrow.width).toBeLessThanOrEqual(320);
    expect(narrow.height).toBeLessThanOrEqual(280);
    expect(narrow.html).toContain('width="320"');
    expect(narrow.thumbnail_url).toBeUndefined();
  });

  test("404 for what it cannot embed, 501 for XML", async ({ request }) => {
    expect((await request.get(`/oembed?url=${encodeURIComponent(`${SITE}/about`)}`)).status()).toBe(404);
    expect((await request.get(`/oembed?url=${encodeURIComponent("https://example.com/calls/x")}`)).status()).toBe(404);
    expect((await request.get(`/oembed?url=${encodeURIComponent(`${SITE}${MBZ}`)}&format=xml`)).status()).toBe(501);
  });
});

test.describe("citations", () => {
  test("the permalink carries Highwire tags for Zotero", async ({ page }) => {
    await page.goto(MBZ);
    await expect(page.locator('meta[name="citation_title"]')).toHaveAttribute("content", HEADLINE);
    await expect(page.locator('meta[name="citation_publication_date"]')).toHaveAttribute("content", "2026/03/02");
    await expect(page.locator('meta[name="citation_public_url"]')).toHaveAttribute("content", `${SITE}${MBZ}`);
    await expect(page.locator('meta[name="citation_author"]')).toHaveAttribute("content", "Readout");
  });

  test("the BibTeX and RIS downloads parse back with the right title, date and URL", async ({ page, request }) => {
    await page.goto(MBZ);
    for (const [label, type] of [["BibTeX", "application/x-bibtex"], ["RIS", "application/x-research-info-systems"]] as const) {
      const href = await page.getByRole("link", { name: label, exact: true }).getAttribute("href");
      const response = await request.get(href!);
      expect(response.status()).toBe(200);
      expect(response.headers()["content-type"]).toContain(type);
      expect(response.headers()["content-disposition"]).toMatch(/^attachment; filename="readout-2026-03-02-putin-mohammed-bin-zayed\.(bib|ris)"$/);
      const text = await response.text();
      const [item] = new Cite(text, label === "RIS" ? { forceType: "@ris/file" } : {}).data as { title: string; issued: { "date-parts": number[][] }; URL?: string }[];
      expect(item!.title).toBe(HEADLINE);
      expect(item!.issued["date-parts"][0]).toEqual([2026, 3, 2]);
      if (label === "BibTeX") expect(item!.URL).toBe(`${SITE}${MBZ}`);
      else expect(text).toContain(`UR  - ${SITE}${MBZ}\n`);
    }
    const csl = (await (await request.get(`${MBZ}/citation.json`)).json()) as { title: string }[];
    expect(csl[0]!.title).toBe(HEADLINE);
  });

  test("the dataset's citation carries its version, and the method page says how to cite", async ({ page, request }) => {
    const bib = await (await request.get("/data/citation.bib")).text();
    expect(bib).toMatch(/^@misc\{readout_dataset,/);
    await page.goto("/about");
    const cite = page.getByRole("region", { name: "How to cite" });
    await expect(cite.getByRole("link", { name: "BibTeX" })).toHaveAttribute("href", "/data/citation.bib");
    await expect(cite).toContainText("version");
  });
});

test.describe("open data", () => {
  test("/data/openapi.json is OpenAPI 3.1 and names the downloads", async ({ request }) => {
    const response = await request.get("/data/openapi.json");
    expect(response.status()).toBe(200);
    const doc = (await response.json()) as { openapi: string; paths: Record<string, unknown> };
    expect(doc.openapi).toBe("3.1.0");
    for (const path of ["/data/calls.csv", "/data/calls.json", "/feed.xml", "/oembed", "/embed/calls/{id}", "/calls/{id}/citation.bib"]) expect(Object.keys(doc.paths)).toContain(path);
  });

  test("read-only data endpoints may be fetched by any site; pages may not", async ({ request }) => {
    for (const url of ["/data/calls.json", "/data/calls.csv?country=IR", "/feed.xml", "/data/schema.json", "/data/openapi.json", `${MBZ}/record.json`, `${MBZ}/citation.ris`, "/data/citation.bib", "/oembed?url=x"]) {
      expect((await request.get(url)).headers()["access-control-allow-origin"], url).toBe("*");
    }
    for (const url of ["/", "/calls", MBZ, "/about"]) expect((await request.get(url)).headers()["access-control-allow-origin"], url).toBeUndefined();
  });
});
