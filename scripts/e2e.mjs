/** `npm run test:e2e`: Playwright against the production build, with a Chromium found or installed. */
import { spawnSync } from "node:child_process";
import { findChromium } from "./chromium.mjs";

let chromium;
try {
  chromium = await findChromium();
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}
const result = spawnSync("npx", ["playwright", "test", ...process.argv.slice(2)], {
  stdio: "inherit",
  env: { ...process.env, CHROMIUM_PATH: chromium, NEXT_TELEMETRY_DISABLED: "1" },
});
process.exit(result.status ?? 1);
