import { z } from "zod";
import { httpUrl, isoDate, slug, text } from "./common";
import { LOW_RELIABILITY_REASONS, SOURCE_KINDS } from "../constants";

export const sourceSchema = z.strictObject({
  id: slug,
  publisher: text,
  /** As on the page; omitted where the stored copy shows none. */
  headline: text.optional(),
  /** Publication date; omitted only where the stored page does not show one. */
  date: isoDate.optional(),
  url: httpUrl.optional(),
  kind: z.enum(SOURCE_KINDS),
  /** BCP 47 language of the page, e.g. "en", "ru". */
  language: z.string().regex(/^[a-z]{2,3}$/, { error: "must be a language code such as \"en\"" }),
  author: text.optional(),
  /** The agency whose copy the page carries (a Reuters story on Japan Today). */
  via: text.optional(),
  /** The file in shared/seeds/ this source was curated from. */
  seedFile: text.optional(),
  note: text.optional(),
  /** Auto-generated, SEO or aggregator pages: a lead on their own, never the only support of a call record. */
  lowReliability: z
    .strictObject({
      reason: z.enum(LOW_RELIABILITY_REASONS),
      /** Why, in our words ("AI-written aggregator; no byline, no agency named"). */
      note: text,
    })
    .optional(),
});

export const sourcesFileSchema = z.array(sourceSchema);

export type Source = z.infer<typeof sourceSchema>;
