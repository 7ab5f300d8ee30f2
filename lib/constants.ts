/**
 * Controlled vocabularies. The zod schemas and the pages both read these tables, so a value
 * the data may use is always a value the UI can label.
 */

export const CALL_MODES = ["phone", "video"] as const;
export const CALL_MODE_LABELS: Record<(typeof CALL_MODES)[number], string> = {
  phone: "Phone call",
  video: "Video call",
};

export const SOURCE_KINDS = ["news", "wire", "official-readout", "official-statement"] as const;
export const SOURCE_KIND_LABELS: Record<(typeof SOURCE_KINDS)[number], string> = {
  news: "News report",
  wire: "Wire service",
  "official-readout": "Official readout",
  "official-statement": "Official statement",
};

/** Why a page is of low reliability: it may point to a call (a lead) but cannot carry a record alone. */
export const LOW_RELIABILITY_REASONS = ["auto-generated", "seo", "aggregator", "other"] as const;
export const LOW_RELIABILITY_REASON_LABELS: Record<(typeof LOW_RELIABILITY_REASONS)[number], string> = {
  "auto-generated": "Auto-generated page",
  seo: "SEO page",
  aggregator: "Aggregator",
  other: "Low reliability",
};

/** Where a lead stands: still unconfirmed, confirmed (it became a record) or rejected after searching. */
export const LEAD_STATUSES = ["open", "confirmed", "rejected"] as const;
export const LEAD_STATUS_LABELS: Record<(typeof LEAD_STATUSES)[number], string> = {
  open: "Unconfirmed",
  confirmed: "Confirmed: now a record",
  rejected: "Rejected",
};

export const EVENT_KINDS = ["strike", "attack", "war", "protest", "diplomacy", "ceasefire", "leadership", "other"] as const;
export const EVENT_KIND_LABELS: Record<(typeof EVENT_KINDS)[number], string> = {
  strike: "Strike",
  attack: "Attack",
  war: "War",
  protest: "Protests",
  diplomacy: "Diplomacy",
  ceasefire: "Ceasefire",
  leadership: "Leadership",
  other: "Event",
};

/** Who published an account of a call, relative to the call: the Kremlin, the other side, or someone else. */
export const READOUT_SIDES = ["kremlin", "counterpart", "third-party"] as const;
export const READOUT_SIDE_LABELS: Record<(typeof READOUT_SIDES)[number], string> = {
  kremlin: "Kremlin readout",
  counterpart: "Counterpart's account",
  "third-party": "Third-party account",
};

export const CLAIM_KINDS = [
  "position",
  "proposal",
  "offer",
  "request",
  "denial",
  "condolence",
  "assessment",
  "thanks",
  "warning",
  "condemnation",
  "commitment",
  "briefing",
  "congratulation",
  "agreement",
  "concern",
] as const;
export const CLAIM_KIND_LABELS: Record<(typeof CLAIM_KINDS)[number], string> = {
  position: "Position",
  proposal: "Proposal",
  offer: "Offer",
  request: "Request",
  denial: "Denial",
  condolence: "Condolence",
  assessment: "Assessment",
  thanks: "Thanks",
  warning: "Warning",
  condemnation: "Condemnation",
  commitment: "Commitment",
  briefing: "Briefing",
  congratulation: "Congratulation",
  agreement: "Agreement",
  concern: "Concern",
};

/**
 * A participant's seniority, from the office held on the day of the call: head of state or
 * government; foreign minister (under any title, acting included); everyone else (aides, security
 * council secretaries, deputy ministers, envoys). Most senior first: an office that is both (Qatar's
 * prime minister and foreign minister) is `head`.
 */
export const LEVELS = ["head", "foreign-minister", "other"] as const;
export const LEVEL_LABELS: Record<(typeof LEVELS)[number], string> = {
  head: "Head of state or government",
  "foreign-minister": "Foreign minister",
  other: "Other official",
};
/** Short forms for rows and chart legends ("Leader with foreign minister"). */
export const LEVEL_SHORT: Record<(typeof LEVELS)[number], { one: string; many: string }> = {
  head: { one: "leader", many: "leaders" },
  "foreign-minister": { one: "foreign minister", many: "foreign ministers" },
  other: { one: "official", many: "officials" },
};

export type CallMode = (typeof CALL_MODES)[number];
export type SourceKind = (typeof SOURCE_KINDS)[number];
export type EventKind = (typeof EVENT_KINDS)[number];
export type ReadoutSide = (typeof READOUT_SIDES)[number];
export type ClaimKind = (typeof CLAIM_KINDS)[number];
export type Level = (typeof LEVELS)[number];
export type LowReliabilityReason = (typeof LOW_RELIABILITY_REASONS)[number];
export type LeadStatus = (typeof LEAD_STATUSES)[number];

/** The country whose officials are the "Russian side" of every call. */
export const RUSSIA = "RU";

/** The record covers calls from April 2024 on (PRODUCT.md, scope); `npm run new-call` refuses earlier dates. */
export const RECORD_PERIOD_START = "2024-04-01";
