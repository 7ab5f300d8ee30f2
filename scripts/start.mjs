/**
 * `npm start`: builds when there is no production build or it is out of date (the code or the
 * data changed), then serves it on $PORT (default 3000).
 */
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { computeStamp, readStamp } from "./build-stamp.mjs";
import { serverEntry, startServer } from "./server.mjs";

const root = path.resolve(import.meta.dirname, "..");
const port = process.env.PORT || "3000";

const previous = readStamp();
const current = computeStamp();
const built = fs.existsSync(serverEntry()) && previous !== undefined;
if (!built || previous.hash !== current.hash || previous.dataDir !== current.dataDir) {
  console.log(built ? "The code or the data changed since the last build: rebuilding…" : "No production build yet: building…");
  const result = spawnSync("npm", ["run", "build"], { cwd: root, stdio: "inherit", env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" } });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

console.log(`Readout on http://localhost:${port} (data: ${current.dataDir})`);
const server = startServer({ port });
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => server.kill(signal));
server.on("exit", (code) => process.exit(code ?? 0));
