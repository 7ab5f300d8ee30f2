import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { readDataDir } from "@/lib/data/read";
import { formatProblem, validateFiles } from "@/lib/data/validate";
import { isPlaceholder } from "@/lib/schema";
import { newCallCommand, type Prompts } from "../../scripts/new-call/command";
import { DATA_DIR } from "./helpers";

const TODAY = "2026-11-29";
let dir: string;

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "readout-new-call-"));
  fs.cpSync(DATA_DIR, dir, { recursive: true });
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

async function run(args: string[], prompts?: Prompts) {
  let out = "";
  let err = "";
  const code = await newCallCommand([...args, "--data-dir", dir, "--today", TODAY, ...(prompts ? [] : ["--no-input"])], {
    out: (t) => (out += t),
    err: (t) => (err += t),
    interactive: Boolean(prompts),
    ...(prompts ? { prompts } : {}),
  });
  return { code, out, err };
}

const readJson = (name: string) => JSON.parse(fs.readFileSync(path.join(dir, name), "utf8"));
const problems = () => validateFiles(readDataDir(dir), { today: TODAY }).problems.map(formatProblem);
const snapshot = () => Object.fromEntries(readDataDir(dir).map((f) => [f.name, f.text]));

/** A curator's answers for a call of Putin with Pezeshkian on 12 March 2026, reported by a new Reuters page. */
const GOOD = [
  "--date", "2026-03-12",
  "--russian", "putin",
  "--counterpart", "pezeshkian",
  "--mode", "phone",
  "--new-source", JSON.stringify({ url: "https://example.org/reuters/putin-pezeshkian", publisher: "Reuters", headline: "Putin and Pezeshkian speak", date: "2026-03-12", language: "en", kind: "wire" }),
  "--topic", "ceasefire",
  "--kremlin-readout", "reported",
  "--counterpart-readout", "yes",
];

/** What a curator writes in place of each placeholder: our own words; the placeholder quote is deleted. */
function fillPlaceholders(record: Record<string, unknown>): unknown {
  const fill = (value: unknown): unknown => {
    if (isPlaceholder(value)) return "Written by the curator.";
    if (Array.isArray(value)) return value.map(fill);
    if (value && typeof value === "object") return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, fill(v)]));
    return value;
  };
  const filled = fill(record) as { readouts: { kremlin: { quotes: unknown[] } } };
  filled.readouts.kremlin.quotes = [];
  return filled;
}

