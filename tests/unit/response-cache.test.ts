import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { createResponseCache } from "../../server/response-cache.mjs";

type Page = { status?: number; headers?: Record<string, string>; parts?: string[]; delayMs?: number; flatHeaders?: boolean };

/** A server whose "renderer" answers from `pages` and counts its renders per URL, behind the cache. */
async function serve(pages: Record<string, Page>, options?: Parameters<typeof createResponseCache>[0]) {
  const renders: Record<string, number> = {};
  const cache = createResponseCache(options);
  const render = async (req: http.IncomingMessage, res: http.ServerResponse) => {
    const url = req.url ?? "";
    renders[url] = (renders[url] ?? 0) + 1;
    const page = pages[url.split("?")[0] ?? ""] ?? { status: 404, parts: ["not found"] };
    res.setHeader("Cache-Control", "public, max-age=60");
    // Some headers set before, some given to writeHead, as Next and the compressor do.
    const headers = { "Content-Type": "text/html; charset=utf-8", "X-Render": String(renders[url]), ...page.headers };
    res.writeHead(page.status ?? 200, page.flatHeaders ? Object.entries(headers).flat() : headers);
    for (const part of page.parts ?? [`page ${url}`]) {
      res.write(part);
      if (page.delayMs) await new Promise((resolve) => setTimeout(resolve, page.delayMs));
    }
    res.end();
  };
  const server = http.createServer((req, res) => cache.handle(req, res, () => void render(req, res)));
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  servers.push(server);
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  // node:http rather than fetch(), which sends sec-fetch-mode: cors as a browser's script would.
  const get = (path: string, headers: Record<string, string> = {}, method = "GET") =>
    new Promise<{ status: number; body: string; render: string | undefined; headers: http.IncomingHttpHeaders }>((resolve, reject) => {
      http
        .request(base + path, { headers, method }, (res) => {
          const chunks: Buffer[] = [];
          res.on("data", (chunk: Buffer) => chunks.push(chunk));
          res.on("end", () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString(), render: res.headers["x-render"] as string | undefined, headers: res.headers }));
        })
        .on("error", reject)
        .end();
    });
  return { get, renders, cache };
}

const servers: http.Server[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => new Promise((resolve) => s.close(resolve))));
});

