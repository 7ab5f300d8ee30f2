import { z } from "zod";
import { countryCode, isoDate, text } from "./common";

const month = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, { error: 'must be a month written YYYY-MM, such as "2026-04"' });

/**
 * How far the stored reporting has been searched, and where searching found nothing: the site
 * states it beside the record ("searched through …") and lists the empty cells as known gaps.
 * The full counterpart × month table, query by query, is in data/research-log.md.
 */
export const coverageSchema = z.strictObject({
  /** The day of the latest sweep of the stored reporting. */
  searchedOn: isoDate,
  /** The latest date the stored reporting reaches (the newest dated page found). */
  reportingThrough: isoDate,
  /** What the sweep covered, in our words. */
  note: text,
  /** Counterpart × period cells searched without finding a call, or not searched: the known gaps. */
  gaps: z.array(
    z.strictObject({
      /** Who was searched for ("Iran: the president, the foreign minister"). */
      counterpart: text,
      countries: z.array(countryCode).min(1, { error: "must name at least one country" }),
      from: month,
      to: month,
      status: z.enum(["searched-none", "leads-only", "not-searched"]),
      note: text.optional(),
    }),
  ),
});

export type Coverage = z.infer<typeof coverageSchema>;
