import Link from "@/components/ui/link";
import { formatDateShort } from "@/lib/format";
import type { CallSpan } from "@/lib/leaders";
import { callPath } from "@/lib/site";

/** Number of calls, the first and the latest (linked): the top of a leader's or a country's page. */
export function CallStats({ span }: { span: CallSpan }) {
  const cell = "bg-paper px-3 py-3 first:pl-0";
  const label = "text-xs font-semibold uppercase tracking-wider text-muted";
  return (
    <dl className="mt-6 grid max-w-3xl grid-cols-3 gap-px border-y border-rule bg-rule">
      <div className={cell}>
        <dt className={label}>Calls</dt>
        <dd className="font-serif text-3xl font-bold tabular-nums">{span.count.toLocaleString("en-GB")}</dd>
      </div>
      <div className={cell}>
        <dt className={label}>First</dt>
        <dd className="mt-1 font-semibold">{span.first ? <Link href={callPath(span.first.id)}>{formatDateShort(span.first.date)}</Link> : "—"}</dd>
      </div>
      <div className={cell}>
        <dt className={label}>Latest</dt>
        <dd className="mt-1 font-semibold">{span.last ? <Link href={callPath(span.last.id)}>{formatDateShort(span.last.date)}</Link> : "—"}</dd>
      </div>
    </dl>
  );
}
