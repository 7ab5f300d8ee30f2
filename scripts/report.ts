/**
 * `npm run report`: the record's health in one screen — calls by month and official, single-source
 * calls, calls without the counterpart's account, low-reliability sources, leads waiting, sources
 * nothing cites, records not corrected since a later source appeared. `-- --json` prints the
 * figures as JSON (every item, not the first few). Reads data/ or $DATA_DIR; invalid data is
 * reported as `npm run validate` reports it, and the command exits 1.
 */
import { parseArgs } from "node:util";
import { dataDir, loadDataDir } from "../lib/data/read";
import { formatProblem, todayUtc } from "../lib/data/validate";
import { recordHealth } from "../lib/report/health";
import { healthText } from "../lib/report/text";

const { values } = parseArgs({ options: { json: { type: "boolean" }, today: { type: "string" } } });
const today = values.today ?? todayUtc();
const { dataset, problems } = loadDataDir(dataDir(), { today });
if (!dataset) {
  for (const problem of problems) console.error(formatProblem(problem));
  console.error(`\nThe data does not validate (${problems.length} problem${problems.length === 1 ? "" : "s"}): fix it, then run the report again.`);
  process.exit(1);
}
const health = recordHealth(dataset);
process.stdout.write(values.json ? `${JSON.stringify({ date: today, ...health }, null, 2)}\n` : healthText(health, today));
