import { Fragment } from "react";
import { CallRow } from "@/components/call/call-row";
import type { CallRowView } from "@/lib/calls";
import { formatMonth, plural } from "@/lib/format";
import { monthsBetween, type MonthGroup } from "@/lib/timeline/timeline";
import type { CrisisEvent } from "@/lib/schema";
import { EventMarker } from "./event-marker";

export type TimelineGroupView = Omit<MonthGroup, "entries"> & {
  entries: ({ type: "call"; row: CallRowView } | { type: "event"; event: CrisisEvent })[];
};

/** One page of the timeline: a section per month, calls and crisis events in order. */
export function TimelineList({ groups, filtered }: { groups: TimelineGroupView[]; filtered: boolean }) {
  return (
    <div className="space-y-8">
      {groups.map((group, i) => {
        const headingId = `month-${group.month}`;
        const previous = groups[i - 1];
        const gap = previous && monthsBetween(previous.month, group.month);
        return (
          <Fragment key={group.month}>
            {gap && <Gap {...gap} filtered={filtered} />}
            <section aria-labelledby={headingId}>
              <h2
                id={headingId}
                className="sticky top-0 z-10 flex items-baseline justify-between gap-4 border-b-2 border-ink bg-paper pb-1 pt-2"
              >
                <span className="font-serif text-xl font-bold">{formatMonth(`${group.month}-01`)}</span>
                <span className="text-sm font-normal text-muted">{monthCount(group, filtered)}</span>
              </h2>
              <ol>
                {group.entries.map((entry) =>
                  entry.type === "call" ? (
                    <CallRow key={entry.row.id} call={entry.row} headingLevel={3} />
                  ) : (
                    <li key={`event-${entry.event.id}`}>
                      <EventMarker event={entry.event} />
                    </li>
                  ),
                )}
              </ol>
            </section>
          </Fragment>
        );
      })}
    </div>
  );
}

function monthCount({ callCount, callsOnPage }: Pick<MonthGroup, "callCount" | "callsOnPage">, filtered: boolean): string {
  if (callCount === 0) return filtered ? "no matching calls" : "no calls";
  if (callsOnPage < callCount) return `${plural(callCount, "call")}, ${callsOnPage} on this page`;
  return plural(callCount, "call");
}

/** Months with nothing to show between two groups: the silence is part of the pattern. */
function Gap({ first, last, count, filtered }: { first: string; last: string; count: number; filtered: boolean }) {
  const span = count === 1 ? formatMonth(`${first}-01`) : `${formatMonth(`${first}-01`)} – ${formatMonth(`${last}-01`)}`;
  return (
    <p className="flex items-center justify-center gap-3 text-center text-sm italic text-muted">
      <span aria-hidden="true" className="hidden h-px flex-1 border-t border-dashed border-rule sm:block" />
      <span>
        {filtered ? "No matching calls" : "No calls recorded"}: {span} ({plural(count, "month")})
      </span>
      <span aria-hidden="true" className="hidden h-px flex-1 border-t border-dashed border-rule sm:block" />
    </p>
  );
}
