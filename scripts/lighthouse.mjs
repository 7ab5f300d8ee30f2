/**
 * `npm run lighthouse`: Lighthouse (mobile, simulated throttling) on the production server for the
 * overview, the timeline, a permalink and a leader page, 3 runs each; prints the median scores and
 * LCP, TBT, transferred bytes and first-load JavaScript. Targets: performance >= 95; accessibility, best practices, SEO = 100.
 */
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";
import { findChromium } from "./chromium.mjs";
import { ensureBuild, waitUntilUp } from "./ensure-build.mjs";
import { PAGE_TYPES } from "./pages.mjs";
import { startServer } from "./server.mjs";

const RUNS = Number(process.env.LIGHTHOUSE_RUNS ?? 3);
const port = 3950;
const base = `http://127.0.0.1:${port}`;
const pages = ["overview", "timeline", "permalink", "leader"];

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
};

ensureBuild();
const server = startServer({ port, stdio: "ignore", env: { HOSTNAME: "127.0.0.1" } });
const chrome = await chromeLauncher.launch({
  chromePath: process.env.CHROME_PATH || (await findChromium()),
  chromeFlags: ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
});
const rows = [];
try {
  await waitUntilUp(base, server);
  for (const name of pages) {
    const url = base + PAGE_TYPES[name];
    const runs = [];
    for (let attempt = 0; runs.length < RUNS; attempt++) {
      const { lhr } = await lighthouse(url, { port: chrome.port, output: "json", logLevel: "error" });
      // A run Lighthouse could not complete (a trace or protocol failure) has no scores: say so and run again.
      if (lhr.runtimeError) {
        console.error(`${name}: run failed (${lhr.runtimeError.code}: ${lhr.runtimeError.message})`);
        if (attempt >= RUNS + 2) throw new Error(`${name}: too many failed Lighthouse runs`);
        continue;
      }
      const i = runs.length;
      runs.push({
        performance: lhr.categories.performance.score * 100,
        accessibility: lhr.categories.accessibility.score * 100,
        "best practices": lhr.categories["best-practices"].score * 100,
        seo: lhr.categories.seo.score * 100,
        "LCP ms": lhr.audits["largest-contentful-paint"].numericValue,
        "TBT ms": lhr.audits["total-blocking-time"].numericValue,
        "KB transferred": lhr.audits["total-byte-weight"].numericValue / 1024,
        // First-load JavaScript (compressed): what `next build` no longer prints per route.
        "JS KB": (lhr.audits["resource-summary"].details.items.find((item) => item.resourceType === "script")?.transferSize ?? 0) / 1024,
      });
      const failing = Object.values(lhr.categories)
        .flatMap((category) => category.auditRefs.map((ref) => lhr.audits[ref.id]))
        .filter((audit) => audit.score !== null && audit.score < 1 && audit.scoreDisplayMode !== "informative" && audit.scoreDisplayMode !== "manual");
      if (i === 0 && failing.length) console.error(`${name}: below 100 on ${failing.map((a) => a.id).join(", ")}`);
    }
    const row = { page: `${name} (${PAGE_TYPES[name]})` };
    for (const key of Object.keys(runs[0])) row[key] = Math.round(median(runs.map((r) => r[key])));
    // The spread matters as much as the median: runs on a busy two-core machine differ by a few points.
    row["performance, each run"] = runs.map((r) => Math.round(r.performance)).join(" ");
    rows.push(row);
  }
} finally {
  await chrome.kill();
  server.kill("SIGTERM");
}
const columns = Object.keys(rows[0]);
console.log(`\nLighthouse (mobile), median of ${RUNS} runs\n`);
console.log(`| ${columns.join(" | ")} |`);
console.log(`| ${columns.map(() => "---").join(" | ")} |`);
for (const row of rows) console.log(`| ${columns.map((c) => row[c]).join(" | ")} |`);
