/**
 * A fingerprint of everything a production build depends on: the code, the config, the lockfile and
 * the data directory in use. It names the build (next.config.ts), is written beside the build by
 * scripts/postbuild.mjs, and `npm start` rebuilds when the current fingerprint differs.
 */
import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

const INPUTS = ["app", "components", "lib", "public", "server", "proxy.ts", "package-lock.json", "next.config.ts", "postcss.config.mjs", "tsconfig.json"];

function* walk(target) {
  if (!fs.existsSync(target)) return;
  if (fs.statSync(target).isFile()) {
    yield target;
    return;
  }
  for (const entry of fs.readdirSync(target).sort()) yield* walk(path.join(target, entry));
}

/** The build output directory (READOUT_DIST_DIR lets benchmarks keep one build per dataset). */
export function distDir() {
  return path.join(root, process.env.READOUT_DIST_DIR || ".next");
}

export function dataDirInUse() {
  return path.resolve(process.env.DATA_DIR || path.join(root, "data"));
}

export function stampPath() {
  return path.join(distDir(), "readout-build-stamp.json");
}

export function computeStamp() {
  const hash = createHash("sha256");
  const dataDir = dataDirInUse();
  for (const target of [...INPUTS.map((p) => path.join(root, p)), dataDir]) {
    for (const file of walk(target)) hash.update(path.relative(root, file)).update("\0").update(fs.readFileSync(file));
  }
  return { dataDir, hash: hash.digest("hex") };
}

export function readStamp() {
  try {
    return JSON.parse(fs.readFileSync(stampPath(), "utf8"));
  } catch {
    return undefined;
  }
}
