import path from "node:path";
import { defineConfig, devices } from "@playwright/test";

const port = Number(process.env.E2E_PORT ?? 3100);
export const baseURL = `http://127.0.0.1:${port}`;

// Debian's Chromium, found (or installed) by scripts/e2e.mjs. The background-networking flags keep
// it from calling home on a closed network.
const launchOptions = {
  executablePath: process.env.CHROMIUM_PATH || "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
};

export default defineConfig({
  testDir: "tests/e2e",
  fullyParallel: true,
  workers: 2,
  // One retry: on this shared, noisy machine a test has once timed out waiting for a trivial page
  // that every other run served in a second. A test that fails and then passes is listed as
  // "flaky", with its first error, so it is still seen; one that fails twice fails the run.
  retries: 1,
  reporter: [["list"]],
  timeout: 30_000,
  use: { baseURL, launchOptions, trace: "off" },
  projects: [
    { name: "desktop", use: { ...devices["Desktop Chrome"], launchOptions }, testIgnore: "fuzz.spec.ts" },
    // The fuzzer also checks that every answer comes within a second: it runs once the browser tests
    // are done, so it times the server rather than two Chromiums running axe beside it.
    { name: "fuzz", testMatch: "fuzz.spec.ts", dependencies: ["desktop"] },
  ],
  webServer: {
    // The production build made by `npm run build` (npm test builds before this step).
    command: `node ${path.join(process.env.READOUT_DIST_DIR || ".next", "standalone", "readout", "index.mjs")}`,
    url: baseURL,
    reuseExistingServer: false,
    timeout: 60_000,
    env: {
      NEXT_TELEMETRY_DISABLED: "1",
      PORT: String(port),
      HOSTNAME: "127.0.0.1",
      DATA_DIR: path.resolve(process.env.DATA_DIR || "data"),
      READOUT_PAGE_CACHE: process.env.READOUT_PAGE_CACHE ?? "on",
    },
  },
});
