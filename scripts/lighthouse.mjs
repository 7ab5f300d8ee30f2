/**
 * `npm run lighthouse`: Readout's page types beside three controls, measured in the same run.
 *
 * Controls (scripts/controls.mjs): a bare Next.js page built with the same next, react and build
 * settings (the framework's floor), a zero-JavaScript HTML page of the 12 newest calls (the web's
 * floor) and TimelineJS showing the same 12 calls (the peer). Every round runs every page once, in
 * a rotated order, each with a fresh headless Chromium and one Lighthouse run (mobile, simulated
 * throttling); the table gives each page's medians and its ratio to the bare page of the same run,
 * since absolute numbers move with the machine's load and ratios measured side by side do not.
 *
 * Targets on every page type: performance >= the bare page's - 3 and >= TimelineJS's; TBT and LCP
 * <= 1.5 x the bare page's; accessibility, best practices and SEO 100.
 *
 * Options (environment): LIGHTHOUSE_RUNS (rounds, default 3), LIGHTHOUSE_PAGES (comma-separated
 * names, default all), LIGHTHOUSE_SAVE (a directory: every report is written there as JSON, with
 * its trace's main-thread breakdown), CHROME_PATH.
 */
import fs from "node:fs";
import path from "node:path";
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";
import { findChromium } from "./chromium.mjs";
import { ensureBareBuild, startBare, startStaticControls } from "./controls.mjs";
import { ensureBuild, waitUntilUp } from "./ensure-build.mjs";
import { median, PAGE_TYPES } from "./pages.mjs";
import { startServer } from "./server.mjs";

const LIGHTHOUSE_VERSION = JSON.parse(fs.readFileSync(path.resolve(import.meta.dirname, "../node_modules/lighthouse/package.json"), "utf8")).version;
const ROUNDS = Number(process.env.LIGHTHOUSE_RUNS ?? 3);
const READOUT_PORT = 3950;
const BARE_PORT = 3951;
const STATIC_PORT = 3952;
const RUN_TIMEOUT_MS = 120_000;
const readout = `http://127.0.0.1:${READOUT_PORT}`;

const CONTROLS = {
  "bare Next": `http://127.0.0.1:${BARE_PORT}/`,
  "zero-JS HTML": `http://127.0.0.1:${STATIC_PORT}/zero-js`,
  TimelineJS: `http://127.0.0.1:${STATIC_PORT}/timelinejs`,
};
const ALL = { ...CONTROLS, ...Object.fromEntries(Object.entries(PAGE_TYPES).map(([name, p]) => [name, readout + p])) };
const wanted = process.env.LIGHTHOUSE_PAGES?.split(",").map((s) => s.trim()) ?? Object.keys(ALL);
for (const name of wanted) if (!ALL[name]) throw new Error(`unknown page "${name}"; known: ${Object.keys(ALL).join(", ")}`);
// The ratios need the bare page in the same run.
const names = [...new Set(["bare Next", ...wanted])];

const chromePath = process.env.CHROME_PATH || (await findChromium({ install: false }));
const saveDir = process.env.LIGHTHOUSE_SAVE && path.resolve(process.env.LIGHTHOUSE_SAVE);
if (saveDir) fs.mkdirSync(saveDir, { recursive: true });

/** One Lighthouse run in a fresh browser. */
async function measure(url) {
  const chrome = await chromeLauncher.launch({
    chromePath,
    chromeFlags: ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
  });
  openChrome = chrome;
  let timer;
  try {
    const run = lighthouse(url, { port: chrome.port, output: "json", logLevel: "error" });
    const timeout = new Promise((_, reject) => (timer = setTimeout(() => reject(new Error("Lighthouse run timed out")), RUN_TIMEOUT_MS)));
    return await Promise.race([run, timeout]);
  } finally {
    clearTimeout(timer);
    await chrome.kill();
  }
}

