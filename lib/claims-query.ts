/**
 * The /claims URL is the ledger's only state. This module turns a query string into filters (and
 * back into a URL). Parsing never throws: an unknown parameter or value is dropped and reported in
 * `notices`, which the page shows as text.
 */
import { z } from "zod";
import { CLAIM_KINDS, READOUT_SIDES, type ClaimKind, type ReadoutSide } from "./constants";
import { CLAIM_FILTER_KEYS, NO_CLAIM_FILTERS, type ClaimFilterKey, type ClaimFilters } from "./claims";

export const CLAIMS_PATH = "/claims";

/** Each filter's name in the URL and its noun in notices. */
export const CLAIM_FILTER_PARAMS: Record<ClaimFilterKey, { param: string; noun: string }> = {
  speaker: { param: "speaker", noun: "speaker" },
  kind: { param: "kind", noun: "kind of claim" },
  reportedBy: { param: "reported-by", noun: "reporter" },
  country: { param: "country", noun: "country" },
  topic: { param: "topic", noun: "topic" },
};

const PAGE_PARAM = "page";
const KNOWN_PARAMS = new Set([...CLAIM_FILTER_KEYS.map((key) => CLAIM_FILTER_PARAMS[key].param), PAGE_PARAM]);

/** The values the data allows for the filters that are not fixed vocabularies. */
export type ClaimsQueryAllowed = {
  speakers: ReadonlySet<string>;
  countries: ReadonlySet<string>;
  topics: ReadonlySet<string>;
};

/** The allowed values from the options the form offers (`claimFilterOptions`). */
export function allowedValues(options: Record<"speaker" | "country" | "topic", readonly { value: string }[]>): ClaimsQueryAllowed {
  const values = (list: readonly { value: string }[]) => new Set(list.map((o) => o.value));
  return { speakers: values(options.speaker), countries: values(options.country), topics: values(options.topic) };
}

export type ClaimsQuery = { filters: ClaimFilters; page: number; notices: string[] };

/** What Next gives a page as `searchParams`: one value or several per name. */
export type RawSearchParams = Record<string, string | string[] | undefined>;

const paramValues = z
  .union([z.string(), z.array(z.string())])
  .optional()
  .transform((value) => (value === undefined ? [] : Array.isArray(value) ? value : [value]));

const MAX_SHOWN = 60;
const MAX_NOTICES = 10;

/** A value as it appears in a notice: quoted, shortened, never markup (React renders it as text). */
function shown(value: string): string {
  const short = value.length > MAX_SHOWN ? `${value.slice(0, MAX_SHOWN)}…` : value;
  return JSON.stringify(short);
}

function isOneOf<T extends string>(values: readonly T[], value: string): value is T {
  return (values as readonly string[]).includes(value);
}

export function parseClaimsQuery(params: RawSearchParams, allowed: ClaimsQueryAllowed): ClaimsQuery {
  const notices: string[] = [];
  const read = (name: string) => {
    const parsed = paramValues.safeParse(params[name]);
    return parsed.success ? parsed.data.map((v) => v.trim()).filter((v) => v !== "") : [];
  };
  const pick = <T extends string>(key: ClaimFilterKey, normalise: (v: string) => string, accept: (v: string) => v is T): T[] => {
    const picked = new Set<T>();
    for (const raw of read(CLAIM_FILTER_PARAMS[key].param)) {
      const value = normalise(raw);
      if (accept(value)) picked.add(value);
      else notices.push(`Unknown ${CLAIM_FILTER_PARAMS[key].noun} ${shown(raw)} ignored.`);
    }
    return [...picked];
  };
  const lower = (v: string) => v.toLowerCase();
  const inSet = (set: ReadonlySet<string>) => (v: string): v is string => set.has(v);

  const filters: ClaimFilters = {
    speaker: pick("speaker", lower, inSet(allowed.speakers)),
    kind: pick("kind", lower, (v): v is ClaimKind => isOneOf(CLAIM_KINDS, v)),
    reportedBy: pick("reportedBy", lower, (v): v is ReadoutSide => isOneOf(READOUT_SIDES, v)),
    country: pick("country", (v) => v.toUpperCase(), inSet(allowed.countries)),
    topic: pick("topic", lower, inSet(allowed.topics)),
  };

  let page = 1;
  const [rawPage] = read(PAGE_PARAM);
  if (rawPage !== undefined) {
    if (/^\d{1,6}$/.test(rawPage) && Number(rawPage) >= 1) page = Number(rawPage);
    else notices.push(`Page ${shown(rawPage)} is not a page number; showing the first page.`);
  }

  for (const name of Object.keys(params)) {
    if (!KNOWN_PARAMS.has(name)) notices.push(`Unknown parameter ${shown(name)} ignored.`);
  }

  if (notices.length > MAX_NOTICES) {
    const more = notices.length - MAX_NOTICES;
    notices.splice(MAX_NOTICES, more, `…and ${more} more ignored.`);
  }
  return { filters, page, notices };
}

/** The ledger URL for these filters (and page, when past the first), parameters in a fixed order. */
export function claimsHref(filters: ClaimFilters = NO_CLAIM_FILTERS, page = 1): string {
  const search = new URLSearchParams();
  for (const key of CLAIM_FILTER_KEYS) {
    for (const value of filters[key]) search.append(CLAIM_FILTER_PARAMS[key].param, value);
  }
  if (page > 1) search.set(PAGE_PARAM, String(page));
  const query = search.toString();
  return query ? `${CLAIMS_PATH}?${query}` : CLAIMS_PATH;
}

/** The same filters with one value removed (the "×" on an active filter). */
export function withoutValue(filters: ClaimFilters, key: ClaimFilterKey, value: string): ClaimFilters {
  return { ...filters, [key]: filters[key].filter((v: string) => v !== value) };
}

export function hasFilters(filters: ClaimFilters): boolean {
  return CLAIM_FILTER_KEYS.some((key) => filters[key].length > 0);
}
