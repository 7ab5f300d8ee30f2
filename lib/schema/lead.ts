import { z } from "zod";
import { countryCode, isoDate, slug, sourceRefs, text } from "./common";
import { LEAD_STATUSES } from "../constants";

/**
 * A call that a page hints at but that does not meet the bar of a record: one low-reliability page,
 * a call "possible soon", an undated mention. Shown as reported but unconfirmed, never as a call.
 */
export const leadSchema = z.strictObject({
  id: slug,
  /** The date the pages give for the call, where they give one. */
  date: isoDate.optional(),
  /** How the pages date it where no exact date can be given ("a Thursday in April 2026"). */
  dateText: text.optional(),
  /** Who is said to have spoken, in our words. */
  who: text,
  /** Registry ids of the people named, where they are in the registry. */
  people: z.array(slug).optional(),
  /** The counterparts' countries. */
  countries: z.array(countryCode).min(1, { error: "must name at least one counterpart country" }),
  /** What the pages claim happened, in our words. */
  claimed: text,
  sources: sourceRefs,
  /** Why this is not a record (yet): what was searched and not found. */
  why: text,
  status: z.enum(LEAD_STATUSES),
  /** The call record the lead became, when confirmed. */
  record: slug.optional(),
});

export const leadsFileSchema = z.array(leadSchema);

export type Lead = z.infer<typeof leadSchema>;