function summarise(lhr) {
  const items = (id) => lhr.audits[id]?.details?.items ?? [];
  const thread = Object.fromEntries(items("mainthread-work-breakdown").map((i) => [i.group, i.duration]));
  const longTasks = items("long-tasks");
  return {
    performance: lhr.categories.performance.score * 100,
    accessibility: lhr.categories.accessibility.score * 100,
    bestPractices: lhr.categories["best-practices"].score * 100,
    seo: lhr.categories.seo.score * 100,
    tbt: lhr.audits["total-blocking-time"].numericValue,
    lcp: lhr.audits["largest-contentful-paint"].numericValue,
    fcp: lhr.audits["first-contentful-paint"].numericValue,
    kb: lhr.audits["total-byte-weight"].numericValue / 1024,
    jsKb: (items("resource-summary").find((i) => i.resourceType === "script")?.transferSize ?? 0) / 1024,
    htmlKb: (items("network-requests").find((i) => i.resourceType === "Document")?.resourceSize ?? 0) / 1024,
    elements: lhr.audits["dom-size"]?.numericValue ?? 0,
    scriptMs: thread.scriptEvaluation ?? 0,
    styleLayoutMs: thread.styleLayout ?? 0,
    otherMs: thread.other ?? 0,
    longTasks: longTasks.length,
    longestTaskMs: Math.max(0, ...longTasks.map((t) => t.duration)),
    origins: [...new Set(items("network-requests").map((i) => new URL(i.url).origin))],
  };
}

ensureBuild();
ensureBareBuild();
const servers = [
  startServer({ port: READOUT_PORT, stdio: "ignore", env: { HOSTNAME: "127.0.0.1" } }),
  startBare(BARE_PORT),
];
const staticServer = await startStaticControls(STATIC_PORT);
// Stopped early (Ctrl+C, a timeout): take the servers down too, and any browser still open.
let openChrome;
for (const signal of ["SIGINT", "SIGTERM"]) {
  process.on(signal, () => {
    for (const server of servers) server.kill("SIGTERM");
    openChrome?.kill();
    process.exit(130);
  });
}
const results = Object.fromEntries(names.map((n) => [n, []]));
try {
  await waitUntilUp(readout, servers[0]);
  await waitUntilUp(CONTROLS["bare Next"], servers[1], 30_000, { checkBuild: false });
  // Warm every URL once (first renders, the response cache) so no run measures a cold server.
  for (const name of names) await fetch(ALL[name]).then((r) => r.arrayBuffer());
  const started = Date.now();
  for (let round = 0; round < ROUNDS; round++) {
    // Rotate the order each round, so no page always runs first or right after the same neighbour.
    const order = names.map((_, i) => names[(i + round * 3) % names.length]);
    for (const name of order) {
      let lhr;
      for (let attempt = 0; attempt < 3 && !lhr; attempt++) {
        try {
          const { lhr: report, artifacts } = await measure(ALL[name]);
          // A run Lighthouse could not complete (a trace or protocol failure) has no scores: say so and run again.
          if (report.runtimeError) throw new Error(`${report.runtimeError.code}: ${report.runtimeError.message}`);
          lhr = report;
          if (saveDir) fs.writeFileSync(path.join(saveDir, `${name.replace(/\W+/g, "-")}-${round + 1}.trace.json`), JSON.stringify(artifacts.Trace));
        } catch (error) {
          console.error(`[lighthouse] ${name}: run failed (${error.message})`);
        }
      }
      if (!lhr) throw new Error(`${name}: three failed Lighthouse runs in a row`);
      const summary = summarise(lhr);
      results[name].push(summary);
      if (saveDir) fs.writeFileSync(path.join(saveDir, `${name.replace(/\W+/g, "-")}-${round + 1}.json`), JSON.stringify(lhr));
      const foreign = summary.origins.filter((o) => /^https?:/.test(o) && !o.startsWith("http://127.0.0.1"));
      if (foreign.length) console.error(`[lighthouse] ${name} requested other origins: ${foreign.join(", ")}`);
      console.error(
        `[lighthouse] round ${round + 1}/${ROUNDS} ${name}: performance ${Math.round(summary.performance)}, TBT ${Math.round(summary.tbt)} ms, LCP ${Math.round(summary.lcp)} ms (${Math.round((Date.now() - started) / 1000)} s)`,
      );
    }
  }
} finally {
  for (const server of servers) server.kill("SIGTERM");
  staticServer.close();
}

