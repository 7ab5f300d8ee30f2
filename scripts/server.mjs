/**
 * Starts the production server (the standalone build) as a child process and returns it.
 * Shared by `npm start`, the browser tests and the benchmarks.
 */
import { spawn } from "node:child_process";
import path from "node:path";
import { dataDirInUse, distDir } from "./build-stamp.mjs";

/** Readout's server (server/index.mjs, copied into the standalone build by postbuild). */
export function serverEntry() {
  return path.join(distDir(), "standalone", "readout", "index.mjs");
}

export function startServer({ port, stdio = "inherit", env = {} } = {}) {
  return spawn(process.execPath, [serverEntry()], {
    stdio,
    env: {
      ...process.env,
      NEXT_TELEMETRY_DISABLED: "1",
      PORT: String(port),
      // The shell's own HOSTNAME (the machine name) must not decide where we listen.
      HOSTNAME: process.env.READOUT_HOST || "0.0.0.0",
      // The standalone server changes directory: the data directory must be absolute.
      DATA_DIR: dataDirInUse(),
      ...env,
    },
  });
}
