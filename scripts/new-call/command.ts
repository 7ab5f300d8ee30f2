/**
 * `npm run new-call`: adds a call record from the command line. It asks (with @inquirer/prompts)
 * for the date and its certainty, the participants with their offices on that date, the mode, the
 * sources, topics and events and which accounts exist; writes data/calls/<id>.json and any new
 * people, offices and sources; then runs the validator, which lists what is left to write (the
 * "TODO: …" placeholders). Every question has a flag, and with --no-input (or without a terminal)
 * nothing is asked: a missing or bad answer is refused with its reason and nothing is written.
 */
import fs from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { CALL_MODES, LEVEL_LABELS, LEVELS, SOURCE_KINDS, type CallMode, type Level, type SourceKind } from "../../lib/constants";
import {
  buildNewCall,
  checkCallId,
  checkDate,
  checkDateCertainty,
  checkEvent,
  checkLanguage,
  checkMode,
  checkNewOffice,
  checkNewPerson,
  checkNewSource,
  checkSource,
  checkSourceDate,
  checkSourceKind,
  checkTopic,
  checkUrl,
  defaultCallId,
  defaultKremlinBy,
  defaultSourceId,
  officesOn,
  resolveParticipant,
  withAdditions,
  type Check,
  type NewCallAnswers,
  type NewPersonAnswer,
  type NewSourceAnswer,
  type ParticipantAnswer,
  type Side,
} from "../../lib/curate/new-call";
import { appendToRegistry, formatJson, readRegistries, type Registries } from "../../lib/curate/registries";
import { dataDir as defaultDataDir, loadDataDir } from "../../lib/data/read";
import { formatProblem, heldOn, todayUtc } from "../../lib/data/validate";
import { isoDate, type Office } from "../../lib/schema";

export const USAGE = `Usage: npm run new-call [-- flags]

Asks for what it needs; each question also has a flag. With --no-input (or without a terminal)
nothing is asked, and every required flag must be given.

  --date YYYY-MM-DD             the day of the call (from April 2024, not in the future)
  --date-certainty exact|inferred
  --date-note TEXT              how an inferred date was worked out
  --russian PERSON[:OFFICE]     a Russian participant from people.json (repeat for several)
  --counterpart PERSON[:OFFICE] a counterpart (repeat for several); the office defaults to the one held that day
  --new-person JSON             add a person: {"id","name","office":{"id","title","country","level","from"?,"to"?}}
  --new-office JSON             add an office to someone: {"person","id","title","country","level","from"?,"to"?}
                                (level: head, foreign-minister or other)
  --mode phone|video
  --source ID                   a source from sources.json (repeat for several)
  --new-source JSON             add a page: {"url","publisher","date","language","kind","headline"?,"id"?}
                                kind: ${SOURCE_KINDS.join(", ")}
  --topic ID                    a topic from topics.json (repeat; at least one)
  --event ID                    a related crisis event from events.json (repeat; optional)
  --kremlin-readout reported|none-reported
  --kremlin-by TEXT             who issued the Russian account (default by the Russian participant)
  --kremlin-source ID           the sources of the Russian account (repeat; default: all the call's sources)
  --counterpart-readout yes|no  whether the counterpart's side gave an account
  --counterpart-source ID       the sources of that account (repeat; default: all the call's sources)
  --id ID                       the call's id (default: date and participants, e.g. 2026-03-10-putin-pezeshkian)
  --data-dir DIR                the data directory (default: $DATA_DIR or data/)
  --no-input                    never ask; refuse what is missing
  --help
`;

