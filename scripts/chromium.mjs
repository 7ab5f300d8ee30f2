/**
 * Finds a Chromium for the browser tests: $CHROMIUM_PATH, then Debian's /usr/bin/chromium, then
 * Playwright's own download. Where none exists and we run as root on Debian, installs Debian's
 * `chromium` package; otherwise explains exactly what to install. Returns the executable path.
 */
import { execFileSync } from "node:child_process";
import fs from "node:fs";

const isExecutable = (file) => {
  try {
    fs.accessSync(file, fs.constants.X_OK);
    return fs.statSync(file).isFile();
  } catch {
    return false;
  }
};

async function playwrightsOwn() {
  try {
    const { chromium } = await import("@playwright/test");
    const file = chromium.executablePath();
    return isExecutable(file) ? file : undefined;
  } catch {
    return undefined;
  }
}

export async function findChromium({ install = true } = {}) {
  if (process.env.CHROMIUM_PATH) {
    if (isExecutable(process.env.CHROMIUM_PATH)) return process.env.CHROMIUM_PATH;
    throw new Error(`CHROMIUM_PATH is set to "${process.env.CHROMIUM_PATH}", which is not an executable file.`);
  }
  if (isExecutable("/usr/bin/chromium")) return "/usr/bin/chromium";
  const own = await playwrightsOwn();
  if (own) return own;

  const isRoot = typeof process.getuid === "function" && process.getuid() === 0;
  const isDebian = fs.existsSync("/etc/debian_version");
  if (install && isRoot && isDebian) {
    console.log("No Chromium found: installing Debian's chromium package (apt-get install -y chromium)…");
    execFileSync("apt-get", ["update"], { stdio: "inherit" });
    execFileSync("apt-get", ["install", "-y", "--no-install-recommends", "chromium"], {
      stdio: "inherit",
      env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" },
    });
    if (isExecutable("/usr/bin/chromium")) return "/usr/bin/chromium";
  }
  throw new Error(
    [
      "The browser tests need Chromium and none was found.",
      isDebian
        ? "Install Debian's package as root:  apt-get update && apt-get install -y chromium"
        : "Install Chromium with your system's package manager, or run:  npx playwright install chromium",
      "or point CHROMIUM_PATH at a Chromium or Chrome executable.",
    ].join("\n"),
  );
}
