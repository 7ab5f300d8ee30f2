import { format, parseISO } from "date-fns";

/** "16 April 2024" */
export function formatDate(isoDate: string): string {
  return format(parseISO(isoDate), "d MMMM yyyy");
}

/** "16 Apr 2024" */
export function formatDateShort(isoDate: string): string {
  return format(parseISO(isoDate), "d MMM yyyy");
}

/** "April 2024" */
export function formatMonth(isoDate: string): string {
  return format(parseISO(isoDate), "MMMM yyyy");
}

/** "Putin, Lavrov and Ushakov" */
export function formatList(items: readonly string[]): string {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} and ${items.at(-1)}`;
}

export function plural(count: number, one: string, many = `${one}s`): string {
  return `${count.toLocaleString("en-GB")} ${count === 1 ? one : many}`;
}

const LANGUAGE_NAMES = new Intl.DisplayNames(["en"], { type: "language" });

/** "Russian" for "ru"; the code itself when it names no language. */
export function languageName(code: string): string {
  try {
    return LANGUAGE_NAMES.of(code) ?? code;
  } catch {
    return code;
  }
}
