/**
 * `npm run backfill-published`: gives every call record that has no `published` date the day its
 * file first entered the repository (the earliest commit that added it:
 * `git log --diff-filter=A --format=%as -- data/calls/<id>.json`), or today for a file git does not
 * know yet (a call being added on a branch). Records that already have one are left as they are,
 * so it is safe to run again after merging other curators' calls.
 *
 * Usage: npm run backfill-published [-- --dry-run] [-- --today YYYY-MM-DD]   ($DATA_DIR for another directory)
 */
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { dataDir } from "../lib/data/read";
import { todayUtc } from "../lib/data/validate";
import { insertPublished } from "../lib/curate/published";

const { values } = parseArgs({ options: { "dry-run": { type: "boolean" }, today: { type: "string" } } });
const today = values.today ?? todayUtc();
const callsDir = path.join(dataDir(), "calls");

/** The day git first saw the file, or undefined outside a repository or for a file never committed. */
function firstCommitDate(file: string): string | undefined {
  try {
    const out = execFileSync("git", ["log", "--diff-filter=A", "--format=%as", "--", path.basename(file)], {
      cwd: path.dirname(file),
      encoding: "utf8",
      stdio: ["ignore", "pipe", "ignore"],
    });
    // Newest first: the earliest addition is the last line.
    return out.trim().split("\n").filter(Boolean).at(-1);
  } catch {
    return undefined;
  }
}

let changed = 0;
let fromGit = 0;
for (const name of fs.readdirSync(callsDir).filter((n) => n.endsWith(".json")).sort()) {
  const file = path.join(callsDir, name);
  const text = fs.readFileSync(file, "utf8");
  const record = JSON.parse(text) as Record<string, unknown>;
  if (typeof record.published === "string") continue;
  const added = firstCommitDate(file);
  const published = added ?? today;
  if (added) fromGit++;
  changed++;
  console.log(`${path.join("calls", name)}: published ${published}${added ? "" : " (not in git history yet: today)"}`);
  if (!values["dry-run"]) fs.writeFileSync(file, `${JSON.stringify(insertPublished(record, published), null, 2)}\n`);
}
console.log(
  changed === 0
    ? "Every call record already has a published date."
    : `${values["dry-run"] ? "Would set" : "Set"} published on ${changed} record${changed === 1 ? "" : "s"} (${fromGit} from git history, ${changed - fromGit} today).`,
);
