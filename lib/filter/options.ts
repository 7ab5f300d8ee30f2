/** The filter controls' choices, from the data: only countries, leaders and topics that occur, each with its number of calls. */
import type { Dataset } from "../data/validate";
import { LEVELS, LEVEL_LABELS, RUSSIA, type Level } from "../constants";
import { SOURCING_FILTERS } from "../sourcing";
import { getCallIndex } from "./index-build";

export type FilterOption = { value: string; label: string; count: number };

export type FilterOptions = {
  countries: FilterOption[];
  /** Russian officials first, then counterparts; each group by number of calls. */
  leaders: (FilterOption & { side: "russia" | "counterpart" })[];
  topics: FilterOption[];
  /** Every level, most senior first, with the calls that have a participant of that level. */
  levels: (FilterOption & { value: Level })[];
  /** The `sourcing` choices in their fixed order (single source first), with their counts. */
  sourcing: FilterOption[];
};

const byCountThenLabel = (a: FilterOption, b: FilterOption) => b.count - a.count || a.label.localeCompare(b.label, "en");

export function getFilterOptions(dataset: Dataset): FilterOptions {
  const countries = [...dataset.callsByCountry].map(([code, calls]) => ({
    value: code,
    label: dataset.countryByCode.get(code)?.name ?? code,
    count: calls.length,
  }));
  const leaders = [...dataset.callsByPerson].map(([id, calls]) => {
    const person = dataset.personById.get(id);
    const side: "russia" | "counterpart" = person?.offices.some((o) => o.country === RUSSIA) ? "russia" : "counterpart";
    return { value: id, label: person?.name ?? id, count: calls.length, side };
  });
  const topics = [...dataset.callsByTopic].map(([id, calls]) => ({
    value: id,
    label: dataset.topicById.get(id)?.label ?? id,
    count: calls.length,
  }));
  return {
    countries: countries.sort(byCountThenLabel),
    leaders: leaders.sort((a, b) => (a.side === b.side ? byCountThenLabel(a, b) : a.side === "russia" ? -1 : 1)),
    topics: topics.sort(byCountThenLabel),
    levels: LEVELS.map((level) => ({ value: level, label: LEVEL_LABELS[level], count: getCallIndex(dataset).byLevel.get(level)?.length ?? 0 })),
    sourcing: SOURCING_FILTERS.map(({ value, label }) => ({ value, label, count: getCallIndex(dataset).bySourcing.get(value)?.length ?? 0 })),
  };
}
