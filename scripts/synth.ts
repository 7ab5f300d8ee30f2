/**
 * `npm run synth -- <count> <dir>`: writes a complete synthetic data directory (registries and
 * <count> calls). Deterministic for a given count. Refuses to write into a non-empty directory
 * that it did not create, so real data cannot be overwritten by mistake.
 */
import fs from "node:fs";
import path from "node:path";
import { generateSynthetic } from "./synth/generate";

const MARKER = ".synthetic";
const [countArg, dirArg] = process.argv.slice(2);
const count = Number(countArg);
if (!Number.isInteger(count) || count < 1 || count > 200_000 || !dirArg) {
  console.error("usage: npm run synth -- <count 1..200000> <dir>");
  process.exit(2);
}
const dir = path.resolve(dirArg);
if (fs.existsSync(dir) && fs.readdirSync(dir).length > 0 && !fs.existsSync(path.join(dir, MARKER))) {
  console.error(`${dir} is not empty and was not made by synth: refusing to overwrite it.`);
  process.exit(1);
}

const started = performance.now();
const data = generateSynthetic(count);
fs.rmSync(dir, { recursive: true, force: true });
fs.mkdirSync(path.join(dir, "calls"), { recursive: true });
fs.writeFileSync(path.join(dir, MARKER), `synthetic data, ${count} calls\n`);
const write = (name: string, value: unknown) => fs.writeFileSync(path.join(dir, name), `${JSON.stringify(value, null, 2)}\n`);
write("countries.json", data.countries);
write("people.json", data.people);
write("sources.json", data.sources);
write("topics.json", data.topics);
write("events.json", data.events);
for (const call of data.calls) write(`calls/${call.id}.json`, call);
console.log(
  `wrote ${data.calls.length} synthetic calls, ${data.people.length} people, ${data.sources.length} sources, ` +
    `${data.events.length} events to ${dir} in ${Math.round(performance.now() - started)} ms`,
);
