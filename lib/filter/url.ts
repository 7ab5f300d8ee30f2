/**
 * The timeline's parameter names and the canonical form of a filter form's fields. Client-safe:
 * no dataset and no zod here, so the filter form's script stays small.
 */

/** Every parameter the timeline reads, in the order canonical URLs list them. */
export const FILTER_PARAMS = ["country", "leader", "topic", "level", "sourcing", "from", "to", "added-since", "q", "sort", "events", "view", "rows", "page"] as const;
export type FilterParam = (typeof FILTER_PARAMS)[number];

/** The sort orders; the first is the default. */
export const SORT_ORDERS = [
  { value: "newest", label: "Newest first" },
  { value: "oldest", label: "Oldest first" },
] as const;
export type SortOrder = (typeof SORT_ORDERS)[number]["value"];

/** Values that are the default and so are left out of canonical URLs. */
const DEFAULTS: Partial<Record<FilterParam, string>> = { sort: SORT_ORDERS[0].value, events: "show", view: "list", rows: "calls" };

/**
 * The filter form's fields as canonical URL parameters: empty fields and defaults dropped, the
 * page left out (a changed filter starts again at page 1), parameters in the order of
 * FILTER_PARAMS. For valid values this equals `callQueryToParams` of the parsed query, so a link
 * made by the form and one made by the page are the same link.
 */
export function formSearchParams(fields: Iterable<[string, FormDataEntryValue]>): URLSearchParams {
  const values = new Map<string, string[]>();
  for (const [name, raw] of fields) {
    if (typeof raw !== "string" || name === "page") continue;
    const value = raw.trim();
    if (value === "" || DEFAULTS[name as FilterParam] === value) continue;
    const list = values.get(name);
    if (!list) values.set(name, [value]);
    else if (!list.includes(value)) list.push(value);
  }
  const params = new URLSearchParams();
  for (const name of FILTER_PARAMS) for (const value of values.get(name) ?? []) params.append(name, value);
  return params;
}