describe("npm run new-call with flags", () => {
  it("writes a record and its new source; the validator refuses it until the placeholders are written, then accepts it", async () => {
    const { code, out, err } = await run(GOOD);
    expect(err).toBe("");
    expect(code).toBe(0);
    const file = "calls/2026-03-12-putin-pezeshkian.json";
    expect(out).toContain(`Wrote ${path.join(dir, file)}, and added 1 source to sources.json.`);
    expect(out).toContain('headline: "TODO: one line, in our own words"');

    const record = readJson(file);
    expect(record).toMatchObject({
      id: "2026-03-12-putin-pezeshkian",
      date: "2026-03-12",
      dateCertainty: "exact",
      mode: "phone",
      russians: [{ person: "putin", office: "president" }],
      counterparts: [{ person: "pezeshkian", office: "president" }],
      topics: ["ceasefire"],
      sources: ["reuters-2026-03-12-putin-pezeshkian"],
      published: TODAY,
    });
    expect(record.readouts.kremlin.by).toBe("Kremlin press service");
    expect(readJson("sources.json").at(-1)).toEqual({
      id: "reuters-2026-03-12-putin-pezeshkian",
      publisher: "Reuters",
      headline: "Putin and Pezeshkian speak",
      date: "2026-03-12",
      url: "https://example.org/reuters/putin-pezeshkian",
      kind: "wire",
      language: "en",
    });

    // Half-finished: every placeholder is refused, with its file and field, and nothing else.
    const refused = problems();
    expect(refused.length).toBe(8);
    expect(refused.every((p) => p.includes(`${file}: `) && p.includes("still a placeholder"))).toBe(true);
    expect(refused).toContain(`${path.join(dir, file)}: headline: still a placeholder, to be written before publishing: "TODO: one line, in our own words"`);

    fs.writeFileSync(path.join(dir, file), JSON.stringify(fillPlaceholders(record), null, 2));
    expect(problems()).toEqual([]);
  });

  it("adds a person and an office given as flags, and uses the office held on the day", async () => {
    const { code, err } = await run([
      "--date", "2026-03-12",
      "--date-certainty", "inferred",
      "--date-note", "TASS, dated 13 March, says 'yesterday'.",
      "--russian", "lavrov",
      "--new-person", JSON.stringify({ id: "kallas", name: "Kaja Kallas", office: { id: "high-representative", title: "EU High Representative", country: "US", level: "other", from: "2024-12-01" } }),
      "--counterpart", "kallas",
      "--new-office", JSON.stringify({ person: "araghchi", id: "envoy", title: "Special envoy of Iran", country: "IR", level: "other", from: "2026-03-01" }),
      "--counterpart", "araghchi:envoy",
      "--mode", "video",
      "--new-source", JSON.stringify({ url: "https://example.org/tass", publisher: "TASS", date: "2026-03-13", language: "ru", kind: "wire" }),
      "--topic", "mediation",
      "--kremlin-readout", "none-reported",
      "--counterpart-readout", "no",
    ]);
    expect(err).toBe("");
    expect(code).toBe(0);
    const record = readJson("calls/2026-03-12-lavrov-kallas-araghchi.json");
    expect(record.dateNote).toBe("TASS, dated 13 March, says 'yesterday'.");
    expect(record.mode).toBe("video");
    expect(record.counterparts).toEqual([
      { person: "kallas", office: "high-representative" },
      { person: "araghchi", office: "envoy" },
    ]);
    expect(record.readouts).toEqual({ kremlin: { status: "none-reported", note: expect.stringMatching(/^TODO: /) }, others: [] });
    expect(record.claims).toEqual([]);
    const people = readJson("people.json");
    expect(people.at(-1)).toEqual({ id: "kallas", name: "Kaja Kallas", offices: [{ id: "high-representative", title: "EU High Representative", country: "US", level: "other", from: "2024-12-01" }] });
    expect(people.find((p: { id: string }) => p.id === "araghchi").offices.at(-1)).toEqual({ id: "envoy", title: "Special envoy of Iran", country: "IR", level: "other", from: "2026-03-01" });
    expect(problems().every((p) => p.includes("still a placeholder"))).toBe(true);
  });

  describe("refuses a bad answer with its reason, and writes nothing", () => {
    const without = (flag: string) => {
      const i = GOOD.indexOf(flag);
      return [...GOOD.slice(0, i), ...GOOD.slice(i + 2)];
    };
    const withAnswer = (flag: string, value: string) => {
      const args = [...GOOD];
      args[args.indexOf(flag) + 1] = value;
      return args;
    };
    const cases: [string, string[], string][] = [
      ["an unknown person", withAnswer("--counterpart", "mbz"), `--counterpart "mbz": unknown person "mbz": choose someone from people.json, or add them (--new-person)`],
      ["a date before the period", withAnswer("--date", "2024-03-15"), "--date: 2024-03-15 is before the period the record covers (from 1 April 2024)"],
      ["a date in the future", withAnswer("--date", "2026-12-01"), "--date: 2026-12-01 is in the future"],
      ["a date that does not exist", withAnswer("--date", "2026-02-30"), `--date: "2026-02-30" is not a real date in the form YYYY-MM-DD`],
      [
        "an id that exists",
        [...withAnswer("--date", "2026-03-02"), "--id", "2026-03-02-putin-mohammed-bin-zayed"],
        `--id: a call with the id "2026-03-02-putin-mohammed-bin-zayed" already exists (calls/2026-03-02-putin-mohammed-bin-zayed.json): choose another id`,
      ],
      [
        "a default id that exists",
        ["--date", "2026-03-02", "--russian", "putin", "--counterpart", "mohammed-bin-zayed", "--source", "japantoday-2026-03-03-putin-gulf-calls", "--topic", "ceasefire", "--kremlin-readout", "reported", "--counterpart-readout", "no"],
        `--id: a call with the id "2026-03-02-putin-mohammed-bin-zayed" already exists (calls/2026-03-02-putin-mohammed-bin-zayed.json): choose another id`,
      ],
      [
        "someone who held no office on the day",
        withAnswer("--counterpart", "raisi"),
        `--counterpart "raisi": "raisi" held no office on 2026-03-12 (offices: president (until 2024-05-19)); add it with --new-office`,
      ],
      ["a counterpart on the Russian side", withAnswer("--russian", "pezeshkian"), `--russian "pezeshkian": "pezeshkian" (Masoud Pezeshkian) holds no Russian office: Russian participants are Russian officials`],
      ["a source dated before the call", [...GOOD, "--source", "life-2026-03-10-putin-pezeshkian"], `--source "life-2026-03-10-putin-pezeshkian": source "life-2026-03-10-putin-pezeshkian" is dated 2026-03-10, before the call (2026-03-12)`],
      ["an unknown source", [...GOOD, "--source", "no-such-page"], `--source "no-such-page": unknown source "no-such-page": choose one from sources.json, or add the page (--new-source)`],
      [
        "a new page that is not http(s)",
        withAnswer("--new-source", JSON.stringify({ url: "javascript:alert(1)", publisher: "X", date: "2026-03-12", language: "en", kind: "news" })),
        `--new-source "javascript:alert(1)": "javascript:alert(1)" is not an http(s) URL`,
      ],
      ["an unknown topic", withAnswer("--topic", "weather"), `--topic "weather": unknown topic "weather" (topics: `],
      ["an unknown mode", withAnswer("--mode", "fax"), `--mode: "fax" is not one of: phone, video`],
      ["a missing answer", without("--kremlin-readout"), "--kremlin-readout: missing: reported or none-reported (or run without --no-input, in a terminal, to be asked)"],
      [
        "an office without a known level",
        [...GOOD, "--new-office", JSON.stringify({ person: "araghchi", id: "envoy", title: "Special envoy of Iran", country: "IR", level: "chief", from: "2026-03-01" })],
        `--new-office "araghchi": the office's level "chief" must be one of head, foreign-minister, other`,
      ],
      [
        "a person who is already in the registry",
        [...GOOD, "--new-person", JSON.stringify({ id: "putin", name: "Vladimir Putin", office: { id: "president", title: "President", country: "RU" } })],
        `--new-person "putin": a person with the id "putin" already exists: choose them instead of adding them`,
      ],
    ];
    for (const [name, args, message] of cases) {
      it(name, async () => {
        const before = snapshot();
        const { code, out, err } = await run(args);
        expect(code).toBe(1);
        expect(out).toBe("");
        expect(err).toContain(`new-call: ${message}`);
        expect(err).toContain("Nothing was written.");
        expect(snapshot()).toEqual(before);
      });
    }
  });

  it("prints its flags with --help", async () => {
    const { code, out } = await run(["--help"]);
    expect(code).toBe(0);
    expect(out).toContain("--new-source JSON");
  });
});