const OPTIONS = {
  date: { type: "string" },
  "date-certainty": { type: "string" },
  "date-note": { type: "string" },
  russian: { type: "string", multiple: true },
  counterpart: { type: "string", multiple: true },
  "new-person": { type: "string", multiple: true },
  "new-office": { type: "string", multiple: true },
  mode: { type: "string" },
  source: { type: "string", multiple: true },
  "new-source": { type: "string", multiple: true },
  topic: { type: "string", multiple: true },
  event: { type: "string", multiple: true },
  "kremlin-readout": { type: "string" },
  "kremlin-by": { type: "string" },
  "kremlin-source": { type: "string", multiple: true },
  "counterpart-readout": { type: "string" },
  "counterpart-source": { type: "string", multiple: true },
  id: { type: "string" },
  "data-dir": { type: "string" },
  today: { type: "string" },
  "no-input": { type: "boolean" },
  help: { type: "boolean" },
} as const;

export type Io = {
  out: (text: string) => void;
  err: (text: string) => void;
  /** Whether questions may be asked (a terminal, and no --no-input). */
  interactive: boolean;
  /** The prompt library; tests give a scripted stand-in. */
  prompts?: Prompts;
};

/** A refused answer: the flag (or question) and the reason. Nothing has been written. */
class Refused extends Error {}

function refuse(what: string, reason: string): never {
  throw new Refused(`${what}: ${reason}`);
}

function ensure(what: string, check: Check): void {
  if (check !== true) refuse(what, check);
}

export type Prompts = Pick<typeof import("@inquirer/prompts"), "input" | "select" | "checkbox" | "confirm" | "search">;

function parseJsonFlag(flag: string, value: string): Record<string, unknown> {
  let json: unknown;
  try {
    json = JSON.parse(value);
  } catch {
    refuse(flag, `${JSON.stringify(value.slice(0, 60))} is not valid JSON`);
  }
  if (!json || typeof json !== "object" || Array.isArray(json)) refuse(flag, "must be a JSON object");
  return json as Record<string, unknown>;
}

const str = (value: unknown) => (typeof value === "string" ? value : undefined);

/** The level a flag names; an unknown one is kept as given, so the office check refuses it with the reason. */
const levelFrom = (value: unknown) => (str(value) ?? "") as Level;

function officeFrom(json: Record<string, unknown>): Office {
  const from = str(json.from);
  const to = str(json.to);
  return {
    id: str(json.id) ?? "",
    title: str(json.title) ?? "",
    country: (str(json.country) ?? "").toUpperCase(),
    level: levelFrom(json.level),
    ...(from ? { from } : {}),
    ...(to ? { to } : {}),
  };
}

/** The interactive questions: each uses the same check as its flag. */
function asker(prompts: Prompts) {
  return {
    text: (message: string, check: (v: string) => Check, fallback?: string) =>
      prompts.input({ message, ...(fallback !== undefined ? { default: fallback } : {}), validate: (v) => check(v.trim()) }).then((v) => v.trim()),
    optionalText: (message: string) => prompts.input({ message }).then((v) => v.trim()),
  };
}

