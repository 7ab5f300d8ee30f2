import { z } from "zod";
import { dateCertainty, isoDate, slug, sourceRefs, text } from "./common";
import { CALL_MODES, CLAIM_KINDS } from "../constants";

export const callIdPattern = /^\d{4}-\d{2}-\d{2}-[a-z0-9]+(?:-[a-z0-9]+)*$/;

export const participantSchema = z.strictObject({
  person: slug,
  /** The id of the office (in the person's registry entry) the person held on the call's date. */
  office: slug,
  /** Where a source names the person only by office ("his Saudi counterpart"): its words. The name was then resolved from the public record. */
  namedAs: text.optional(),
});

export const quoteSchema = z.strictObject({
  /** Verbatim, as the source quotes it: officials' words only. */
  text,
  /** Who said it, as the source attributes it ("the Kremlin", "Steve Witkoff"). */
  speaker: text,
  person: slug.optional(),
  source: slug,
});

const readoutFields = {
  /** Who issued the account: "Kremlin press service", "Iranian presidency", "Steve Witkoff, in a CNBC interview". */
  by: text,
  person: slug.optional(),
  /** Our own words. */
  summary: text,
  quotes: z.array(quoteSchema),
  sources: sourceRefs,
};

export const kremlinReadoutSchema = z.discriminatedUnion(
  "status",
  [
    z.strictObject({ status: z.literal("reported"), ...readoutFields }),
    z.strictObject({ status: z.literal("none-reported"), note: text }),
  ],
  { error: 'must have "status": "reported" or "none-reported"' },
);

export const otherReadoutSchema = z.strictObject({
  /** Referenced by claims' `reportedIn`; "kremlin" is reserved for the Kremlin readout. */
  id: slug,
  side: z.enum(["counterpart", "third-party"]),
  ...readoutFields,
});

export const claimSchema = z.strictObject({
  /** Unique within the call; the anchor of the claim on the permalink (#claim-<id>). */
  id: slug,
  /** Our own words. */
  statement: text,
  /** Who made the claim; several where a readout says "both sides". */
  speakers: z.array(slug).min(1, { error: "must name at least one speaker" }),
  kind: z.enum(CLAIM_KINDS),
  /** The account that reports the claim: "kremlin" or the id of one of `readouts.others`. */
  reportedIn: slug,
  sources: sourceRefs,
});

export const disagreementSchema = z.strictObject({
  claims: z.array(slug).min(2, { error: "must name at least two claims that disagree" }),
  note: text,
});

/** A date that some source gives for the call and that differs from (or confirms) the chosen one. */
export const dateAccountSchema = z.strictObject({
  date: isoDate,
  sources: sourceRefs,
  note: text,
});

const initiatorSide = z.enum(["russia", "counterpart"]);

/** Who placed the call, where the accounts agree (or only one says). */
export const agreedInitiatorSchema = z.strictObject({
  side: initiatorSide,
  sources: sourceRefs,
  note: text.optional(),
});

/** Where the accounts disagree on who called whom: each account's version, with its sources. */
export const disputedInitiatorSchema = z.strictObject({
  disputed: z.literal(true),
  /** Which accounts disagree and how, in our words. */
  note: text,
  accounts: z
    .array(
      z.strictObject({
        side: initiatorSide,
        /** Whose version: "Kremlin press service", "Iranian presidency". */
        by: text,
        sources: sourceRefs,
        note: text.optional(),
      }),
    )
    .min(2, { error: "must give at least two accounts that disagree" }),
});

export const initiatorSchema = z.union([agreedInitiatorSchema, disputedInitiatorSchema]);

export const correctionSchema = z.strictObject({
  date: isoDate,
  note: text,
});

export const callSchema = z.strictObject({
  id: z.string().regex(callIdPattern, { error: 'must look like "YYYY-MM-DD-russian-counterpart"' }),
  date: isoDate,
  dateCertainty,
  /** Required when the date is inferred: the reasoning. */
  dateNote: text.optional(),
  dateAccounts: z.array(dateAccountSchema).optional(),
  /** Position among the same day's calls (1 = first), where sources give the order; calls without it follow. */
  dayOrder: z.int().min(1).optional(),
  mode: z.enum(CALL_MODES),
  initiator: initiatorSchema.optional(),
  russians: z.array(participantSchema).min(1, { error: "must name at least one Russian participant" }),
  counterparts: z.array(participantSchema).min(1, { error: "must name at least one counterpart" }),
  /** One line, our own words. */
  headline: text,
  summary: text,
  readouts: z.strictObject({
    kremlin: kremlinReadoutSchema,
    others: z.array(otherReadoutSchema),
  }),
  claims: z.array(claimSchema),
  disagreements: z.array(disagreementSchema).optional(),
  topics: z.array(slug).min(1, { error: "must name at least one topic" }),
  events: z.array(slug),
  /** Every source the record relies on; the readouts, claims and quotes cite from this list. */
  sources: sourceRefs,
  notes: z.array(text).optional(),
  corrections: z.array(correctionSchema).optional(),
});

export type Participant = z.infer<typeof participantSchema>;
export type Quote = z.infer<typeof quoteSchema>;
export type KremlinReadout = z.infer<typeof kremlinReadoutSchema>;
export type OtherReadout = z.infer<typeof otherReadoutSchema>;
export type Claim = z.infer<typeof claimSchema>;
export type Initiator = z.infer<typeof initiatorSchema>;
export type Call = z.infer<typeof callSchema>;
