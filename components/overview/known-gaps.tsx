import { formatDate, formatDateShort, plural } from "@/lib/format";
import type { Gap } from "@/lib/stats";

/** "The twelve-day war" → "the twelve-day war" inside a sentence; "US strikes" keeps its capitals. */
function sentenceCase(title: string): string {
  return /^[A-Z][a-z]/.test(title) ? title.charAt(0).toLowerCase() + title.slice(1) : title;
}

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
              {", a period that includes "}
              {gap.events.map((event, i) => (
                <span key={event.id}>
                  {i > 0 && (i === gap.events.length - 1 ? " and " : ", ")}
                  {sentenceCase(event.title)} ({formatDateShort(event.date)})
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
