import Link from "@/components/ui/link";
import type { CallRowView } from "@/lib/calls";
import { formatDateShort, formatList } from "@/lib/format";
import { callPath } from "@/lib/site";

/** "Vladimir Putin with Ebrahim Raisi" */
export function callWho(call: Pick<CallRowView, "russians" | "counterparts">): string {
  return `${formatList(call.russians.map((p) => p.name))} with ${formatList(call.counterparts.map((p) => p.name))}`;
}

/** A call in one or two lines: date, who, and the headline as a link. For short lists of related calls. */
export function CallLine({ call, current = false }: { call: CallRowView; current?: boolean }) {
  return (
    <div className="grid gap-x-4 sm:grid-cols-[6.5rem_1fr]">
      <time dateTime={call.date} className="text-sm tabular-nums text-muted">
        {formatDateShort(call.date)}
      </time>
      <div className="min-w-0">
        <span className="block text-sm text-muted">{callWho(call)}</span>
        {current ? (
          <span aria-current="page" className="font-serif font-semibold">
            {call.headline} <span className="font-sans text-sm font-normal text-muted">(this call)</span>
          </span>
        ) : (
          <Link href={callPath(call.id)} className="font-serif font-semibold">
            {call.headline}
          </Link>
        )}
      </div>
    </div>
  );
}
