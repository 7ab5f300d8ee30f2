import { z } from "zod";

/** Ids in the registries and in call records: lowercase words joined by single hyphens. */
export const slug = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { error: "must be lowercase letters and digits joined by single hyphens" });

/** A calendar-valid date written YYYY-MM-DD (2026-02-30 is rejected). Future dates are checked by the validator. */
export const isoDate = z.iso.date({
  error: (issue) =>
    typeof issue.input === "string"
      ? `"${issue.input}" is not a real date in the form YYYY-MM-DD`
      : "must be a date in the form YYYY-MM-DD",
});

/** Required prose: a string with at least one non-blank character. No trimming, so data round-trips unchanged. */
export const text = z.string().refine((value) => value.trim().length > 0, { error: "must not be empty" });

export const httpUrl = z.url({
  protocol: /^https?$/,
  hostname: z.regexes.domain,
  error: (issue) =>
    typeof issue.input === "string" ? `"${issue.input}" is not an http(s) URL` : "must be an http(s) URL",
});

export const countryCode = z.string().regex(/^[A-Z]{2}$/, { error: "must be an ISO 3166-1 alpha-2 code such as \"IR\"" });

export const dateCertainty = z.enum(["exact", "inferred"]);

/** A list of source ids; every list of sources must name at least one. */
export const sourceRefs = z.array(slug).min(1, { error: "must cite at least one source" });

/**
 * What `npm run new-call` writes where only a person can write the text (summaries, claims, quotes):
 * "TODO: …". The validator refuses any text that starts with it, so a half-finished record can
 * never be built into the site.
 */
export const PLACEHOLDER_PREFIX = "TODO:";

export function isPlaceholder(value: unknown): value is string {
  return typeof value === "string" && value.trimStart().startsWith(PLACEHOLDER_PREFIX);
}

/** "TODO: …" text for a field a curator must write. */
export function placeholder(what: string): string {
  return `${PLACEHOLDER_PREFIX} ${what}`;
}