export async function newCallCommand(argv: readonly string[], io: Io): Promise<number> {
  let values: ReturnType<typeof parseArgs<{ options: typeof OPTIONS; args: string[] }>>["values"];
  try {
    values = parseArgs({ args: [...argv], options: OPTIONS, strict: true, allowPositionals: false }).values;
  } catch (error) {
    io.err(`new-call: ${error instanceof Error ? error.message : String(error)}\n\n${USAGE}`);
    return 2;
  }
  if (values.help) {
    io.out(USAGE);
    return 0;
  }
  const dir = path.resolve(values["data-dir"] ?? defaultDataDir());
  if (!fs.existsSync(path.join(dir, "people.json"))) {
    io.err(`new-call: ${dir} is not a data directory (no people.json)\n`);
    return 2;
  }
  const today = values.today && isoDate.safeParse(values.today).success ? values.today : todayUtc();
  const interactive = io.interactive && !values["no-input"];
  const prompts: Prompts | undefined = interactive ? (io.prompts ?? (await import("@inquirer/prompts"))) : undefined;

  let answers: NewCallAnswers;
  try {
    answers = await collectAnswers(values, readRegistries(dir), today, prompts);
  } catch (error) {
    if (error instanceof Refused) {
      io.err(`new-call: ${error.message}\nNothing was written.\n`);
      return 1;
    }
    // Ctrl-C at a prompt.
    if (error instanceof Error && error.name === "ExitPromptError") {
      io.err("\nnew-call: stopped; nothing was written.\n");
      return 130;
    }
    throw error;
  }

  const files = buildNewCall(answers, today);
  const callFile = path.join(dir, "calls", `${answers.id}.json`);
  if (prompts) {
    const ok = await prompts.confirm({ message: `Write ${shown(callFile)}?`, default: true });
    if (!ok) {
      io.err("new-call: nothing was written.\n");
      return 1;
    }
  }
  fs.mkdirSync(path.dirname(callFile), { recursive: true });
  fs.writeFileSync(callFile, formatJson(files.record), { flag: "wx" });
  if (files.newPeople.length || files.newOffices.length) {
    appendToRegistry(dir, "people.json", files.newPeople, (people) => {
      for (const { person, office } of files.newOffices) {
        const entry = people.find((p): p is { id: string; offices: unknown[] } => typeof p === "object" && p !== null && "id" in p && p.id === person && "offices" in p && Array.isArray(p.offices));
        entry?.offices.push(office);
      }
    });
  }
  if (files.newSources.length) appendToRegistry(dir, "sources.json", files.newSources);

  const added = [
    files.newSources.length ? `${files.newSources.length} source${files.newSources.length === 1 ? "" : "s"} to sources.json` : "",
    files.newPeople.length ? `${files.newPeople.length} ${files.newPeople.length === 1 ? "person" : "people"} to people.json` : "",
    files.newOffices.length ? `${files.newOffices.length} office${files.newOffices.length === 1 ? "" : "s"} to people.json` : "",
  ].filter(Boolean);
  io.out(`Wrote ${shown(callFile)}${added.length ? `, and added ${added.join(", ")}` : ""}.\n`);

  // The validator has the last word: it lists the placeholders still to write, and anything else.
  const { problems } = loadDataDir(dir, { today });
  const record = problems.filter((p) => path.resolve(p.file) === callFile || p.file.endsWith(`calls/${answers.id}.json`));
  const todo = record.filter((p) => p.message.startsWith("still a placeholder"));
  const other = problems.filter((p) => !todo.includes(p));
  if (todo.length) {
    io.out(`\nStill to write in ${shown(callFile)} (the validator refuses the record until they are done):\n`);
    for (const p of todo) io.out(`  ${p.path}: ${p.message.replace(/^still a placeholder, to be written before publishing: /, "")}\n`);
    io.out("Delete a placeholder quote or claim there is nothing for; add claims, quotes and disagreements as the sources give them. Then run npm run validate.\n");
  }
  if (other.length) {
    io.err(`\nThe validator also found:\n${other.map((p) => `  ${formatProblem(p)}`).join("\n")}\n`);
    return 1;
  }
  return 0;
}

function shown(file: string): string {
  const relative = path.relative(process.cwd(), file);
  return relative && !relative.startsWith("..") ? relative : file;
}

type Values = Partial<Record<keyof typeof OPTIONS, string | string[] | boolean>>;

