/**
 * After `next build`: completes the standalone server (it serves the static assets and public/
 * only when they are copied beside it) and records the build stamp that `npm start` checks.
 */
import fs from "node:fs";
import path from "node:path";
import { computeStamp, distDir, stampPath } from "./build-stamp.mjs";

const root = path.resolve(import.meta.dirname, "..");
const dist = distDir();
const standalone = path.join(dist, "standalone");

fs.cpSync(path.join(dist, "static"), path.join(standalone, path.relative(root, dist), "static"), { recursive: true });
fs.cpSync(path.join(root, "server"), path.join(standalone, "readout"), { recursive: true, filter: (f) => !f.endsWith(".d.mts") });
if (fs.existsSync(path.join(root, "public"))) fs.cpSync(path.join(root, "public"), path.join(standalone, "public"), { recursive: true });
fs.writeFileSync(stampPath(), JSON.stringify(computeStamp(), null, 2));
