import Link from "next/link";
import { InPlaceLink } from "./in-place-link";
import { plural } from "@/lib/format";
import type { Broadening, FilterChip } from "@/lib/timeline/chips";
import { TIMELINE_PATH, timelineHref } from "@/lib/timeline/chips";

/** No call matches: what was asked, and the ways to find something. */
export function EmptyState({ chips, broadenings, total }: { chips: FilterChip[]; broadenings: Broadening[]; total: number }) {
  return (
    <div className="rounded-md border border-rule bg-panel px-5 py-6">
      <h2 className="font-serif text-xl font-bold">No call matches all of these filters</h2>
      {chips.length > 0 && (
        <p className="mt-2 text-muted">
          You asked for calls matching{" "}
          {chips.map((chip, i) => (
            <span key={`${chip.param}-${chip.label}`}>
              {i > 0 && (i === chips.length - 1 ? " and " : ", ")}
              <span className="font-semibold text-ink">{chip.label}</span>
            </span>
          ))}
          .{chips.length > 1 && " Filters of different kinds must all match; values of one kind (two countries) match either."}
        </p>
      )}
      {broadenings.length > 0 && (
        <>
          <p className="mt-4 font-semibold">Broaden the search:</p>
          <ul className="mt-1 space-y-1">
            {broadenings.map((b) => (
              <li key={`${b.kind}-${b.label}`}>
                <InPlaceLink href={timelineHref(b.without)} className="underline">
                  Remove {b.label}
                </InPlaceLink>{" "}
                <span className="text-muted">({b.kind.toLowerCase()}): {plural(b.count, "call")}</span>
              </li>
            ))}
          </ul>
        </>
      )}
      <p className="mt-4">
        <Link href={TIMELINE_PATH} className="font-semibold underline">
          Clear all filters
        </Link>{" "}
        <span className="text-muted">and see all {plural(total, "call")}</span>
      </p>
    </div>
  );
}
