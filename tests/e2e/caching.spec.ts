import { expect, test } from "@playwright/test";

// Every response is a function of the URL and the deployment's version, so a CDN may cache it:
// long for pages, shorter with stale-while-revalidate for anything that reads the query string.
test("static pages are cacheable for long, with the deployment's strong ETag", async ({ request }) => {
  const response = await request.get("/");
  expect(response.status()).toBe(200);
  const cacheControl = response.headers()["cache-control"];
  expect(cacheControl).toContain("public");
  expect(cacheControl).toMatch(/s-maxage=31536000/);
  const etag = response.headers()["etag"];
  expect(etag).toMatch(/^"[0-9a-f]{20}"$/);
});

test("a request that already has the version gets 304 without a body", async ({ request }) => {
  const first = await request.get("/data/calls.json");
  const etag = first.headers()["etag"]!;
  const again = await request.get("/data/calls.json", { headers: { "If-None-Match": etag } });
  expect(again.status()).toBe(304);
  expect((await again.body()).length).toBe(0);
});

test("filtered views are cached shorter, with stale-while-revalidate", async ({ request }) => {
  const response = await request.get("/data/calls.json?country=IR");
  const cacheControl = response.headers()["cache-control"];
  expect(cacheControl).toMatch(/s-maxage=3600/);
  expect(cacheControl).toMatch(/stale-while-revalidate=\d+/);
});

test("hashed static assets are immutable", async ({ request }) => {
  // The page's stylesheet (inlined, named in data-href) and the framework's chunks (queued for the loader).
  const html = await (await request.get("/")).text();
  const assets = [...html.matchAll(/<style data-href="([^"]+)"|__readoutDefer\("([^"]+\.js)"\)/g)].map((m) => m[1] ?? m[2] ?? "");
  expect(assets.some((a) => a.endsWith(".css")) && assets.some((a) => a.endsWith(".js"))).toBe(true);
  for (const asset of assets) {
    const response = await request.get(asset);
    expect(response.status(), asset).toBe(200);
    expect(response.headers()["cache-control"], asset).toBe("public, max-age=31536000, immutable");
  }
});

// The server keeps each finished page in memory: the same request gets the same page and headers,
// and the client router's request for the same URL still gets the page's data, not its HTML.
test("a page answered from memory is the page, and the router's request for its URL gets data", async ({ request }) => {
  const url = "/calls?country=IR&caching-test=1";
  const first = await request.get(url, { headers: { "Accept-Encoding": "br" } });
  const again = await request.get(url, { headers: { "Accept-Encoding": "br" } });
  expect(again.status()).toBe(200);
  expect(await again.text()).toBe(await first.text());
  for (const name of ["content-type", "cache-control", "etag", "vary"]) expect(again.headers()[name], name).toBe(first.headers()[name]);
  expect(again.headers()["content-type"]).toContain("text/html");
  const data = await request.get(url, { headers: { RSC: "1", "Accept-Encoding": "br" } });
  expect(data.status()).toBe(200);
  expect(data.headers()["content-type"]).toContain("text/x-component");
  expect(await data.text()).not.toContain("<!DOCTYPE html>");
});
