/**
 * `npm run validate`: checks data/ (or $DATA_DIR) and prints either a one-line summary or every
 * problem, one per line, as `<file>: <field path>: <message>`. Exits 1 on any problem. Read-only.
 */
import { dataDir, loadDataDir } from "../lib/data/read";
import { formatProblem } from "../lib/data/validate";

const dir = dataDir();
const started = performance.now();
const { dataset, problems } = loadDataDir(dir);
const ms = Math.round(performance.now() - started);

if (!dataset) {
  for (const problem of problems) console.error(formatProblem(problem));
  console.error(`\n${problems.length} problem${problems.length === 1 ? "" : "s"} in ${dir}`);
  process.exit(1);
}

const claims = dataset.calls.reduce((n, call) => n + call.claims.length, 0);
console.log(
  `data OK (${dir}): ${dataset.calls.length} calls, ${claims} claims, ${dataset.people.length} people, ` +
    `${dataset.countries.length} countries, ${dataset.sources.length} sources, ${dataset.topics.length} topics, ` +
    `${dataset.events.length} events — validated in ${ms} ms`,
);
