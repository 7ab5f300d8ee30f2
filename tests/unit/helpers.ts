import path from "node:path";
import { readDataDir } from "@/lib/data/read";
import { validateFiles, formatProblem, todayUtc, type DataFile } from "@/lib/data/validate";

export const DATA_DIR = path.resolve(import.meta.dirname, "../../data");
/**
 * "Today" for the real data: the clock's date, as `npm run validate` uses, since curators date
 * corrections and additions on the day they make them. Hand-made fixtures use fixed dates.
 */
export const TODAY = todayUtc();

/** The real data directory as in-memory files, with display paths as `data/...`. */
export function realFiles(): DataFile[] {
  return readDataDir(DATA_DIR).map((f) => ({ ...f, displayPath: `data/${f.name}` }));
}

type Json = Record<string, unknown> & { [key: string]: any }; // eslint-disable-line @typescript-eslint/no-explicit-any

/** A copy of the real files with one file's JSON changed by `edit`. */
export function withEdit(name: string, edit: (json: Json) => void, files = realFiles()): DataFile[] {
  return files.map((f) => {
    if (f.name !== name) return f;
    const json = JSON.parse(f.text) as Json;
    edit(json);
    return { ...f, text: JSON.stringify(json, null, 2) };
  });
}

export function problemsOf(files: DataFile[]): string[] {
  return validateFiles(files, { today: TODAY }).problems.map(formatProblem);
}

export const RAISI = "calls/2024-04-16-putin-raisi.json";
export const MBZ = "calls/2026-03-02-putin-mohammed-bin-zayed.json";
