/**
 * Readout's production server: Next.js's standalone server with three changes, all to what goes
 * over the wire (postbuild copies this directory into the standalone build as `readout/`).
 *
 * 1. HTML documents go through `defer-scripts.mjs`: the stylesheet is inlined and the framework's
 *    chunks load once the page has painted, not before (the reasons are in that file).
 * 2. Compression is done here, after that rewrite: HTML as brotli for browsers that take it, and
 *    everything else with the same `compression` middleware (gzip) Next uses itself (its own is
 *    switched off, since it would compress before the rewrite).
 * 3. Finished responses are kept in memory (`response-cache.mjs`): a page is rendered, rewritten
 *    and compressed once per URL and form, then answered from memory until the server stops.
 *
 * Everything else (routing, Next's own caching, headers, proxy.ts) is Next's own server, started
 * as its generated server.js starts it.
 * Environment as for Next's server.js: PORT, HOSTNAME, KEEP_ALIVE_TIMEOUT; READOUT_PAGE_CACHE=off
 * and READOUT_REWRITE=off (which also turns the cache off) for measurements.
 */
import fs from "node:fs";
import http from "node:http";
import { createRequire } from "node:module";
import path from "node:path";
import zlib from "node:zlib";
import { createScriptDeferrer } from "./defer-scripts.mjs";
import { createResponseCache } from "./response-cache.mjs";

const dir = path.resolve(import.meta.dirname, "..");
process.env.NODE_ENV = "production";
process.chdir(dir);
const require = createRequire(path.join(dir, "server.js"));

// The configuration `next build` wrote into its own standalone server.js, as that server uses it.
const nextServerSource = fs.readFileSync(path.join(dir, "server.js"), "utf8");
const configLine = nextServerSource.match(/^const nextConfig = (\{.*\})$/m);
if (!configLine) throw new Error(`${path.join(dir, "server.js")}: no "const nextConfig = {…}" line; was this built by next build with output: "standalone"?`);
const nextConfig = { ...JSON.parse(configLine[1]), compress: false };
process.env.__NEXT_PRIVATE_STANDALONE_CONFIG = JSON.stringify(nextConfig);

require("next");
const compression = require("next/dist/compiled/compression");

const port = parseInt(process.env.PORT ?? "", 10) || 3000;
const hostname = process.env.HOSTNAME || "0.0.0.0";
const keepAliveTimeout = parseInt(process.env.KEEP_ALIVE_TIMEOUT ?? "", 10);

/** The build's stylesheets, read once each, to inline in the pages that link them. */
const staticDir = path.join(dir, nextConfig.distDir ?? ".next", "static");
const stylesheets = new Map();
function readStylesheet(href) {
  const file = href.slice(href.indexOf("/_next/static/") + "/_next/static/".length);
  if (!stylesheets.has(file)) {
    const full = path.join(staticDir, file);
    // The file's bytes, written into each page as they are. "</style" cannot occur in a
    // stylesheet Next wrote, but an inline <style> must never end early.
    const css = full.startsWith(staticDir + path.sep) && fs.existsSync(full) ? fs.readFileSync(full) : undefined;
    stylesheets.set(file, css === undefined || /<\/style/i.test(css.toString("latin1")) ? undefined : css);
  }
  return stylesheets.get(file);
}

/** Brotli at quality 4: faster than gzip at its default level (2.7 against 3.5 ms for the 165 KB timeline) and 10-20% smaller. */
const BROTLI = { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 4 } };
const acceptsBrotli = (req) => /(^|[\s,])br(\s*(,|$)|\s*;\s*q=(?!0(\.0*)?\s*(,|$)))/.test(String(req.headers["accept-encoding"] ?? ""));

/**
 * Sends every text/html body through the script deferrer as it streams, and out as brotli when the
 * browser takes it (everything else, and HTML for a browser that does not, is gzipped by `compress`).
 */