/** Every answer, from its flag or (when interactive) from a question; throws Refused on a bad one. */
async function collectAnswers(values: Values, start: Registries, today: string, prompts: Prompts | undefined): Promise<NewCallAnswers> {
  const flag = (name: keyof typeof OPTIONS) => {
    const v = values[name];
    return typeof v === "string" ? v.trim() : undefined;
  };
  const flags = (name: keyof typeof OPTIONS) => {
    const v = values[name];
    return Array.isArray(v) ? v.map((x) => x.trim()).filter(Boolean) : [];
  };
  const ask = prompts ? asker(prompts) : undefined;
  const missing = (name: string, what: string): never => refuse(`--${name}`, `missing: ${what} (or run without --no-input, in a terminal, to be asked)`);

  // The date and its certainty.
  let date = flag("date");
  if (date !== undefined) ensure(`--date`, checkDate(date, today));
  else if (ask) date = await ask.text("Date of the call (YYYY-MM-DD)", (v) => checkDate(v, today));
  else missing("date", "the call's date, YYYY-MM-DD");
  const callDate = date!;

  let certainty = flag("date-certainty");
  if (certainty !== undefined) ensure("--date-certainty", checkDateCertainty(certainty));
  else if (prompts) {
    certainty = await prompts.select({
      message: "How is the date known?",
      choices: [
        { name: "exact: a source states the date", value: "exact" },
        { name: "inferred: worked out (e.g. from 'on Tuesday' in a dated report)", value: "inferred" },
      ],
    });
  } else certainty = "exact";
  const dateCertainty = certainty === "inferred" ? "inferred" : "exact";
  let dateNote = flag("date-note");
  if (dateCertainty === "inferred" && dateNote === undefined && ask) dateNote = await ask.optionalText("How was the date worked out? (leave empty to write it later)");

  // New people and offices given as flags, so that the participants can name them.
  const newPeople: NewPersonAnswer[] = [];
  const newOffices: { person: string; office: Office }[] = [];
  const newSources: NewSourceAnswer[] = [];
  const registries = () => withAdditions(start, { newPeople, newOffices, newSources });
  for (const value of flags("new-person")) {
    const json = parseJsonFlag("--new-person", value);
    const office = json.office && typeof json.office === "object" && !Array.isArray(json.office) ? officeFrom(json.office as Record<string, unknown>) : officeFrom({});
    const person: NewPersonAnswer = { id: str(json.id) ?? "", name: str(json.name) ?? "", office };
    ensure(`--new-person ${JSON.stringify(person.id)}`, checkNewPerson(person, registries(), callDate));
    newPeople.push(person);
  }
  for (const value of flags("new-office")) {
    const json = parseJsonFlag("--new-office", value);
    const personId = str(json.person) ?? "";
    const office = officeFrom(json);
    ensure(`--new-office ${JSON.stringify(personId)}`, checkNewOffice(personId, office, registries(), callDate));
    newOffices.push({ person: personId, office });
  }

  // The participants.
  const participants = async (side: Side): Promise<ParticipantAnswer[]> => {
    const name = side === "russian" ? "russian" : "counterpart";
    const given = flags(name);
    const chosen: ParticipantAnswer[] = [];
    for (const value of given) {
      const resolved = resolveParticipant(value, side, callDate, registries().people);
      if (typeof resolved === "string") refuse(`--${name} ${JSON.stringify(value)}`, resolved);
      if (chosen.some((p) => p.person === resolved.person)) refuse(`--${name} ${JSON.stringify(value)}`, `"${resolved.person}" is named twice`);
      chosen.push(resolved);
    }
    if (chosen.length === 0) {
      if (!prompts) missing(name, side === "russian" ? "at least one Russian participant (person id from people.json)" : "at least one counterpart (person id from people.json)");
      else await askParticipants(prompts, side, callDate, chosen, registries, { newPeople, newOffices }, today);
    }
    return chosen;
  };
  const russians = await participants("russian");
  const counterparts = await participants("counterpart");
  const everyone = [...russians, ...counterparts];
  const twice = everyone.find((p, i) => everyone.findIndex((q) => q.person === p.person) !== i);
  if (twice) refuse("--counterpart", `"${twice.person}" is already a participant of this call`);

  // The id.
  let id = flag("id");
  const suggested = defaultCallId(callDate, russians, counterparts);
  if (id !== undefined) ensure("--id", checkCallId(id, callDate, start));
  else if (ask) id = await ask.text("Id of the record (its permanent address)", (v) => checkCallId(v, callDate, start), suggested);
  else {
    id = suggested;
    ensure("--id", checkCallId(id, callDate, start));
  }
  const callId = id!;

  // The mode.
  let mode = flag("mode");
  if (mode !== undefined) ensure("--mode", checkMode(mode));
  else if (prompts) mode = await prompts.select({ message: "Mode", choices: CALL_MODES.map((m) => ({ name: m, value: m })) });
  else mode = "phone";

  // The sources: new pages first (flags), then existing ones.
  for (const value of flags("new-source")) {
    const json = parseJsonFlag("--new-source", value);
    const answer: NewSourceAnswer = {
      id: "",
      url: str(json.url) ?? "",
      publisher: str(json.publisher) ?? "",
      ...(str(json.headline) ? { headline: str(json.headline)! } : {}),
      date: str(json.date) ?? "",
      language: str(json.language) ?? "",
      kind: (str(json.kind) ?? "") as SourceKind,
    };
    answer.id = str(json.id) ?? defaultSourceId(answer.publisher, answer.date, callId, (candidate) => registries().sources.some((s) => s.id === candidate));
    ensure(`--new-source ${JSON.stringify(answer.url || answer.id)}`, checkNewSource(answer, registries(), callDate, today));
    newSources.push(answer);
  }
  const sources = newSources.map((s) => s.id);
  for (const value of flags("source")) {
    ensure(`--source ${JSON.stringify(value)}`, checkSource(value, callDate, registries()));
    if (!sources.includes(value)) sources.push(value);
  }
  if (sources.length === 0) {
    if (!prompts) missing("source", "at least one source (--source ID or --new-source JSON)");
    else await askSources(prompts, callDate, callId, today, sources, newSources, registries);
  }

  // Topics and events.
  const topics = flags("topic");
  for (const t of topics) ensure(`--topic ${JSON.stringify(t)}`, checkTopic(t, start));
  if (topics.length === 0) {
    if (!prompts) missing("topic", `at least one topic (${start.topics.map((t) => t.id).join(", ")})`);
    else {
      topics.push(
        ...(await prompts.checkbox({
          message: "Topics (space to choose, enter when done)",
          choices: start.topics.map((t) => ({ name: `${t.label} — ${t.description}`, value: t.id, short: t.label })),
          validate: (chosen) => (chosen.length > 0 ? true : "choose at least one topic"),
          pageSize: 12,
        })),
      );
    }
  }
  const events = flags("event");
  for (const e of events) ensure(`--event ${JSON.stringify(e)}`, checkEvent(e, start));
  if (events.length === 0 && prompts && start.events.length) {
    const near = [...start.events].sort((a, b) => distance(a.date, callDate) - distance(b.date, callDate));
    events.push(
      ...(await prompts.checkbox({
        message: "Related crisis events, nearest first (optional)",
        choices: near.map((e) => ({ name: `${e.date} ${e.title}`, value: e.id })),
        pageSize: 8,
      })),
    );
  }

  // The accounts.
  let kremlin = flag("kremlin-readout");
  if (kremlin !== undefined) ensure("--kremlin-readout", kremlin === "reported" || kremlin === "none-reported" ? true : `${JSON.stringify(kremlin)} is not one of: reported, none-reported`);
  else if (prompts) {
    kremlin = await prompts.select({
      message: "Did the Russian side give an account of the call?",
      choices: [
        { name: "yes: a Kremlin (or Foreign Ministry) readout", value: "reported" },
        { name: "no: none reported", value: "none-reported" },
      ],
    });
  } else missing("kremlin-readout", "reported or none-reported");
  const kremlinReadout = kremlin === "reported" ? "reported" : "none-reported";
  let kremlinBy = flag("kremlin-by");
  if (kremlinReadout === "reported" && kremlinBy === undefined && ask) kremlinBy = await ask.optionalText(`Who issued it? (enter for "${defaultKremlinBy(russians)}")`);

  let counterpartFlag = flag("counterpart-readout");
  if (counterpartFlag !== undefined) ensure("--counterpart-readout", counterpartFlag === "yes" || counterpartFlag === "no" ? true : `${JSON.stringify(counterpartFlag)} is not one of: yes, no`);
  else if (prompts) counterpartFlag = (await prompts.confirm({ message: "Did the counterpart's side give an account?", default: false })) ? "yes" : "no";
  else missing("counterpart-readout", "yes or no");
  const counterpartReadout = counterpartFlag === "yes";

  const accountSources = async (name: "kremlin-source" | "counterpart-source", message: string): Promise<string[] | undefined> => {
    const given = flags(name);
    for (const s of given) ensure(`--${name} ${JSON.stringify(s)}`, sources.includes(s) ? true : `"${s}" is not among this call's sources (${sources.join(", ")})`);
    if (given.length) return given;
    if (!prompts || sources.length < 2) return undefined;
    return prompts.checkbox({
      message,
      choices: sources.map((s) => ({ name: s, value: s, checked: true })),
      validate: (chosen) => (chosen.length > 0 ? true : "choose at least one source"),
    });
  };
  const kremlinSources = kremlinReadout === "reported" ? await accountSources("kremlin-source", "Which sources give the Russian account?") : undefined;
  const counterpartSources = counterpartReadout ? await accountSources("counterpart-source", "Which sources give the counterpart's account?") : undefined;

  return {
    id: callId,
    date: callDate,
    dateCertainty,
    ...(dateNote ? { dateNote } : {}),
    russians,
    counterparts,
    mode: mode as CallMode,
    sources,
    newSources,
    newPeople,
    newOffices,
    topics: [...new Set(topics)],
    events: [...new Set(events)],
    kremlinReadout,
    ...(kremlinBy ? { kremlinBy } : {}),
    ...(kremlinSources ? { kremlinSources } : {}),
    counterpartReadout,
    ...(counterpartSources ? { counterpartSources } : {}),
  };
}

