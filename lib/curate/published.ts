/**
 * A record's `published` date, placed where the schema lists it: after the notes, before the
 * corrections, so the file reads in the order of the schema and diffs stay small.
 */
export function insertPublished(record: Record<string, unknown>, published: string): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  let placed = false;
  for (const [key, value] of Object.entries(record)) {
    if (key === "published") continue;
    if (key === "corrections" && !placed) {
      out.published = published;
      placed = true;
    }
    out[key] = value;
  }
  if (!placed) out.published = published;
  return out;
}
