import { EVENT_KIND_LABELS } from "@/lib/constants";
import { formatDateShort } from "@/lib/format";
import type { CrisisEvent } from "@/lib/schema";

/** "13–24 Jun 2025", "28 Dec 2025 – 16 Jan 2026": a shared month and year written once. */
function EventDates({ start, end }: { start: string; end?: string }) {
  if (!end) return <time dateTime={start}>{formatDateShort(start)}</time>;
  const sameMonth = start.slice(0, 7) === end.slice(0, 7);
  return (
    <>
      <time dateTime={start}>{sameMonth ? Number(start.slice(8)) : formatDateShort(start)}</time>
      {sameMonth ? "–" : " – "}
      <time dateTime={end}>{formatDateShort(end)}</time>
    </>
  );
}

/**
 * A crisis event between the calls: context, not a call. Set apart by its tint, rule and label,
 * and named as an event in words, not by colour alone.
 */
export function EventMarker({ event }: { event: CrisisEvent }) {
  return (
    <article
      aria-label={`Crisis event: ${event.title}`}
      className="my-1 grid gap-x-6 gap-y-1 border-l-4 border-event bg-event-bg px-3 py-3 sm:grid-cols-[8.5rem_1fr] sm:pl-4"
    >
      <p className="text-sm text-event">
        <span className="font-medium tabular-nums">
          <EventDates start={event.date} end={event.endDate} />
        </span>
        {event.dateCertainty === "inferred" && <span className="block text-xs italic">date inferred</span>}
      </p>
      <div className="min-w-0">
        <p className="text-xs font-bold uppercase tracking-wider text-event">
          <span aria-hidden="true">◆ </span>
          Crisis event · {EVENT_KIND_LABELS[event.kind]}
        </p>
        <h3 className="mt-0.5 font-serif text-base font-semibold leading-snug text-ink">{event.title}</h3>
        <p className="mt-1 max-w-prose text-sm text-muted">{event.summary}</p>
      </div>
    </article>
  );
}
