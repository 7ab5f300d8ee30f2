/** Serialising structured data (schema.org JSON-LD) into a page safely. */

/** JSON for a `<script type="application/ld+json">`: `<`, `>` and `&` escaped so no data text can close the script. */
export function serializeJsonLd(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, "\\u003c")
    .replace(/>/g, "\\u003e")
    .replace(/&/g, "\\u0026")
    .replace(/\u2028/g, "\\u2028")
    .replace(/\u2029/g, "\\u2029");
}
