import { z } from "zod";
import { countryCode, isoDate, slug, text } from "./common";
import { LEVELS } from "../constants";

/** An office held over a period. An open `to` means the person still held it in the latest source; an open `from` means the start is not established by our sources. */
export const officeSchema = z.strictObject({
  id: slug,
  title: text,
  country: countryCode,
  /** Seniority of the office: `head` of state or government, `foreign-minister`, or `other` (see LEVELS). */
  level: z.enum(LEVELS),
  from: isoDate.optional(),
  to: isoDate.optional(),
  sources: z.array(slug).optional(),
  note: text.optional(),
});

export const personSchema = z.strictObject({
  id: slug,
  name: text,
  /** The name in the person's own script (Cyrillic, Arabic, Persian, Hebrew). */
  nativeName: text.optional(),
  /** Other spellings and short names that readers search for (MBZ, Mohamed bin Zayed). */
  aliases: z.array(text).optional(),
  offices: z.array(officeSchema).min(1, { error: "must list at least one office" }),
});

export const peopleFileSchema = z.array(personSchema);

export type Office = z.infer<typeof officeSchema>;
export type Person = z.infer<typeof personSchema>;
