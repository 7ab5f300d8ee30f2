/**
 * Text for the social cards, made safe for the renderer (satori, inside next/og):
 *
 * - Satori lays text out left to right only and cannot shape Arabic with Noto Sans Arabic (its
 *   OpenType engine throws on the font's contextual lookups). Right-to-left text is therefore
 *   shaped here into Arabic presentation forms and put into visual order (the Unicode
 *   bidirectional algorithm, bidi-js), so that laying it out left to right reads correctly.
 * - A character none of the bundled fonts has would make next/og fetch a font from the network.
 *   Only characters the bundled fonts cover reach the renderer; others are dropped (a name in a
 *   script we do not bundle, such as Chinese, is left off the card rather than drawn as boxes).
 */
import bidiFactory from "bidi-js";
import reshaper from "arabic-persian-reshaper";

const bidi = bidiFactory();

/** Code point ranges of the bundled font files (fontsource's unicode-range of each subset), after shaping. */
const COVERED: readonly (readonly [number, number])[] = [
  // Noto Sans latin
  [0x20, 0x7e], [0xa0, 0xff], [0x131, 0x131], [0x152, 0x153], [0x2bb, 0x2bc], [0x2c6, 0x2c6], [0x2da, 0x2da], [0x2dc, 0x2dc],
  [0x2000, 0x206f], [0x20ac, 0x20ac], [0x2122, 0x2122], [0x2212, 0x2212],
  // latin-ext
  [0x100, 0x2ba], [0x1e00, 0x1e9f], [0x1ef2, 0x1eff],
  // cyrillic
  [0x400, 0x45f], [0x490, 0x491], [0x4b0, 0x4b1], [0x2116, 0x2116],
  // hebrew (letters and points)
  [0x591, 0x5f4], [0xfb1d, 0xfb4f],
  // Arabic presentation forms (what the shaping below produces), Arabic digits and punctuation
  [0xfb50, 0xfdff], [0xfe70, 0xfe74], [0xfe76, 0xfefc], [0x60c, 0x60c], [0x61b, 0x61b], [0x61f, 0x61f], [0x660, 0x669], [0x6f0, 0x6f9],
];

function covered(codePoint: number): boolean {
  return COVERED.some(([from, to]) => codePoint >= from && codePoint <= to);
}

const RTL = /[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc]/;

/** Arabic and Persian letters in their contextual forms (initial, medial, final, isolated, lam-alef). */
function shapeArabic(text: string): string {
  return /[\u0600-\u06ff]/.test(text) ? reshaper.PersianShaper.convertArabic(text) : text;
}

/** Right-to-left runs in visual order, for a renderer that lays everything out left to right. One line only. */
function visualOrder(text: string): string {
  if (!RTL.test(text)) return text;
  const levels = bidi.getEmbeddingLevels(text, "auto");
  return bidi.getReorderedString(text, levels);
}

/** Drops what the bundled fonts cannot draw, and control characters; collapses the spaces left. */
function keepCovered(text: string): string {
  let out = "";
  for (const char of text) if (covered(char.codePointAt(0)!)) out += char;
  return out.replace(/\s{2,}/g, " ").trim();
}

/**
 * Text for a card that may wrap onto several lines (a headline, a sourcing line). Drawn left to
 * right: right-to-left words inside it are shaped and reordered within the line they sit on,
 * which is right for the short names such text holds.
 */
export function cardText(text: string): string {
  const normal = text.normalize("NFC");
  return keepCovered(RTL.test(normal) ? visualOrder(shapeArabic(normal)) : normal);
}

/**
 * A name in its own script for one line of a card (Владимир Путин, مسعود پزشکیان), or undefined
 * when the bundled fonts cannot draw all of it.
 */
export function cardNativeName(name: string | undefined): string | undefined {
  if (!name) return undefined;
  const shaped = shapeArabic(name.normalize("NFC"));
  for (const char of shaped) if (!covered(char.codePointAt(0)!) && !/\s/.test(char)) return undefined;
  return visualOrder(shaped).trim() || undefined;
}
