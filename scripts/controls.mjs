/**
 * The controls `npm run lighthouse` measures beside Readout's pages, in the same run:
 *
 * - a bare Next.js page (bench/bare-next: one heading and a paragraph, built with the repo's own
 *   next and react and Readout's build settings): the framework's floor;
 * - a zero-JavaScript HTML page listing the 12 newest calls: the web's floor;
 * - TimelineJS (@knight-lab/timelinejs, from npm) showing the same 12 calls: the peer.
 *
 * The last two are served by a small static server on loopback, gzip-compressed like Next's pages.
 * TimelineJS is given system fonts (`font: null`), as Readout uses: its default font comes from
 * Google's servers, and every run stays on loopback.
 */
import { spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import http from "node:http";
import path from "node:path";
import zlib from "node:zlib";

const root = path.resolve(import.meta.dirname, "..");
const BARE_DIR = path.join(root, "bench", "bare-next");
const NEXT_BIN = path.join(root, "node_modules", "next", "dist", "bin", "next");
const TIMELINEJS_DIST = path.join(root, "node_modules", "@knight-lab", "timelinejs", "dist");
export const CONTROL_CALLS = 12;

/** Builds the bare Next page unless a build from this next version exists. */
export function ensureBareBuild() {
  const nextVersion = JSON.parse(fs.readFileSync(path.join(root, "node_modules", "next", "package.json"), "utf8")).version;
  const stamp = path.join(BARE_DIR, ".next", "readout-next-version");
  if (fs.existsSync(stamp) && fs.readFileSync(stamp, "utf8") === nextVersion) return;
  console.error("[lighthouse] building the bare Next page…");
  const result = spawnSync(process.execPath, [NEXT_BIN, "build", BARE_DIR], {
    cwd: root,
    stdio: ["ignore", "ignore", "inherit"],
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" },
  });
  if (result.status !== 0) throw new Error("the bare Next page did not build");
  fs.writeFileSync(stamp, nextVersion);
}

/** `next start` on the bare page. */
export function startBare(port) {
  return spawn(process.execPath, [NEXT_BIN, "start", BARE_DIR, "-p", String(port), "-H", "127.0.0.1"], {
    cwd: root,
    stdio: "ignore",
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", NODE_ENV: "production" },
  });
}

function readJson(file) {
  return JSON.parse(fs.readFileSync(path.join(root, "data", file), "utf8"));
}

/** The newest calls, with names resolved: what both static controls show. */
function newestCalls() {
  const dir = path.join(process.env.DATA_DIR ? path.resolve(process.env.DATA_DIR) : path.join(root, "data"), "calls");
  const people = new Map(readJson("people.json").map((p) => [p.id, p.name]));
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith(".json"))
    .sort()
    .slice(-CONTROL_CALLS)
    .reverse()
    .map((f) => {
      const call = JSON.parse(fs.readFileSync(path.join(dir, f), "utf8"));
      const names = (side) => side.map((p) => people.get(p.person) ?? p.person).join(", ");
      return { id: call.id, date: call.date, mode: call.mode, headline: call.headline, summary: call.summary, russians: names(call.russians), counterparts: names(call.counterparts) };
    });
}

const escapeHtml = (s) => String(s).replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

function zeroJsPage(calls) {
  const rows = calls
    .map(
      (c) => `<li><time datetime="${c.date}">${c.date}</time> · ${escapeHtml(c.mode)}<br><b>${escapeHtml(c.russians)}</b> with <b>${escapeHtml(c.counterparts)}</b>
<h2>${escapeHtml(c.headline)}</h2><p>${escapeHtml(c.summary)}</p></li>`,
    )
    .join("\n");
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>12 calls, no JavaScript</title><meta name="description" content="The zero-JavaScript control: 12 calls as plain HTML.">
<style>body{font:16px/1.5 system-ui,sans-serif;max-width:48rem;margin:0 auto;padding:1rem;color:#1a1a1a;background:#fbfaf7}h2{font:600 1.125rem/1.3 Georgia,serif;margin:.25rem 0}li{border-top:1px solid #d9d4c9;padding:1rem 0;list-style:none}ol{padding:0}</style>
</head><body><main><h1>Russia's calls in the Iran crisis</h1><ol>
${rows}
</ol></main></body></html>`;
}

function timelineJsPage(calls) {
  const events = calls.map((c) => {
    const [year, month, day] = c.date.split("-").map(Number);
    return {
      start_date: { year, month, day },
      text: { headline: c.headline, text: `<p><b>${escapeHtml(c.russians)}</b> with <b>${escapeHtml(c.counterparts)}</b> (${escapeHtml(c.mode)}).</p><p>${escapeHtml(c.summary)}</p>` },
      unique_id: c.id,
    };
  });
  const data = { title: { text: { headline: "Russia's calls in the Iran crisis", text: `<p>The ${calls.length} newest calls.</p>` } }, events };
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>12 calls in TimelineJS</title><meta name="description" content="The peer: the same 12 calls in TimelineJS 3.">
<link rel="stylesheet" href="/timelinejs/css/timeline.css">
<style>html,body{height:100%;margin:0}#timeline-embed{width:100%;height:100vh}</style>
</head><body><main id="timeline-embed"></main>
<script src="/timelinejs/js/timeline.js"></script>
<script>window.timeline = new TL.Timeline("timeline-embed", ${JSON.stringify(data).replace(/</g, "\\u003c")}, { script_path: location.origin + "/timelinejs/js/", font: null });</script>
</body></html>`;
}

const TYPES = { ".js": "text/javascript", ".css": "text/css", ".json": "application/json", ".svg": "image/svg+xml", ".woff2": "font/woff2", ".woff": "font/woff", ".ttf": "font/ttf", ".html": "text/html; charset=utf-8" };

/** Serves `/zero-js` and `/timelinejs` (with TimelineJS's dist files under /timelinejs/) on loopback. */
export function startStaticControls(port) {
  const calls = newestCalls();
  const pages = { "/zero-js": zeroJsPage(calls), "/timelinejs": timelineJsPage(calls) };
  const server = http.createServer((request, response) => {
    const url = new URL(request.url, "http://localhost");
    let body;
    let type;
    if (pages[url.pathname]) {
      body = Buffer.from(pages[url.pathname]);
      type = TYPES[".html"];
    } else if (url.pathname.startsWith("/timelinejs/")) {
      const file = path.join(TIMELINEJS_DIST, path.normalize(url.pathname.slice("/timelinejs/".length)));
      if (file.startsWith(TIMELINEJS_DIST + path.sep) && fs.existsSync(file) && fs.statSync(file).isFile()) {
        body = fs.readFileSync(file);
        type = TYPES[path.extname(file)] ?? "application/octet-stream";
      }
    }
    if (!body) {
      response.writeHead(404, { "content-type": "text/plain" }).end("not found");
      return;
    }
    const gzip = /\bgzip\b/.test(request.headers["accept-encoding"] ?? "") && !/woff2/.test(type);
    response.writeHead(200, { "content-type": type, "cache-control": "no-cache", ...(gzip ? { "content-encoding": "gzip" } : {}) });
    response.end(gzip ? zlib.gzipSync(body) : body);
  });
  return new Promise((resolve) => server.listen(port, "127.0.0.1", () => resolve(server)));
}
