import { formatDate, formatDateShort, plural } from "@/lib/format";
import type { Gap } from "@/lib/stats";

/** The long stretches without a recorded call, said plainly: they show where our sources are thin. */
export function KnownGaps({ gaps }: { gaps: readonly Gap[] }) {
  if (gaps.length === 0) return <p>No stretch of two months or more passes without a recorded call.</p>;
  return (
    <ul className="list-disc space-y-2 pl-5">
      {gaps.map((gap) => (
        <li key={gap.after}>
          <strong className="font-semibold">{plural(gap.days, "day")}</strong> without a recorded call, between{" "}
          {formatDate(gap.after)} and {formatDate(gap.before)}
          {gap.events.length > 0 && (
            <>
              {gap.events.length === 1 ? ", a period with this crisis event: " : ", a period with these crisis events: "}
              {gap.events.map((event, i) => (
                <span key={event.id}>
                  {i > 0 && "; "}
                  {event.title} ({formatDateShort(event.date)})
                </span>
              ))}
            </>
          )}
          .
        </li>
      ))}
    </ul>
  );
}
