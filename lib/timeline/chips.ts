/**
 * The active filters as removable chips, links to the timeline, and the ways to broaden a search
 * that found nothing. Pure functions of the query and the dataset.
 */
import type { Dataset } from "../data/validate";
import { callQueryToParams, filterCalls, type CallQuery } from "../filter";
import { formatDateShort } from "../format";
import { LEVEL_LABELS, type Level } from "../constants";
import { SOURCING_FILTERS } from "../sourcing";

export const TIMELINE_PATH = "/calls";

/** The timeline URL of a query (canonical parameters); `overrides` as in `callQueryToParams`. */
export function timelineHref(query: CallQuery, overrides: Partial<CallQuery> = {}): string {
  const search = callQueryToParams(query, overrides).toString();
  return search ? `${TIMELINE_PATH}?${search}` : TIMELINE_PATH;
}

export type FilterChip = {
  param: "country" | "leader" | "topic" | "level" | "sourcing" | "from" | "to" | "added-since" | "q";
  /** What the filter is ("Country"), for the chip's accessible name. */
  kind: string;
  /** The value as a reader knows it ("Iran", "From 1 Mar 2026"). */
  label: string;
  /** The same query without this one value, back on page 1. */
  without: CallQuery;
};

/** One chip per active filter value, in the order of the parameters. */
export function filterChips(query: CallQuery, dataset: Dataset): FilterChip[] {
  const base: CallQuery = { ...query, page: 1 };
  const lists = [
    { param: "country", kind: "Country", key: "countries", name: (code: string) => dataset.countryByCode.get(code)?.name },
    { param: "leader", kind: "Leader", key: "leaders", name: (id: string) => dataset.personById.get(id)?.name },
    { param: "topic", kind: "Topic", key: "topics", name: (id: string) => dataset.topicById.get(id)?.label },
    { param: "level", kind: "Level", key: "levels", name: (level: string) => LEVEL_LABELS[level as Level] },
    { param: "sourcing", kind: "Sourcing", key: "sourcing", name: (value: string) => SOURCING_FILTERS.find((f) => f.value === value)?.label },
  ] as const;
  const chips: FilterChip[] = [];
  for (const { param, kind, key, name } of lists) {
    for (const value of query[key]) {
      chips.push({ param, kind, label: name(value) ?? value, without: { ...base, [key]: query[key].filter((v) => v !== value) } });
    }
  }
  if (query.from) chips.push({ param: "from", kind: "Date", label: `From ${formatDateShort(query.from)}`, without: { ...base, from: undefined } });
  if (query.to) chips.push({ param: "to", kind: "Date", label: `To ${formatDateShort(query.to)}`, without: { ...base, to: undefined } });
  if (query.addedSince) {
    chips.push({ param: "added-since", kind: "Added", label: `Added since ${formatDateShort(query.addedSince)}`, without: { ...base, addedSince: undefined } });
  }
  if (query.q) chips.push({ param: "q", kind: "Search", label: `“${query.q}”`, without: { ...base, q: undefined } });
  return chips;
}

export type Broadening = Pick<FilterChip, "kind" | "label" | "without"> & { count: number };

/**
 * For a search that found nothing: each filter value whose removal alone finds calls, with how
 * many, most first. A date range counts as one filter ("1 Mar 2026 – 8 Mar 2026").
 */
export function broadenings(dataset: Dataset, query: CallQuery): Broadening[] {
  const options: Omit<Broadening, "count">[] = filterChips(query, dataset).filter((c) => !(query.from && query.to && (c.param === "from" || c.param === "to")));
  if (query.from && query.to) {
    options.push({
      kind: "Dates",
      label: `${formatDateShort(query.from)} – ${formatDateShort(query.to)}`,
      without: { ...query, page: 1, from: undefined, to: undefined },
    });
  }
  return options
    .map((option) => ({ ...option, count: filterCalls(dataset, option.without).length }))
    .filter((b) => b.count > 0)
    .sort((a, b) => b.count - a.count);
}