describe("npm run new-call at the prompt", () => {
  /**
   * A scripted stand-in for @inquirer/prompts: each question gets the next answer; before taking
   * it, a question with a check is given the bad answers listed for it, and what the check says
   * is recorded (the prompt shows that reason and asks again).
   */
  function scripted(answers: unknown[], bad: Record<string, string[]> = {}) {
    const refusals: string[] = [];
    const questions: string[] = [];
    const next = async (config: { message: string; validate?: (v: never) => unknown }) => {
      questions.push(config.message);
      for (const [match, values] of Object.entries(bad)) {
        if (!config.message.startsWith(match) || !config.validate) continue;
        for (const value of values) refusals.push(String(await config.validate(value as never)));
        delete bad[match]; // once: the question may come again (another participant, another source)
      }
      if (answers.length === 0) throw new Error(`no answer scripted for "${config.message}"`);
      const answer = answers.shift();
      if (config.validate) {
        const check = await config.validate(answer as never);
        if (check !== true) throw new Error(`scripted answer ${JSON.stringify(answer)} refused: ${String(check)}`);
      }
      return answer;
    };
    const prompts = { input: next, select: next, checkbox: next, confirm: next, search: next } as unknown as Prompts;
    return { prompts, refusals, questions };
  }

  it("asks each question, refuses bad answers with the reason, and writes the record", async () => {
    const { prompts, refusals } = scripted(
      [
        "2026-03-10", // date
        "exact",
        "putin:president",
        false, // another Russian?
        "pezeshkian:president",
        false, // another counterpart?
        "2026-03-10-putin-pezeshkian-2", // id: a second call that day
        "phone",
        "life-2026-03-10-putin-pezeshkian", // an existing source…
        "\0done",
        ["ceasefire"],
        [], // events
        "reported",
        "", // by: the default
        false, // counterpart's account?
        true, // write?
      ],
      {
        "Date of the call": ["2024-03-15", "2026-12-01", "12 March"],
        "Russian participant": ["mbz", "pezeshkian"],
        "Counterpart": ["raisi"],
        "Id of the record": ["2026-03-10-putin-pezeshkian", "2026-03-11-putin-pezeshkian-2"],
        "Sources": ["japantoday-2026-03-03-putin-gulf-calls"],
      },
    );
    const { code, err } = await run([], prompts);
    expect(err).toBe("");
    expect(code).toBe(0);
    expect(refusals).toEqual([
      "2024-03-15 is before the period the record covers (from 1 April 2024)",
      "2026-12-01 is in the future",
      '"12 March" is not a real date in the form YYYY-MM-DD',
      'unknown person "mbz": choose someone from people.json, or add them (--new-person)',
      '"pezeshkian" (Masoud Pezeshkian) holds no Russian office: Russian participants are Russian officials',
      '"raisi" held no office on 2026-03-10 (offices: president (until 2024-05-19)); add it with --new-office',
      'a call with the id "2026-03-10-putin-pezeshkian" already exists (calls/2026-03-10-putin-pezeshkian.json): choose another id',
      '"2026-03-11-putin-pezeshkian-2" must start with the call\'s date "2026-03-10-"',
      'source "japantoday-2026-03-03-putin-gulf-calls" is dated 2026-03-03, before the call (2026-03-10)',
    ]);
    expect(readJson("calls/2026-03-10-putin-pezeshkian-2.json")).toMatchObject({
      russians: [{ person: "putin", office: "president" }],
      counterparts: [{ person: "pezeshkian", office: "president" }],
      sources: ["life-2026-03-10-putin-pezeshkian"],
      published: TODAY,
    });
  });
});