function rewriteHtml(req, res) {
  const { write, end, writeHead } = res;
  let deferrer;
  let brotli;
  let endCallback;
  res.writeHead = function (status, ...rest) {
    if (deferrer === undefined) {
      const last = rest.at(-1);
      const headers = last && typeof last === "object" && !Array.isArray(last) ? last : {};
      const header = (name) => res.getHeader(name) ?? Object.entries(headers).find(([key]) => key.toLowerCase() === name)?.[1];
      // HTML as Next wrote it; not a body that is already encoded (a response Next proxied).
      const isHtml = String(header("content-type") ?? "").startsWith("text/html") && !header("content-encoding");
      deferrer = isHtml ? createScriptDeferrer({ readStylesheet }) : null;
      if (deferrer) {
        // The body's length changes.
        res.removeHeader("content-length");
        for (const key of Object.keys(headers)) if (key.toLowerCase() === "content-length") delete headers[key];
        if (acceptsBrotli(req) && req.method !== "HEAD" && status !== 204 && status !== 304) {
          brotli = zlib.createBrotliCompress(BROTLI);
          brotli.on("data", (chunk) => write.call(res, chunk));
          brotli.on("end", () => end.call(res, endCallback));
          res.setHeader("Content-Encoding", "br");
          const vary = String(header("vary") ?? "");
          if (!/\baccept-encoding\b/i.test(vary)) res.setHeader("Vary", vary ? `${vary}, Accept-Encoding` : "Accept-Encoding");
        }
      }
    }
    return writeHead.call(this, status, ...rest);
  };
  // The rewrite matches ASCII only, so it works on the bytes as latin1 text: one character per byte,
  // no UTF-8 decoding or re-encoding, and a character cut in two by a chunk boundary stays intact.
  const asBuffer = (chunk, encoding) =>
    chunk == null || typeof chunk === "function"
      ? Buffer.alloc(0)
      : typeof chunk === "string"
        ? Buffer.from(chunk, typeof encoding === "string" ? encoding : "utf8")
        : // A plain Uint8Array (a web stream's chunk) has no toString("latin1") of its own.
          Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
  const bytes = (parts) => Buffer.concat(parts.map((part) => (typeof part === "string" ? Buffer.from(part, "latin1") : part)));
  // Once the deferrer is done, the rest of the page goes out as it came.
  let passThrough = false;
  const rewritten = (chunk, encoding) => {
    const input = asBuffer(chunk, encoding);
    if (passThrough) return input;
    const parts = deferrer.push(input.toString("latin1"));
    if (deferrer.done) {
      parts.push(...deferrer.flush());
      passThrough = true;
    }
    return bytes(parts);
  };
  res.write = function (chunk, encoding, callback) {
    if (!res.headersSent) res.writeHead(res.statusCode);
    if (!deferrer) return write.call(this, chunk, encoding, callback);
    const cb = typeof encoding === "function" ? encoding : callback;
    const out = rewritten(chunk, encoding);
    if (!brotli) return write.call(this, out, cb);
    brotli.write(out, cb);
    return true;
  };
  res.end = function (chunk, encoding, callback) {
    if (!res.headersSent) res.writeHead(res.statusCode);
    if (!deferrer) return end.call(this, chunk, encoding, callback);
    const cb = [chunk, encoding, callback].find((a) => typeof a === "function");
    let out = rewritten(chunk, encoding);
    if (!passThrough) out = Buffer.concat([out, bytes(deferrer.flush())]);
    if (!brotli) return end.call(this, out, cb);
    endCallback = cb;
    brotli.end(out);
    return this;
  };
  // A streamed page (Next flushes after each part it renders) goes out part by part.
  const flush = res.flush;
  res.flush = function () {
    if (brotli) brotli.flush();
    else flush?.call(this);
  };
}

const compress = compression();
// READOUT_REWRITE=off serves pages as Next wrote them (gzipped): a control for measurements.
const rewrite = process.env.READOUT_REWRITE !== "off";
// READOUT_PAGE_CACHE=off renders every request (measurements of the renderer itself).
const responses = rewrite && process.env.READOUT_PAGE_CACHE !== "off" ? createResponseCache() : undefined;

// Next's own standalone start-up (its server.js), with its one HTTP server's request listener
// wrapped: the response cache, then compression and the rewrite, around Next's handler.
const createServer = http.createServer;
http.createServer = function (...args) {
  http.createServer = createServer;
  const listener = args.pop();
  const serve = (req, res) =>
    compress(req, res, () => {
      if (rewrite) rewriteHtml(req, res);
      listener(req, res);
    });
  return createServer.call(this, ...args, responses ? (req, res) => responses.handle(req, res, () => serve(req, res)) : serve);
};
const { startServer } = require("next/dist/server/lib/start-server");
await startServer({
  dir,
  isDev: false,
  config: nextConfig,
  hostname,
  port,
  allowRetry: false,
  keepAliveTimeout: Number.isFinite(keepAliveTimeout) && keepAliveTimeout >= 0 ? keepAliveTimeout : undefined,
});