function distance(a: string, b: string): number {
  return Math.abs(Date.parse(a) - Date.parse(b));
}

type Choice = { name: string; value: string; short?: string; disabled?: string };

const ADD_PERSON = "\0add-person";
const ADD_OFFICE = "\0add-office";
const ADD_PAGE = "\0add-page";
const DONE = "\0done";

/** Choosing participants at the prompt: search the registry, with each person's office on the day; add a person or an office. */
async function askParticipants(
  prompts: Prompts,
  side: Side,
  date: string,
  chosen: ParticipantAnswer[],
  registries: () => Registries,
  added: { newPeople: NewPersonAnswer[]; newOffices: { person: string; office: Office }[] },
  today: string,
): Promise<void> {
  const label = side === "russian" ? "Russian participant" : "Counterpart";
  for (;;) {
    const people = registries().people;
    const answer = await prompts.search<string>({
      message: `${label}${chosen.length ? ` (${chosen.map((p) => p.person).join(", ")} so far)` : ""}: type a name`,
      pageSize: 10,
      source: (term) => {
        const words = (term ?? "").toLowerCase().split(/\s+/).filter(Boolean);
        const matches = people.filter((p) => {
          const text = [p.id, p.name, ...(p.aliases ?? []), ...p.offices.map((o) => o.title)].join(" ").toLowerCase();
          return words.every((w) => text.includes(w)) && p.offices.some((o) => (side === "russian" ? o.country === "RU" : o.country !== "RU"));
        });
        const choices = matches.flatMap((p): Choice[] => {
          const held = officesOn(p, side, date);
          if (chosen.some((c) => c.person === p.id)) return [{ name: p.name, value: p.id, disabled: "already chosen" }];
          if (held.length === 0) return [{ name: p.name, value: p.id, disabled: `held no ${side === "russian" ? "Russian " : ""}office on ${date}` }];
          return held.map((o) => ({ name: `${p.name} — ${o.title}`, value: `${p.id}:${o.id}`, short: p.name }));
        });
        return [
          ...(chosen.length ? [{ name: "✓ Done", value: DONE }] : []),
          ...choices,
          { name: "+ Add a person who is not in the registry", value: ADD_PERSON },
          { name: "+ Add an office to someone in the registry", value: ADD_OFFICE },
        ];
      },
      validate: (value) => {
        if (value === DONE || value === ADD_PERSON || value === ADD_OFFICE) return true;
        const resolved = resolveParticipant(value, side, date, registries().people);
        return typeof resolved === "string" ? resolved : true;
      },
    });
    if (answer === DONE) return;
    if (answer === ADD_PERSON) {
      const person = await askNewPerson(prompts, side, date, registries, today);
      added.newPeople.push(person);
      chosen.push({ person: person.id, office: person.office.id });
    } else if (answer === ADD_OFFICE) {
      const personId = await prompts.search<string>({
        message: "Whose office?",
        source: (term) =>
          registries()
            .people.filter((p) => `${p.id} ${p.name}`.toLowerCase().includes((term ?? "").toLowerCase()))
            .map((p) => ({ name: `${p.name} (${p.offices.map((o) => o.title).join("; ")})`, value: p.id, short: p.name })),
      });
      const office = await askOffice(prompts, side, date, registries, today, (o) => checkNewOffice(personId, o, registries(), date));
      added.newOffices.push({ person: personId, office });
      chosen.push({ person: personId, office: office.id });
    } else {
      const resolved = resolveParticipant(answer, side, date, registries().people);
      if (typeof resolved !== "string") chosen.push(resolved);
    }
    if (!(await prompts.confirm({ message: `Another ${label.toLowerCase()}?`, default: false }))) return;
  }
}

