import { formatDate, formatDateShort, formatMonth, plural } from "@/lib/format";
import type { Coverage } from "@/lib/schema";
import type { Gap } from "@/lib/stats";

const STATUS_TEXT: Record<Coverage["gaps"][number]["status"], string> = {
  "searched-none": "searched, no call found",
  "leads-only": "only unconfirmed leads found",
  "not-searched": "not yet searched",
};

function monthSpan(from: string, to: string): string {
  return from === to ? formatMonth(`${from}-01`) : `${formatMonth(`${from}-01`)} – ${formatMonth(`${to}-01`)}`;
}

const monthIndex = (month: string) => Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7));

/**
 * The counterpart × period cells of the research table where searching found no call; with a
 * `limit`, the longest first (the method page lists them all, in the registry's order).
 */
export function SearchedGaps({ gaps, limit }: { gaps: Coverage["gaps"]; limit?: number }) {
  if (gaps.length === 0) return null;
  const shown = limit === undefined ? gaps : [...gaps].sort((a, b) => monthIndex(b.to) - monthIndex(b.from) - (monthIndex(a.to) - monthIndex(a.from))).slice(0, limit);
  return (
    <ul className="list-disc space-y-1 pl-5">
      {shown.map((gap, i) => (
        <li key={i}>
          <strong className="font-semibold">{gap.counterpart}</strong>, {monthSpan(gap.from, gap.to)}: {STATUS_TEXT[gap.status]}
          {gap.note && <span className="text-muted"> ({gap.note})</span>}
        </li>
      ))}
    </ul>
  );
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