describe("the response cache", () => {
  it("renders a page once per URL and answers later requests with the same status, headers and bytes", async () => {
    const { get, renders } = await serve({ "/calls": { parts: ["<p>first part</p>", "<p>second part</p>"] } });
    const first = await get("/calls?country=IR");
    const second = await get("/calls?country=IR");
    expect(first).toMatchObject({ status: 200, body: "<p>first part</p><p>second part</p>", render: "1" });
    expect(second.body).toBe(first.body);
    expect(second.render).toBe("1");
    expect(second.headers["content-type"]).toBe("text/html; charset=utf-8");
    expect(second.headers["cache-control"]).toBe("public, max-age=60");
    expect(second.headers["content-length"]).toBe(String(Buffer.byteLength(first.body)));
    expect(renders["/calls?country=IR"]).toBe(1);
    // Another query string is another page.
    expect((await get("/calls?country=QA")).render).toBe("1");
    expect(renders["/calls?country=QA"]).toBe(1);
  });

  it("repeats headers given to writeHead as a flat list of names and values", async () => {
    const { get } = await serve({ "/flat": { flatHeaders: true, headers: { "X-Readout-Count": "3" } } });
    await get("/flat");
    const again = await get("/flat");
    expect(again).toMatchObject({ render: "1", body: "page /flat" });
    expect(again.headers["x-readout-count"]).toBe("3");
    expect(again.headers["content-type"]).toBe("text/html; charset=utf-8");
  });

  it("keeps each form of a page apart: another Accept-Encoding, Accept or Host renders its own", async () => {
    const { get, renders } = await serve({ "/": {} });
    await get("/", { "accept-encoding": "br" });
    await get("/", { "accept-encoding": "gzip" });
    await get("/", { "accept-encoding": "br" });
    await get("/", { "accept-encoding": "br", accept: "application/json" });
    await get("/", { "accept-encoding": "br", host: "example.org" });
    expect(renders["/"]).toBe(4);
  });

  it("shares one render among requests that arrive while it is under way", async () => {
    const { get, renders } = await serve({ "/slow": { parts: ["a", "b", "c"], delayMs: 30 } });
    const answers = await Promise.all(Array.from({ length: 5 }, () => get("/slow")));
    expect(renders["/slow"]).toBe(1);
    expect(answers.map((a) => a.body)).toEqual(Array(5).fill("abc"));
  });

  it("stores only what anyone may be given: a 200, public, without a cookie", async () => {
    const { get, renders } = await serve({
      "/private": { headers: { "Cache-Control": "private, max-age=0" } },
      "/no-store": { headers: { "Cache-Control": "public, no-store" } },
      "/cookie": { headers: { "Set-Cookie": "a=b" } },
      "/error": { status: 500 },
    });
    for (const path of ["/private", "/no-store", "/cookie", "/error", "/missing"]) {
      await get(path);
      await get(path);
      expect(renders[path], path).toBe(2);
    }
  });

  it("lets through, every time, what is someone's own, conditional, partial or for the client router", async () => {
    const { get, renders } = await serve({ "/calls": {} });
    const requests: [string, Record<string, string>, string?][] = [
      ["/calls", { cookie: "session=1" }],
      ["/calls", { authorization: "Basic eDp5" }],
      ["/calls", { "if-none-match": '"v1"' }],
      ["/calls", { range: "bytes=0-10" }],
      ["/calls", { rsc: "1" }],
      ["/calls", { "next-router-prefetch": "1" }],
      ["/calls", { "sec-fetch-mode": "cors" }],
      ["/calls?_rsc=abc", {}],
      ["/calls", {}, "POST"],
    ];
    for (const [path, headers, method] of requests) {
      const before = renders[path] ?? 0;
      await get(path, headers, method);
      await get(path, headers, method);
      expect((renders[path] ?? 0) - before, `${method ?? "GET"} ${path} ${JSON.stringify(headers)}`).toBe(2);
    }
    // A page load (sec-fetch-mode: navigate) is kept.
    await get("/calls?nav=1", { "sec-fetch-mode": "navigate" });
    await get("/calls?nav=1", { "sec-fetch-mode": "navigate" });
    expect(renders["/calls?nav=1"]).toBe(1);
  });

  it("keeps Next's hashed files whoever asks for them (a script's request too), and lets the rest of /_next/ through", async () => {
    const chunk = "/_next/static/chunks/boot.js";
    const { get, renders } = await serve({ [chunk]: { headers: { "Cache-Control": "public, max-age=31536000, immutable" } }, "/_next/image": {} });
    for (let i = 0; i < 3; i++) expect((await get(chunk, { "sec-fetch-mode": "no-cors", "accept-encoding": "gzip" })).status).toBe(200);
    expect(renders[chunk]).toBe(1);
    await get("/_next/image?url=x");
    await get("/_next/image?url=x");
    expect(renders["/_next/image?url=x"]).toBe(2);
  });

  it("stays within its bounds, the least recently used page out first", async () => {
    const page = "x".repeat(1000);
    const { get, renders, cache } = await serve({ "/p": { parts: [page] }, "/big": { parts: ["y".repeat(5000)] } }, { maxTotalBytes: 2500, maxEntryBytes: 4000 });
    await get("/p?1");
    await get("/p?2");
    await get("/p?1"); // now the most recently used
    await get("/p?3"); // over 2,500 bytes: ?2 goes
    expect(cache.size.entries).toBe(2);
    expect(cache.size.bytes).toBeGreaterThan(2000); // the two pages and their keys
    expect(cache.size.bytes).toBeLessThanOrEqual(2500);
    await get("/p?1");
    await get("/p?3");
    await get("/p?2");
    expect([renders["/p?1"], renders["/p?2"], renders["/p?3"]]).toEqual([1, 2, 1]);
    // Larger than one entry may be: answered every time, never kept.
    await get("/big");
    expect((await get("/big")).body).toHaveLength(5000);
    expect(renders["/big"]).toBe(2);
  });

  it("counts a long URL against its bounds, not only the page", async () => {
    const { get, cache } = await serve({ "/p": { parts: ["tiny"] } }, { maxTotalBytes: 10_000 });
    for (let i = 0; i < 5; i++) await get(`/p?${i}=${"q".repeat(4000)}`);
    expect(cache.size.entries).toBe(2);
    expect(cache.size.bytes).toBeLessThanOrEqual(10_000);
  });
});
