/**
 * A fingerprint of everything a production build depends on (code, config, lockfile and the data
 * directory in use). `npm run build` writes it next to the build; `npm start` rebuilds when it differs.
 * Run directly: `node scripts/build-stamp.mjs write`.
 */
import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
export const stampFile = path.join(root, ".next", "readout-build-stamp.json");

const INPUTS = ["app", "components", "lib", "public", "package-lock.json", "next.config.ts", "postcss.config.mjs", "tsconfig.json"];

function* walk(target) {
  if (!fs.existsSync(target)) return;
  const stat = fs.statSync(target);
  if (stat.isFile()) {
    yield target;
    return;
  }
  for (const entry of fs.readdirSync(target).sort()) yield* walk(path.join(target, entry));
}

export function dataDirInUse() {
  return path.resolve(process.env.DATA_DIR || path.join(root, "data"));
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
    return JSON.parse(fs.readFileSync(stampFile, "utf8"));
  } catch {
    return undefined;
  }
}

if (process.argv[2] === "write") {
  fs.mkdirSync(path.dirname(stampFile), { recursive: true });
  fs.writeFileSync(stampFile, JSON.stringify(computeStamp(), null, 2));
}
