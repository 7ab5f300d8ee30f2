/** URLs of the pages about people, countries and calls, and links into the timeline's filters. */
import { formSearchParams } from "./filter/url";
import { callPath } from "./site";

export function leaderPath(id: string): string {
  return `/leaders/${encodeURIComponent(id)}`;
}

export function countryPath(code: string): string {
  return `/countries/${encodeURIComponent(code)}`;
}

/** The call record as JSON (`/calls/<id>.json` redirects here). */
export function callJsonPath(id: string): string {
  return `${callPath(id)}/record.json`;
}

/** The anchor of a claim on its call's permalink. */
export function claimPath(callId: string, claimId: string): string {
  return `${callPath(callId)}#claim-${claimId}`;
}

type TimelineFilters = { country?: string[]; leader?: string[]; topic?: string[]; from?: string; to?: string };

/**
 * The timeline filtered by its own parameters (`country`, `leader`, `topic` repeatable; `from`,
 * `to` ISO dates), in the timeline's canonical form, so these links equal the ones it makes.
 */
export function timelineHref(filters: TimelineFilters): string {
  const fields: [string, string][] = [];
  for (const key of ["country", "leader", "topic"] as const) for (const value of filters[key] ?? []) fields.push([key, value]);
  for (const key of ["from", "to"] as const) if (filters[key]) fields.push([key, filters[key]]);
  const query = formSearchParams(fields).toString();
  return query ? `/calls?${query}` : "/calls";
}

/** The timeline for the calendar month of `date` (YYYY-MM-DD). */
export function timelineMonthHref(date: string): string {
  const lastDay = new Date(Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)), 0)).getUTCDate();
  const ym = date.slice(0, 7);
  return timelineHref({ from: `${ym}-01`, to: `${ym}-${String(lastDay).padStart(2, "0")}` });
}
