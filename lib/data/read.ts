import fs from "node:fs";
import path from "node:path";
import { validateFiles, type DataFile, type ValidateOptions } from "./validate";

/** The data directory: `$DATA_DIR` when set, else `data/` in the working directory. */
export function dataDir(): string {
  // Resolved at run time, not traced by the bundler: the data directory is deployed beside the server.
  return path.resolve(/*turbopackIgnore: true*/ process.env.DATA_DIR || path.join(process.cwd(), "data"));
}

/** A path as a curator would type it: relative to the working directory when inside it. */
function displayPath(absolute: string): string {
  const relative = path.relative(process.cwd(), absolute);
  return relative && !relative.startsWith("..") && !path.isAbsolute(relative) ? relative : absolute;
}

/**
 * Reads the registries (`*.json` at the top) and every file in `calls/`. Other top-level files
 * (the README, the research log) are documentation and are not read. Never writes.
 */
export function readDataDir(dir: string): DataFile[] {
  const files: DataFile[] = [];
  const add = (name: string) => {
    const absolute = path.join(dir, name);
    files.push({ name, displayPath: displayPath(absolute), text: fs.readFileSync(absolute, "utf8") });
  };
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    if (entry.isFile() && entry.name.endsWith(".json")) add(entry.name);
  }
  const callsDir = path.join(dir, "calls");
  if (fs.existsSync(callsDir)) {
    for (const entry of fs.readdirSync(callsDir, { withFileTypes: true })) {
      if (!entry.name.startsWith(".")) add(`calls/${entry.name}`);
    }
  }
  return files;
}

/** Reads and validates a data directory; a missing directory is reported as a problem, not thrown. */
export function loadDataDir(dir: string, options?: ValidateOptions) {
  if (!fs.existsSync(dir) || !fs.statSync(dir).isDirectory()) {
    return { problems: [{ file: displayPath(dir), path: "", message: "data directory not found" }] };
  }
  return validateFiles(readDataDir(dir), options);
}
