/** Builds unless the production build matches the current code and data (the same check as `npm start`). */
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { computeStamp, distDir, readStamp } from "./build-stamp.mjs";
import { serverEntry } from "./server.mjs";

export function ensureBuild() {
  const previous = readStamp();
  const current = computeStamp();
  if (fs.existsSync(serverEntry()) && previous && previous.hash === current.hash && previous.dataDir === current.dataDir) return false;
  console.error(previous ? "The code or the data changed since the last build: rebuilding…" : "No production build yet: building…");
  const result = spawnSync("npm", ["run", "build"], {
    cwd: path.resolve(import.meta.dirname, ".."),
    stdio: "inherit",
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" },
  });
  if (result.status !== 0) process.exit(result.status ?? 1);
  return true;
}

/** Starts the server and resolves once it answers. */
export async function waitUntilUp(url, server, timeoutMs = 30_000, { checkBuild = true } = {}) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error("the server exited");
    let response;
    try {
      response = await fetch(url);
    } catch {
      // not listening yet
    }
    if (response?.ok && !checkBuild) return;
    if (response?.ok) {
      // Every page carries its build's id as its ETag (next.config.ts, proxy.ts). Another one means
      // an older server still holds the port, and measuring it would measure the wrong build.
      const expected = `"${fs.readFileSync(path.join(distDir(), "BUILD_ID"), "utf8").trim()}"`;
      if (response.headers.get("etag") !== expected) throw new Error(`${url} is answered by another server, not this build: stop it first`);
      return;
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`no answer from ${url}`);
}
