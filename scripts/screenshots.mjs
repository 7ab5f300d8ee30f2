/**
 * Screenshots of pages as a person sees them: desktop (1280 px) and phone (390 px), light and dark.
 * Usage: node scripts/screenshots.mjs <base-url> <out-dir> /path [/path ...]
 */
import fs from "node:fs";
import path from "node:path";
import { chromium } from "@playwright/test";
import { findChromium } from "./chromium.mjs";

const [base, outDir, ...paths] = process.argv.slice(2);
if (!base || !outDir || paths.length === 0) {
  console.error("usage: node scripts/screenshots.mjs <base-url> <out-dir> /path [/path ...]");
  process.exit(2);
}
fs.mkdirSync(outDir, { recursive: true });
const browser = await chromium.launch({
  executablePath: await findChromium(),
  args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
});
const viewports = { desktop: { width: 1280, height: 900 }, phone: { width: 390, height: 844 } };
for (const p of paths) {
  for (const [device, viewport] of Object.entries(viewports)) {
    for (const colorScheme of ["light", "dark"]) {
      const context = await browser.newContext({ viewport, colorScheme, deviceScaleFactor: device === "phone" ? 2 : 1 });
      const page = await context.newPage();
      await page.goto(new URL(p, base).toString(), { waitUntil: "load" });
      const name = `${p.replace(/[^a-z0-9]+/gi, "_").replace(/^_|_$/g, "") || "home"}-${device}-${colorScheme}.png`;
      await page.screenshot({ path: path.join(outDir, name), fullPage: true });
      console.log(path.join(outDir, name));
      await context.close();
    }
  }
}
await browser.close();
