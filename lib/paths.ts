/** URLs of the pages about people, countries and calls, and links into the timeline's filters. */
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

/** The timeline filtered by the timeline's own parameters (`country`, `leader`, `topic` repeatable; `from`, `to` ISO dates). */
export function timelineHref(filters: TimelineFilters): string {
  const search = new URLSearchParams();
  for (const key of ["country", "leader", "topic"] as const) {
    for (const value of filters[key] ?? []) search.append(key, value);
  }
  if (filters.from) search.set("from", filters.from);
  if (filters.to) search.set("to", filters.to);
  const query = search.toString();
  return query ? `/calls?${query}` : "/calls";
}

/** The timeline for the calendar month of `date` (YYYY-MM-DD). */
export function timelineMonthHref(date: string): string {
  const lastDay = new Date(Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)), 0)).getUTCDate();
  const ym = date.slice(0, 7);
  return timelineHref({ from: `${ym}-01`, to: `${ym}-${String(lastDay).padStart(2, "0")}` });
}
