/**
 * `npm run bench`: how the product's cost grows with the data. For 100, 1,000 and 10,000
 * synthetic calls: validation time, build time, HTML size of the main page types, server latency
 * (p50/p99, 10 connections, autocannon on loopback, bounded) and the server's resident memory.
 * Prints one table. Sizes can be chosen: `npm run bench -- 100 1000`.
 */
import { execFileSync, spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import autocannon from "autocannon";
import { waitUntilUp } from "./ensure-build.mjs";
import { startServer } from "./server.mjs";

const root = path.resolve(import.meta.dirname, "..");
const sizes = process.argv.slice(2).map(Number).filter((n) => n > 0);
const SIZES = sizes.length ? sizes : [100, 1000, 10000];
const DURATION_S = Number(process.env.BENCH_SECONDS ?? 8);
const CONNECTIONS = 10;
const WORK = path.join(os.tmpdir(), "readout-bench");

type Row = Record<string, string | number>;

function time(run: () => void): number {
  const started = performance.now();
  run();
  return (performance.now() - started) / 1000;
}

function synth(count: number): string {
  const dir = path.join(WORK, `data-${count}`);
  const marker = path.join(dir, ".synthetic");
  // Made again when the generator changed since (a new required field would make old data invalid).
  const generatorChanged = () =>
    ["scripts/synth.ts", "scripts/synth/generate.ts"].some((f) => fs.statSync(path.join(root, f)).mtimeMs > fs.statSync(marker).mtimeMs);
  if (!fs.existsSync(marker) || !fs.readFileSync(marker, "utf8").includes(`${count} calls`) || generatorChanged()) {
    execFileSync(path.join(root, "node_modules/.bin/tsx"), ["scripts/synth.ts", String(count), dir], { cwd: root, stdio: "ignore" });
  }
  return dir;
}

function rssMb(pid: number): number {
  const status = fs.readFileSync(`/proc/${pid}/status`, "utf8");
  const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
  return Math.round(kb / 1024);
}

/** Load on one URL; with `vary`, every request gets its own URL (a page nothing has cached yet). */
async function load(url: string, vary?: (n: number) => string): Promise<{ p50: number; p99: number; rps: number; errors: number }> {
  let n = 0;
  const result = await autocannon({
    url,
    connections: CONNECTIONS,
    duration: DURATION_S,
    ...(vary ? { requests: [{ setupRequest: (request: autocannon.Request) => ({ ...request, path: vary(n++) }) }] } : {}),
  });
  return {
    p50: result.latency.p50,
    p99: result.latency.p99,
    rps: Math.round(result.requests.average),
    errors: result.errors + result.timeouts + result.non2xx,
  };
}

/** Picks representative URLs from the generated data: a busy counterpart country, a common word, a permalink, a leader. */
function urlsFor(dataDir: string) {
  const files = fs.readdirSync(path.join(dataDir, "calls")).sort();
  const middle = files[Math.floor(files.length / 2)]!.replace(/\.json$/, "");
  return {
    timeline: "/calls",
    "timeline filtered+search": "/calls?country=IR&topic=ceasefire&q=security",
    permalink: `/calls/${middle}`,
    leader: "/leaders/putin",
  };
}

const rows: Row[] = [];
fs.mkdirSync(WORK, { recursive: true });
for (const [i, count] of SIZES.entries()) {
  const dataDir = synth(count);
  const env = { ...process.env, DATA_DIR: dataDir, READOUT_DIST_DIR: `.next-bench-${count}`, NEXT_TELEMETRY_DISABLED: "1" };
  const validateS = time(() => {
    execFileSync(path.join(root, "node_modules/.bin/tsx"), ["scripts/validate.ts"], { cwd: root, env, stdio: "ignore" });
  });
  console.error(`[bench] ${count}: validated in ${validateS.toFixed(1)} s; building…`);
  let buildOk = true;
  // next build adds its output directory's types to tsconfig.json; a benchmark must not edit the project.
  const tsconfig = fs.readFileSync(path.join(root, "tsconfig.json"), "utf8");
  const buildS = time(() => {
    const result = spawnSync("npm", ["run", "build"], { cwd: root, env, stdio: ["ignore", "ignore", "inherit"] });
    buildOk = result.status === 0;
  });
  fs.writeFileSync(path.join(root, "tsconfig.json"), tsconfig);
  if (!buildOk) throw new Error(`build failed for ${count} calls`);
  console.error(`[bench] ${count}: built in ${buildS.toFixed(0)} s; measuring…`);

  const port = 3900 + i;
  const base = `http://127.0.0.1:${port}`;
  process.env.READOUT_DIST_DIR = env.READOUT_DIST_DIR;
  process.env.DATA_DIR = dataDir;
  const server = startServer({ port, stdio: "ignore", env: { HOSTNAME: "127.0.0.1" } });
  try {
    await waitUntilUp(base, server);
    const urls = urlsFor(dataDir);
    const row: Row = { calls: count, "validate s": validateS.toFixed(1), "build s": buildS.toFixed(0) };
    for (const [name, url] of Object.entries(urls)) {
      for (let k = 0; k < 20; k++) await fetch(base + url).then((r) => r.arrayBuffer()); // warm-up
      const html = await fetch(base + url);
      const bytes = (await html.arrayBuffer()).byteLength;
      if (name !== "timeline filtered+search") row[`${name} KB`] = html.ok ? (bytes / 1024).toFixed(0) : `HTTP ${html.status}`;
      const result = await load(base + url);
      row[`${name} p50/p99 ms`] = `${result.p50}/${result.p99}${result.errors ? ` (${result.errors} err)` : ""}`;
    }
    // Filtered timelines no request has asked for yet: each one rendered, none from the response cache.
    const day = (n: number) => new Date(Date.UTC(2019, 0, 1) + (n % 2500) * 86_400_000).toISOString().slice(0, 10);
    const cold = await load(base + urls["timeline filtered+search"], (n) => `${urls["timeline filtered+search"]}&from=${day(n)}&sort=${n % 5000 < 2500 ? "newest" : "oldest"}`);
    row["uncached filtered p50/p99 ms"] = `${cold.p50}/${cold.p99}${cold.errors ? ` (${cold.errors} err)` : ""}`;
    row["RSS MB"] = server.pid ? rssMb(server.pid) : "?";
    rows.push(row);
  } finally {
    server.kill("SIGTERM");
  }
}

const columns = Object.keys(rows[0] ?? {});
console.log(`\nReadout benchmark — ${os.cpus().length} cores, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}; ${CONNECTIONS} connections, ${DURATION_S} s per URL\n`);
console.log(`| ${columns.join(" | ")} |`);
console.log(`| ${columns.map(() => "---").join(" | ")} |`);
for (const row of rows) console.log(`| ${columns.map((c) => row[c] ?? "").join(" | ")} |`);
