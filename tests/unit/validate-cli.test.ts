import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { DATA_DIR } from "./helpers";

const root = path.resolve(import.meta.dirname, "../..");

function runValidate(dataDir: string): { code: number; stdout: string; stderr: string } {
  try {
    const stdout = execFileSync(path.join(root, "node_modules/.bin/tsx"), ["scripts/validate.ts"], {
      cwd: root,
      env: { ...process.env, DATA_DIR: dataDir },
      encoding: "utf8",
      stdio: ["ignore", "pipe", "pipe"],
    });
    return { code: 0, stdout, stderr: "" };
  } catch (error) {
    const e = error as { status: number; stdout: string; stderr: string };
    return { code: e.status, stdout: e.stdout, stderr: e.stderr };
  }
}

describe("npm run validate", () => {
  it("exits 0 on data/ with a one-line summary", () => {
    const result = runValidate(DATA_DIR);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^data OK \(.*\): \d+ calls, \d+ claims, \d+ people, \d+ countries, \d+ sources, \d+ topics, \d+ events/);
  });

  it("exits 1 listing every problem with the real file path, and leaves the files untouched", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "readout-bad-"));
    fs.cpSync(DATA_DIR, dir, { recursive: true });
    const file = path.join(dir, "calls", "2026-03-02-putin-mohammed-bin-zayed.json");
    const call = JSON.parse(fs.readFileSync(file, "utf8"));
    call.claims[2].speakers[0] = "mbz";
    call.topics.push("weather");
    fs.writeFileSync(file, JSON.stringify(call, null, 2));
    fs.writeFileSync(path.join(dir, "calls", "2026-01-01-putin-nobody.json"), "{ not json");
    const before = fs.readFileSync(file, "utf8");

    const result = runValidate(dir);
    expect(result.code).toBe(1);
    const lines = result.stderr.trim().split("\n");
    expect(lines).toContain(`${file}: claims[2].speakers[0]: unknown person "mbz"`);
    expect(lines).toContain(`${file}: topics[3]: unknown topic "weather"`);
    expect(lines).toContain(`${path.join(dir, "calls", "2026-01-01-putin-nobody.json")}: not valid JSON: unexpected "n" at line 1, column 3`);
    expect(lines.at(-1)).toBe(`3 problems in ${dir}`);
    expect(fs.readFileSync(file, "utf8")).toBe(before);
    fs.rmSync(dir, { recursive: true });
  });

  it("reports a missing data directory", () => {
    const result = runValidate("/nonexistent/readout-data");
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("/nonexistent/readout-data: data directory not found");
  });
});
