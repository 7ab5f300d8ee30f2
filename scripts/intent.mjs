/**
 * `npm run bench:intent`: what loading the framework on the reader's first reach costs them.
 *
 * Readout's pages load React only when the reader reaches for a part it enhances (the timeline's
 * filter form, a Copy field: server/defer-scripts.mjs). The blocking time Lighthouse no longer sees
 * is then spent at that moment. This prints, for the timeline and a permalink, the time from the
 * reach (the pointer moving over the form or the field) until the page has hydrated, and the main
 * thread's blocking time in between (each long task's time over 50 ms), unthrottled and with the CPU
 * slowed 4 times (Lighthouse's phone). The control, interleaved round by round in the same browser:
 * the same page with the framework started at once, as it was before, timed from the navigation.
 * Local server only; a bounded number of rounds (`INTENT_RUNS`, default 5).
 */
import { chromium } from "@playwright/test";
import { ENHANCED_ATTRIBUTE } from "../server/defer-scripts.mjs";
import { findChromium } from "./chromium.mjs";
import { ensureBuild, waitUntilUp } from "./ensure-build.mjs";
import { median, PAGE_TYPES } from "./pages.mjs";
import { startServer } from "./server.mjs";

const PORT = 3964;
const ORIGIN = `http://127.0.0.1:${PORT}`;
const RUNS = Math.max(1, Number(process.env.INTENT_RUNS ?? 5));
/** Where the reader reaches: the filter form, the permalink's Copy field. */
const PAGES = [
  { name: "timeline", path: PAGE_TYPES.timeline, reach: 'form[role="search"]' },
  { name: "permalink", path: PAGE_TYPES.permalink, reach: "#permalink" },
];
/** An enhanced part, and the mark it carries once React has hydrated it (the form, a Copy field). */
const ENHANCED = `[${ENHANCED_ATTRIBUTE}]`;
const HYDRATED = "[data-hydrated]";
const THROTTLES = [1, 4];

/**
 * In the page: long tasks as they end; when the pointer first reaches an enhanced part (the event
 * itself, not Playwright's hover, which checks the element first); with `atOnce`, the control, that
 * reach made for the reader as soon as the document is parsed.
 */
function observe({ atOnce, enhanced }) {
  const w = window;
  w.__longTasks = [];
  new PerformanceObserver((list) => w.__longTasks.push(...list.getEntries().map((e) => [e.startTime, e.duration]))).observe({ type: "longtask" });
  const reach = (event) => {
    if (w.__reach === undefined && event.target instanceof Element && event.target.closest(enhanced)) w.__reach = performance.now();
  };
  document.addEventListener("pointerover", reach, true);
  if (atOnce) document.addEventListener("DOMContentLoaded", () => document.querySelector(enhanced)?.dispatchEvent(new Event("pointerover", { bubbles: true })));
}

async function measure(browser, page, throttle, atOnce) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const tab = await context.newPage();
  const cdp = await context.newCDPSession(tab);
  await cdp.send("Emulation.setCPUThrottlingRate", { rate: throttle });
  await tab.addInitScript(observe, { atOnce, enhanced: ENHANCED });
  await tab.goto(ORIGIN + page.path, { waitUntil: "load" });
  if (!atOnce) {
    await tab.waitForLoadState("networkidle");
    await tab.hover(page.reach);
  }
  await tab.waitForSelector(HYDRATED, { state: "attached", timeout: 60_000 });
  const result = await tab.evaluate((atOnce) => {
    const from = atOnce ? 0 : window.__reach;
    const chunks = performance.getEntriesByType("resource").filter((e) => e.name.includes("/_next/static/chunks/"));
    return {
      ready: performance.now() - from,
      downloaded: Math.max(...chunks.map((e) => e.responseEnd)) - from,
      blocking: window.__longTasks.filter(([t]) => t >= from).reduce((sum, [, d]) => sum + Math.max(0, d - 50), 0),
    };
  }, atOnce);
  await context.close();
  return result;
}

ensureBuild();
const server = startServer({ port: PORT, stdio: "ignore", env: { HOSTNAME: "127.0.0.1" } });
try {
  await waitUntilUp(ORIGIN, server);
  const browser = await chromium.launch({ executablePath: await findChromium({ install: false }) });
  const results = new Map();
  for (let run = 0; run < RUNS; run++)
    for (const throttle of THROTTLES)
      for (const page of PAGES)
        for (const atOnce of run % 2 ? [true, false] : [false, true]) {
          const key = `${page.name}|${throttle}|${atOnce}`;
          const list = results.get(key) ?? [];
          list.push(await measure(browser, page, throttle, atOnce));
          results.set(key, list);
        }
  await browser.close();
  console.log(`\nThe framework on the reader's first reach, medians of ${RUNS} rounds (local server, Chromium, 1280 px)\n`);
  console.log("| page | CPU | ready after the reach | of which the chunks' download | blocking after the reach | control: ready after navigation, framework at once | control: blocking |");
  console.log("| --- | --- | --- | --- | --- | --- | --- |");
  for (const throttle of THROTTLES)
    for (const page of PAGES) {
      const lazy = results.get(`${page.name}|${throttle}|false`);
      const eager = results.get(`${page.name}|${throttle}|true`);
      const ms = (list, field) => `${Math.round(median(list.map((r) => r[field])))} ms`;
      console.log(
        `| ${page.name} | ${throttle === 1 ? "as is" : `${throttle}× slower`} | ${ms(lazy, "ready")} | ${ms(lazy, "downloaded")} | ${ms(lazy, "blocking")} | ${ms(eager, "ready")} | ${ms(eager, "blocking")} |`,
      );
    }
} finally {
  server.kill();
}
