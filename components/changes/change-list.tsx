import Link from "@/components/ui/link";
import { ParticipantsLine } from "@/components/call/participants-line";
import { toCallRowView } from "@/lib/calls";
import { changeAnchor, type Change, type ChangeDay } from "@/lib/changes/changes";
import type { Dataset } from "@/lib/data";
import { formatDate, formatDateShort, formatList, plural } from "@/lib/format";
import { callPath } from "@/lib/site";
import { timelineHref } from "@/lib/timeline/chips";

function ChangeItem({ dataset, change }: { dataset: Dataset; change: Change }) {
  const row = toCallRowView(dataset, change.call);
  const href = change.kind === "added" ? callPath(change.call.id) : `${callPath(change.call.id)}#${changeAnchor(change)}`;
  return (
    <li className="grid gap-x-6 gap-y-1 border-t border-rule py-4 first:border-t-0 sm:grid-cols-[8.5rem_1fr]">
      <p>
        <span className={change.kind === "added" ? "badge" : "badge border-warn text-warn"}>{change.kind === "added" ? "Added" : "Corrected"}</span>
      </p>
      <div className="min-w-0">
        <p className="text-sm text-muted">
          Call of <time dateTime={change.call.date}>{formatDateShort(change.call.date)}</time>
        </p>
        <ParticipantsLine russians={row.russians} counterparts={row.counterparts} />
        <h3 className="call-title">
          <a href={href} className="text-ink hover:text-link">
            {change.call.headline}
          </a>
        </h3>
        {change.kind === "corrected" && (
          <p className="mt-1 max-w-3xl">
            <span className="font-semibold">What changed:</span> {change.note}
          </p>
        )}
      </div>
    </li>
  );
}

/** The changes of one page, by day, newest first; each day links to the calls added since it. */
export function ChangeList({ dataset, days }: { dataset: Dataset; days: readonly ChangeDay[] }) {
  return (
    <div className="mt-6 space-y-10">
      {days.map((day) => {
        const counts = [day.added ? plural(day.added, "call added", "calls added") : "", day.corrected ? plural(day.corrected, "correction") : ""].filter(Boolean);
        return (
          <section key={day.date} aria-labelledby={`day-${day.date}`}>
            <div className="flex flex-wrap items-baseline justify-between gap-x-6 gap-y-1 border-t-2 border-ink pt-2">
              <h2 id={`day-${day.date}`} className="font-serif text-2xl font-bold tracking-tight">
                <time dateTime={day.date}>{formatDate(day.date)}</time>
              </h2>
              <p className="text-sm text-muted">
                {formatList(counts)}
                {day.added > 0 && (
                  <>
                    {" · "}
                    <Link href={timelineHref(emptyQuery(day.date))}>calls added since this day on the timeline</Link>
                  </>
                )}
              </p>
            </div>
            <ul className="mt-1">
              {day.changes.map((change) => (
                <ChangeItem key={change.kind === "added" ? `a-${change.call.id}` : `c-${change.call.id}-${change.number}`} dataset={dataset} change={change} />
              ))}
            </ul>
          </section>
        );
      })}
    </div>
  );
}

function emptyQuery(addedSince: string) {
  return { countries: [], leaders: [], topics: [], levels: [], sourcing: [], addedSince, sort: "newest" as const, page: 1 };
}
