import Link from "@/components/ui/link";
import type { Dataset } from "@/lib/data";
import type { Call } from "@/lib/schema";
import { toCallRowView } from "@/lib/calls";
import { plural } from "@/lib/format";
import { CallRow } from "./call-row";

/** Bounded however many calls there are: the timeline pages through the rest. */
export const RECENT_CALLS_LIMIT = 50;

/** The newest calls of a leader or a country (calls are given oldest first), with a link to all of them in the timeline. */
export function RecentCalls({ dataset, calls, timeline }: { dataset: Dataset; calls: readonly Call[]; timeline: string }) {
  if (calls.length === 0) return <p className="mt-3 text-muted">No calls recorded.</p>;
  const newest = calls.slice(-RECENT_CALLS_LIMIT).reverse();
  return (
    <>
      <p className="mt-2 text-sm text-muted">
        {calls.length > newest.length ? `The latest ${newest.length} of ${plural(calls.length, "call")}, newest first. ` : "Newest first. "}
        <Link href={timeline} className="underline underline-offset-2">See {calls.length === 1 ? "it" : "them"} in the timeline</Link>
      </p>
      <ol className="mt-2">
        {newest.map((call) => (
          <CallRow key={call.id} call={toCallRowView(dataset, call)} />
        ))}
      </ol>
    </>
  );
}
