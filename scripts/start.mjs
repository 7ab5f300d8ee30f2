/**
 * `npm start`: builds when there is no production build or it is out of date (code or data
 * changed), then serves it on $PORT (default 3000).
 */
import { spawnSync, spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { computeStamp, readStamp } from "./build-stamp.mjs";

const root = path.resolve(import.meta.dirname, "..");
const env = { ...process.env, NEXT_TELEMETRY_DISABLED: "1" };
const port = process.env.PORT || "3000";

const built = fs.existsSync(path.join(root, ".next", "BUILD_ID"));
const current = computeStamp();
const previous = readStamp();
const stale = !previous || previous.hash !== current.hash || previous.dataDir !== current.dataDir;

if (!built || stale) {
  console.log(built ? "The build is out of date: rebuilding…" : "No production build yet: building…");
  const result = spawnSync("npm", ["run", "build"], { cwd: root, env, stdio: "inherit" });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

const server = spawn(path.join(root, "node_modules", ".bin", "next"), ["start", "-p", port], { cwd: root, env, stdio: "inherit" });
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => server.kill(signal));
server.on("exit", (code) => process.exit(code ?? 0));
