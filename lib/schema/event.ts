import { z } from "zod";
import { countryCode, dateCertainty, isoDate, slug, sourceRefs, text } from "./common";
import { EVENT_KINDS } from "../constants";

/** A crisis context event shown beside the calls on the timeline. */
export const eventSchema = z.strictObject({
  id: slug,
  date: isoDate,
  /** Last day, for events that span several days (a war, a wave of protests). */
  endDate: isoDate.optional(),
  dateCertainty,
  dateNote: text.optional(),
  title: text,
  summary: text,
  kind: z.enum(EVENT_KINDS),
  countries: z.array(countryCode).min(1, { error: "must name at least one country" }),
  sources: sourceRefs,
});

export const eventsFileSchema = z.array(eventSchema);

export type CrisisEvent = z.infer<typeof eventSchema>;
