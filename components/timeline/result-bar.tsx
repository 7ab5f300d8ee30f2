import { InPlaceLink } from "./in-place-link";
import { plural } from "@/lib/format";

type Props = {
  /** Matching calls. */
  count: number;
  /** All calls in the data. */
  total: number;
  filtered: boolean;
  /** 1-based positions of the first and last call shown, when the result spans pages. */
  range?: [number, number];
  /** The link that shows or hides the crisis events, and whether they are shown now; none when there is no list. */
  events?: { shown: boolean; href: string };
};

/** The result count (a polite live region, so a new count is announced after a filter change) and the events toggle. */
export function ResultBar({ count, total, filtered, range, events }: Props) {
  return (
    <div className="flex flex-wrap items-baseline justify-between gap-x-6 gap-y-2">
      <p role="status" className="text-lg">
        <span className="font-semibold">{plural(count, "call")}</span>
        {filtered && <span className="text-muted"> of {total.toLocaleString("en-GB")}</span>}
        {range && (
          <span className="text-muted">
            {" "}
            · showing {range[0].toLocaleString("en-GB")}–{range[1].toLocaleString("en-GB")}
          </span>
        )}
      </p>
      {events && (
        <InPlaceLink href={events.href} className="inline-flex items-center gap-2 text-sm">
          <span aria-hidden="true" className="inline-block size-2.5 rotate-45 border border-event bg-event-bg" />
          {events.shown ? "Hide crisis events" : "Show crisis events"}
        </InPlaceLink>
      )}
    </div>
  );
}
