import { InPlaceLink } from "./in-place-link";
import type { FilterChip } from "@/lib/timeline/chips";
import { TIMELINE_PATH, timelineHref } from "@/lib/timeline/chips";

/** Each active filter value as a link that removes just that value, and "Clear all". */
export function ActiveFilters({ chips }: { chips: FilterChip[] }) {
  if (chips.length === 0) return null;
  return (
    <div className="mt-3 flex flex-wrap items-center gap-2">
      <h2 className="sr-only">Active filters</h2>
      <ul className="flex flex-wrap gap-2">
        {chips.map((chip) => (
          <li key={`${chip.param}-${chip.label}`}>
            <InPlaceLink
              href={timelineHref(chip.without)}
              className="inline-flex items-center gap-1.5 rounded-full border border-ink/25 bg-panel py-1 pl-3 pr-2 text-sm text-ink no-underline hover:border-link hover:text-link"
            >
              <span className="sr-only">Remove {chip.kind.toLowerCase()} filter: </span>
              <span className="max-w-[16rem] truncate">{chip.label}</span>
              <span aria-hidden="true" className="text-base leading-none text-muted">
                ×
              </span>
            </InPlaceLink>
          </li>
        ))}
      </ul>
      <InPlaceLink href={TIMELINE_PATH} className="text-sm font-semibold">
        Clear all
      </InPlaceLink>
    </div>
  );
}
