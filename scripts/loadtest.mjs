/**
 * `npm run loadtest`: the production server on loopback under autocannon, 20 connections for 15 s
 * per URL (overview, a filtered timeline, a permalink). Prints requests/s, p50/p99 latency, errors
 * and non-2xx answers. Target: no errors, p99 under 100 ms for the filtered timeline.
 */
import autocannon from "autocannon";
import { ensureBuild, waitUntilUp } from "./ensure-build.mjs";
import { PAGE_TYPES } from "./pages.mjs";
import { startServer } from "./server.mjs";

const CONNECTIONS = 20;
const DURATION = Number(process.env.LOADTEST_SECONDS ?? 15);
const port = 3960;
const base = `http://127.0.0.1:${port}`;

ensureBuild();
const server = startServer({ port, stdio: "ignore", env: { HOSTNAME: "127.0.0.1" } });
const rows = [];
try {
  await waitUntilUp(base, server);
  for (const name of ["overview", "timeline filtered", "permalink"]) {
    const url = base + PAGE_TYPES[name];
    for (let i = 0; i < 20; i++) await fetch(url).then((r) => r.arrayBuffer()); // warm-up
    const result = await autocannon({ url, connections: CONNECTIONS, duration: DURATION });
    rows.push([`${name} (${PAGE_TYPES[name]})`, Math.round(result.requests.average), result.latency.p50, result.latency.p99, result.errors + result.timeouts, result.non2xx]);
  }
} finally {
  server.kill("SIGTERM");
}
console.log(`\nLoad test: ${CONNECTIONS} connections, ${DURATION} s per URL, loopback\n`);
console.log("| page | requests/s | p50 ms | p99 ms | errors | non-2xx |");
console.log("| --- | --- | --- | --- | --- | --- |");
for (const row of rows) console.log(`| ${row.join(" | ")} |`);
