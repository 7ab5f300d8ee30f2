import "server-only";
import fs from "node:fs";
import path from "node:path";

/**
 * The social cards' fonts: Noto Sans and Noto Serif from the @fontsource npm packages (WOFF, which
 * satori reads; it cannot read WOFF2), read from node_modules once per process. Nothing is fetched:
 * next.config.ts (CARD_FONTS) ships these files with the standalone server. Each script's subset is its own
 * family, since satori keeps one font per family, weight and style and falls back across families.
 */
const FILES = [
  { name: "Noto Serif", weight: 700, file: "noto-serif/files/noto-serif-latin-700-normal.woff" },
  { name: "Noto Serif Ext", weight: 700, file: "noto-serif/files/noto-serif-latin-ext-700-normal.woff" },
  { name: "Noto Serif Cyrillic", weight: 700, file: "noto-serif/files/noto-serif-cyrillic-700-normal.woff" },
  { name: "Noto Sans", weight: 400, file: "noto-sans/files/noto-sans-latin-400-normal.woff" },
  { name: "Noto Sans", weight: 700, file: "noto-sans/files/noto-sans-latin-700-normal.woff" },
  { name: "Noto Sans Ext", weight: 400, file: "noto-sans/files/noto-sans-latin-ext-400-normal.woff" },
  { name: "Noto Sans Ext", weight: 700, file: "noto-sans/files/noto-sans-latin-ext-700-normal.woff" },
  { name: "Noto Sans Cyrillic", weight: 400, file: "noto-sans/files/noto-sans-cyrillic-400-normal.woff" },
  { name: "Noto Sans Cyrillic", weight: 700, file: "noto-sans/files/noto-sans-cyrillic-700-normal.woff" },
  { name: "Noto Sans Arabic", weight: 400, file: "noto-sans-arabic/files/noto-sans-arabic-arabic-400-normal.woff" },
  { name: "Noto Sans Hebrew", weight: 400, file: "noto-sans-hebrew/files/noto-sans-hebrew-hebrew-400-normal.woff" },
] as const;

export const SANS = "Noto Sans, Noto Sans Ext, Noto Sans Cyrillic, Noto Sans Arabic, Noto Sans Hebrew";
export const SERIF = "Noto Serif, Noto Serif Ext, Noto Serif Cyrillic, Noto Sans Arabic, Noto Sans Hebrew";

type Font = { name: string; data: ArrayBuffer; weight: 400 | 700; style: "normal" };

let cached: Font[] | undefined;

export function cardFonts(): Font[] {
  if (!cached) {
    const root = path.join(/*turbopackIgnore: true*/ process.cwd(), "node_modules", "@fontsource");
    cached = FILES.map(({ name, weight, file }) => {
      const buffer = fs.readFileSync(path.join(root, file));
      return { name, weight, style: "normal", data: buffer.buffer.slice(buffer.byteOffset, buffer.byteOffset + buffer.byteLength) as ArrayBuffer };
    });
  }
  return cached;
}
