/**
 * `npm run loadtest`: the production server on loopback under autocannon, 20 connections for 15 s
 * per URL (overview, a filtered timeline, a permalink), asking for compressed pages as a browser
 * does. Beside it, in the same run and interleaved URL by URL, the same build served as Next serves it
 * (READOUT_REWRITE=off: no page rewrite and no response cache, pages gzipped), so what Readout's server
 * adds is measured against a control rather than read off absolute numbers. Prints requests/s, p50/p99
 * latency, errors and non-2xx answers. Target: no errors, p99 under 100 ms for the filtered timeline.
 */
import autocannon from "autocannon";
import { ensureBuild, waitUntilUp } from "./ensure-build.mjs";
import { PAGE_TYPES } from "./pages.mjs";
import { startServer } from "./server.mjs";

const CONNECTIONS = 20;
const DURATION = Number(process.env.LOADTEST_SECONDS ?? 15);
const HEADERS = { "accept-encoding": "gzip, deflate, br, zstd" };
const SERVERS = [
  { name: "Readout", port: 3960, env: {} },
  { name: "control: Next as it is", port: 3961, env: { READOUT_REWRITE: "off" } },
];

ensureBuild();
for (const s of SERVERS) s.process = startServer({ port: s.port, stdio: "ignore", env: { HOSTNAME: "127.0.0.1", ...s.env } });
const rows = [];
try {
  for (const s of SERVERS) await waitUntilUp(`http://127.0.0.1:${s.port}`, s.process);
  for (const name of ["overview", "timeline filtered", "permalink"]) {
    for (const s of SERVERS) {
      const url = `http://127.0.0.1:${s.port}${PAGE_TYPES[name]}`;
      for (let i = 0; i < 20; i++) await fetch(url, { headers: HEADERS }).then((r) => r.arrayBuffer()); // warm-up
      const result = await autocannon({ url, connections: CONNECTIONS, duration: DURATION, headers: HEADERS });
      rows.push([`${name} (${PAGE_TYPES[name]})`, s.name, Math.round(result.requests.average), result.latency.p50, result.latency.p99, result.errors + result.timeouts, result.non2xx]);
    }
  }
} finally {
  for (const s of SERVERS) s.process.kill("SIGTERM");
}
console.log(`\nLoad test: ${CONNECTIONS} connections, ${DURATION} s per URL, loopback, compressed\n`);
console.log("| page | server | requests/s | p50 ms | p99 ms | errors | non-2xx |");
console.log("| --- | --- | --- | --- | --- | --- | --- |");
for (const row of rows) console.log(`| ${row.join(" | ")} |`);
