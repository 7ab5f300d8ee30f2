import Link from "@/components/ui/link";
import type { Call } from "@/lib/schema";
import { CALL_MODE_LABELS } from "@/lib/constants";
import { formatDate, formatMonth } from "@/lib/format";
import { timelineMonthHref } from "@/lib/paths";
import { FlagIcon } from "./flag-icon";

/** The top of a permalink: where it sits in the timeline, what kind of call, the headline and our summary. */
export function CallHeader({ call }: { call: Call }) {
  const disagreements = call.disagreements?.length ?? 0;
  return (
    <header>
      <nav aria-label="Breadcrumb" className="text-sm">
        <ol className="flex flex-wrap items-center gap-x-2 text-muted">
          <li>
            <Link href="/calls">Timeline</Link>
          </li>
          <li aria-hidden="true">/</li>
          <li>
            <Link href={timelineMonthHref(call.date)}>{formatMonth(call.date)}</Link>
          </li>
        </ol>
      </nav>
      <p className="mt-4 text-xs font-semibold uppercase tracking-[0.08em] text-muted">
        {CALL_MODE_LABELS[call.mode]}
        {" · "}
        <time dateTime={call.date}>{formatDate(call.date)}</time>
        {call.dateCertainty === "inferred" && (
          <>
            {" · "}
            <a href="#date" className="text-muted">
              date inferred
            </a>
          </>
        )}
      </p>
      <h1 className="mt-2 text-balance font-serif text-3xl font-bold leading-[1.15] tracking-tight sm:text-4xl lg:text-[2.75rem]">
        {call.headline}
      </h1>
      <p className="mt-4 max-w-3xl text-lg leading-relaxed">{call.summary}</p>
      {disagreements > 0 && (
        <p className="mt-4">
          <a
            href="#disagreements"
            className="inline-flex items-center gap-2 rounded-sm border border-warn bg-warn-bg px-3 py-1.5 text-sm font-semibold text-warn no-underline hover:underline"
          >
            <FlagIcon />
            {disagreements === 1 ? "The accounts of this call disagree" : `The accounts of this call disagree on ${disagreements} points`}
          </a>
        </p>
      )}
    </header>
  );
}