const slugify = (text: string) =>
  text
    .normalize("NFKD")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");

async function askNewPerson(prompts: Prompts, side: Side, date: string, registries: () => Registries, today: string): Promise<NewPersonAnswer> {
  const name = await prompts.input({ message: "Full name, as in English-language sources", validate: (v) => (v.trim() ? true : "the name must not be empty") });
  const surname = slugify(name.trim().split(/\s+/).at(-1) ?? name);
  const id = await prompts.input({
    message: "Id (used in call ids and addresses)",
    default: surname,
    validate: (v) =>
      !/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(v.trim())
        ? "must be lowercase letters and digits joined by single hyphens"
        : registries().people.some((p) => p.id === v.trim())
          ? `a person with the id "${v.trim()}" already exists: choose them instead of adding them`
          : true,
  });
  const office = await askOffice(prompts, side, date, registries, today, (o) => checkNewPerson({ id: id.trim(), name: name.trim(), office: o }, registries(), date));
  return { id: id.trim(), name: name.trim(), office };
}

async function askOffice(prompts: Prompts, side: Side, date: string, registries: () => Registries, today: string, check: (office: Office) => Check): Promise<Office> {
  for (;;) {
    const title = await prompts.input({ message: "Office title (e.g. Minister of Foreign Affairs of Oman)", validate: (v) => (v.trim() ? true : "the title must not be empty") });
    const id = await prompts.input({ message: "Office id", default: slugify(title).split("-").slice(0, 3).join("-"), validate: (v) => (/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(v.trim()) ? true : "must be lowercase letters and digits joined by single hyphens") });
    const countries = registries().countries.filter((c) => (side === "russian" ? c.code === "RU" : c.code !== "RU"));
    const country = await prompts.search<string>({
      message: "Country",
      source: (term) =>
        countries
          .filter((c) => `${c.code} ${c.name}`.toLowerCase().includes((term ?? "").toLowerCase()))
          .map((c) => ({ name: `${c.name} (${c.code})`, value: c.code })),
    });
    const optionalDate = (label: string) =>
      prompts.input({
        message: `${label} (YYYY-MM-DD, empty if not established by a source)`,
        validate: (v) => (v.trim() === "" || (isoDate.safeParse(v.trim()).success && v.trim() <= today) ? true : "a real date in the form YYYY-MM-DD, not in the future"),
      });
    const level = await prompts.select<Level>({
      message: "Level of the office",
      choices: LEVELS.map((value) => ({ name: LEVEL_LABELS[value], value })),
    });
    const from = (await optionalDate("Held from")).trim();
    const to = (await optionalDate("Held until")).trim();
    const office: Office = { id: id.trim(), title: title.trim(), country, level, ...(from ? { from } : {}), ...(to ? { to } : {}) };
    if (!heldOn(office, date)) {
      await prompts.confirm({ message: `That office was not held on ${date}, the call's date. Enter it again (press enter)` });
      continue;
    }
    const result = check(office);
    if (result === true) return office;
    await prompts.confirm({ message: `${result}. Enter it again (press enter)` });
  }
}

