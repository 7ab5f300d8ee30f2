import type { FilterOption } from "../filter";

/** How many choices a filter list shows: enough for every country and topic, and the most-called leaders. */
export const MAX_OPTIONS = 30;

/** Leaders are the long list (every counterpart ever called): fewer of them keep the page small. */
export const MAX_LEADER_OPTIONS = 15;

/**
 * The choices a filter list shows, so the page stays the same size however many people the data
 * names: the `max` with the most calls (the options come sorted that way), plus any that are
 * selected, in the original order. The rest are counted so the page can say how to find them.
 */
export function visibleOptions<T extends FilterOption>(options: readonly T[], selected: readonly string[], max = MAX_OPTIONS): { shown: T[]; hidden: number } {
  if (options.length <= max) return { shown: [...options], hidden: 0 };
  const shown = options.filter((option, i) => i < max || selected.includes(option.value));
  return { shown, hidden: options.length - shown.length };
}