const med = (name, key) => median(results[name].map((r) => r[key]));
const bare = { performance: med("bare Next", "performance"), tbt: med("bare Next", "tbt"), lcp: med("bare Next", "lcp") };
const peer = results.TimelineJS ? med("TimelineJS", "performance") : undefined;
const round0 = (n) => Math.round(n).toLocaleString("en-GB");
const ratio = (a, b) => (b > 0 ? `${(a / b).toFixed(2)}×` : "–");

const rows = names.map((name) => {
  const perf = med(name, "performance");
  const tbt = med(name, "tbt");
  const lcp = med(name, "lcp");
  const isControl = name in CONTROLS;
  const other = ["accessibility", "bestPractices", "seo"].map((k) => med(name, k));
  const checks = isControl
    ? []
    : [
        perf >= bare.performance - 3 && (peer === undefined || perf >= peer),
        tbt <= 1.5 * bare.tbt,
        lcp <= 1.5 * bare.lcp,
        other.every((v) => v === 100),
      ];
  return {
    page: isControl ? `*${name}*` : `${name} (\`${PAGE_TYPES[name]}\`)`,
    performance: round0(perf),
    "− bare": isControl && name === "bare Next" ? "–" : (perf - bare.performance >= 0 ? "+" : "−") + Math.abs(Math.round(perf - bare.performance)),
    "TBT ms": round0(tbt),
    "TBT ÷ bare": ratio(tbt, bare.tbt),
    "LCP s": (lcp / 1000).toFixed(2),
    "LCP ÷ bare": ratio(lcp, bare.lcp),
    "a11y/BP/SEO": other.map(round0).join("/"),
    "KB sent": round0(med(name, "kb")),
    "JS KB": round0(med(name, "jsKb")),
    "HTML KB": round0(med(name, "htmlKb")),
    elements: round0(med(name, "elements")),
    "script / style+layout / other ms": `${round0(med(name, "scriptMs"))} / ${round0(med(name, "styleLayoutMs"))} / ${round0(med(name, "otherMs"))}`,
    "long tasks (longest ms)": `${round0(med(name, "longTasks"))} (${round0(med(name, "longestTaskMs"))})`,
    "each run": results[name].map((r) => Math.round(r.performance)).join(" "),
    targets: isControl ? "control" : checks.every(Boolean) ? "met" : `missed: ${["performance", "TBT", "LCP", "a11y/BP/SEO"].filter((_, i) => !checks[i]).join(", ")}`,
  };
});

const columns = Object.keys(rows[0]);
console.log(
  `\nLighthouse ${LIGHTHOUSE_VERSION} (mobile, simulated throttling), median of ${ROUNDS} interleaved rounds, a fresh Chromium per run. ` +
    `Targets per page type: performance ≥ bare − 3 and ≥ TimelineJS; TBT and LCP ≤ 1.5 × bare; a11y, best practices, SEO 100. ` +
    `Main-thread breakdown and long tasks as Lighthouse counts them (4× CPU slowdown).\n`,
);
console.log(`| ${columns.join(" | ")} |`);
console.log(`| ${columns.map((c) => (c === "page" || c === "targets" || c === "each run" ? "---" : "---:")).join(" | ")} |`);
for (const row of rows) console.log(`| ${columns.map((c) => row[c]).join(" | ")} |`);
const missed = rows.filter((r) => r.targets.startsWith("missed"));
console.log(missed.length ? `\n${missed.length} page type(s) miss a target.` : "\nEvery page type meets the targets.");