/** Choosing sources at the prompt: search the registry (pages dated before the call are refused), or add a page. */
async function askSources(
  prompts: Prompts,
  date: string,
  callId: string,
  today: string,
  sources: string[],
  newSources: NewSourceAnswer[],
  registries: () => Registries,
): Promise<void> {
  for (;;) {
    const rank = (d: string | undefined) => (d === undefined ? 1 : d < date ? 2 : 0);
    const answer = await prompts.search<string>({
      message: `Sources${sources.length ? ` (${sources.length} so far)` : ""}: type a publisher, a word of the headline or the URL`,
      pageSize: 10,
      source: (term) => {
        const words = (term ?? "").toLowerCase().split(/\s+/).filter(Boolean);
        const all = registries().sources;
        const matches = all
          .filter((s) => words.every((w) => [s.id, s.publisher, s.headline ?? "", s.url ?? ""].join(" ").toLowerCase().includes(w)))
          // Pages that can report the call (dated on or after it) first, nearest first; undated pages next; pages dated before it last.
          .sort((a, b) => rank(a.date) - rank(b.date) || distance(a.date ?? date, date) - distance(b.date ?? date, date))
          .slice(0, 50);
        return [
          ...(sources.length ? [{ name: "✓ Done", value: DONE }] : []),
          { name: "+ Add a new page (URL, publisher, date, language, kind)", value: ADD_PAGE },
          ...matches.map((s) => ({
            name: `${s.publisher}${s.date ? `, ${s.date}` : ""}: ${s.headline ?? s.url ?? s.id}`,
            value: s.id,
            short: s.id,
            ...(sources.includes(s.id) ? { disabled: "already chosen" } : s.date && s.date < date ? { disabled: `dated ${s.date}, before the call` } : {}),
          })),
        ];
      },
      validate: (value) => (value === DONE || value === ADD_PAGE ? true : checkSource(value, date, registries())),
    });
    if (answer === DONE) return;
    if (answer === ADD_PAGE) {
      const url = (await prompts.input({ message: "URL of the page", validate: (v) => {
        const check = checkUrl(v.trim());
        if (check !== true) return check;
        const same = registries().sources.find((s) => s.url === v.trim());
        return same ? `already in sources.json as "${same.id}": choose it instead` : true;
      } })).trim();
      const publisher = (await prompts.input({ message: "Publisher (e.g. Reuters, TASS, Kremlin)", validate: (v) => (v.trim() ? true : "the publisher must not be empty") })).trim();
      const headline = (await prompts.input({ message: "Headline, as on the page (optional)" })).trim();
      const pageDate = (await prompts.input({ message: "Date of the page (YYYY-MM-DD)", default: date, validate: (v) => checkSourceDate(v.trim(), date, today) })).trim();
      const language = (await prompts.input({ message: "Language of the page (en, ru, fa, ar, …)", default: "en", validate: (v) => checkLanguage(v.trim()) })).trim();
      const kind = await prompts.select<SourceKind>({ message: "Kind", choices: SOURCE_KINDS.map((k) => ({ name: k, value: k })) });
      ensure("kind", checkSourceKind(kind));
      const suggested = defaultSourceId(publisher, pageDate, callId, (candidate) => registries().sources.some((s) => s.id === candidate));
      const id = (await prompts.input({ message: "Id of the source", default: suggested, validate: (v) => checkNewSource({ id: v.trim(), url, publisher, date: pageDate, language, kind }, registries(), date, today) })).trim();
      newSources.push({ id, url, publisher, ...(headline ? { headline } : {}), date: pageDate, language, kind });
      sources.push(id);
    } else sources.push(answer);
  }
}
