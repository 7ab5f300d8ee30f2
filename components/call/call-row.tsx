import type { CallRowView } from "@/lib/calls";
import { CALL_MODE_LABELS } from "@/lib/constants";
import { formatDateShort } from "@/lib/format";
import { callPath } from "@/lib/site";
import { TagLink } from "../ui/tag-link";
import { ParticipantsLine } from "./participants-line";
import { SourcingBadge } from "./sourcing-badge";

/**
 * One call in a list. Used by the timeline, leader, country and overview pages. Plain links, not
 * next/link: a page of 50 rows would otherwise prefetch a hundred pages as it scrolls into view.
 * The short class names are defined in app/globals.css.
 */
export function CallRow({ call, headingLevel = 3 }: { call: CallRowView; headingLevel?: 2 | 3 | 4 }) {
  const Heading = `h${headingLevel}` as const;
  return (
    <article className="call-row">
      <div className="call-meta">
        <time dateTime={call.date} className="call-date">
          {formatDateShort(call.date)}
        </time>
        {call.dateCertainty === "inferred" && (
          <span className="call-note" title={call.dateNote}>
            date inferred
          </span>
        )}
        <span className="call-mode">{CALL_MODE_LABELS[call.mode]}</span>
        <span className="call-level">
          <span className="sr-only">Level: </span>
          {call.levels}
        </span>
      </div>
      <div className="min-w-0">
        <ParticipantsLine russians={call.russians} counterparts={call.counterparts} />
        <Heading className="call-title">
          <a href={callPath(call.id)}>{call.headline}</a>
        </Heading>
        <p className="call-sourcing">
          {call.sourcing.singleSource && <SourcingBadge />}
          {call.sourcing.line}
        </p>
        {call.topics.length > 0 && (
          <p className="tags">
            <span className="sr-only">Topics: </span>
            {call.topics.map((topic) => (
              <TagLink key={topic.id} href={`/calls?topic=${encodeURIComponent(topic.id)}`}>
                {topic.label}
              </TagLink>
            ))}
          </p>
        )}
      </div>
    </article>
  );
}
