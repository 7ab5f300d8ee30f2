import Link from "next/link";
import type { CallRowView } from "@/lib/calls";
import { CALL_MODE_LABELS } from "@/lib/constants";
import { formatDateShort } from "@/lib/format";
import { callPath } from "@/lib/site";
import { TagLink } from "../ui/tag-link";
import { ParticipantsLine } from "./participants-line";

/** One call in a list. Used by the timeline, leader, country and overview pages. */
export function CallRow({ call, headingLevel = 3 }: { call: CallRowView; headingLevel?: 2 | 3 | 4 }) {
  const Heading = `h${headingLevel}` as const;
  return (
    <article className="grid gap-x-6 gap-y-1 border-t border-rule py-4 sm:grid-cols-[8.5rem_1fr]">
      <div className="flex items-baseline gap-3 text-sm text-muted sm:block">
        <time dateTime={call.date} className="font-medium tabular-nums text-ink">
          {formatDateShort(call.date)}
        </time>
        {call.dateCertainty === "inferred" && (
          <span className="block text-xs italic" title={call.dateNote}>
            date inferred
          </span>
        )}
        <span className="block text-xs uppercase tracking-wide">{CALL_MODE_LABELS[call.mode]}</span>
      </div>
      <div className="min-w-0">
        <ParticipantsLine russians={call.russians} counterparts={call.counterparts} />
        <Heading className="mt-1 font-serif text-lg font-semibold leading-snug">
          <Link href={callPath(call.id)} className="text-ink hover:text-link">
            {call.headline}
          </Link>
        </Heading>
        {call.topics.length > 0 && (
          <ul className="mt-2 flex flex-wrap gap-1.5" aria-label="Topics">
            {call.topics.map((topic) => (
              <li key={topic.id}>
                <TagLink href={`/calls?topic=${encodeURIComponent(topic.id)}`}>{topic.label}</TagLink>
              </li>
            ))}
          </ul>
        )}
      </div>
    </article>
  );
}
