/**
 * `node scripts/profile.mjs URL...`: where a page's main-thread time goes as it loads. Opens each URL
 * in a fresh headless Chromium with the V8 sampling profiler on (no throttling) and prints the
 * functions with the most self time, grouped by script, and the long tasks of the load. A tool for
 * finding the cost, not a benchmark: run it beside the bare page (`npm run lighthouse` starts one).
 */
import { chromium } from "@playwright/test";
import { findChromium } from "./chromium.mjs";

const urls = process.argv.slice(2);
const browser = await chromium.launch({ executablePath: await findChromium({ install: false }) });
for (const url of urls) {
  const context = await browser.newContext({ viewport: { width: 412, height: 823 }, isMobile: true });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send("Profiler.enable");
  await cdp.send("Profiler.setSamplingInterval", { interval: 100 });
  await cdp.send("Profiler.start");
  await page.goto(url, { waitUntil: "load" });
  await page.waitForTimeout(1500);
  const { profile } = await cdp.send("Profiler.stop");
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map();
  const dt = profile.timeDeltas;
  profile.samples.forEach((id, i) => {
    const n = byId.get(id);
    const f = n.callFrame;
    const key = `${f.functionName || "(anon)"} ${f.url.replace(/^.*\//, "")}:${f.lineNumber}`;
    self.set(key, (self.get(key) ?? 0) + (dt[i] ?? 0) / 1000);
  });
  const byScript = new Map();
  for (const [k, v] of self) {
    const script = k.split(" ")[1]?.split(":")[0] || k;
    byScript.set(script, (byScript.get(script) ?? 0) + v);
  }
  const total = [...self.entries()].filter(([k]) => !k.startsWith("(idle)") && !k.startsWith("(program)")).reduce((a, [, v]) => a + v, 0);
  console.log(`\n${url}: ${total.toFixed(0)} ms of JavaScript`);
  for (const [k, v] of [...byScript].sort((a, b) => b[1] - a[1]).slice(0, 8)) console.log(`  ${v.toFixed(1).padStart(7)} ms  ${k}`);
  console.log("  top functions:");
  for (const [k, v] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 15)) console.log(`  ${v.toFixed(1).padStart(7)} ms  ${k}`);
  await context.close();
}
await browser.close();
