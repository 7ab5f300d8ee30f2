import type { CallRowView } from "@/lib/calls";
import { CALL_MODE_LABELS } from "@/lib/constants";
import { formatDateShort } from "@/lib/format";
import { callPath } from "@/lib/site";
import { ParticipantsLine } from "./participants-line";
import { SourcingBadge } from "./sourcing-badge";

/**
 * One call in a list, as the list's item (<li>). Used by the timeline, leader, country and overview
 * pages. Lists of calls are the bulk of those pages, and every element of a row is sent twice (in
 * the HTML and in React's page data), parsed, styled, laid out and hydrated, so a row is as few
 * elements as it can be: the date and mode on one line, who spoke, the headline as the one link to
 * the call, the participants' levels, and the sourcing with the topics in words (the permalink links each topic to the
 * filtered timeline). Plain links, not next/link: a page of 50 rows would otherwise prefetch a
 * hundred pages as it scrolls into view. The short class names are defined in app/globals.css.
 */
export function CallRow({ call, headingLevel = 3 }: { call: CallRowView; headingLevel?: 2 | 3 | 4 }) {
  const Heading = `h${headingLevel}` as const;
  const topics = call.topics.map((topic) => topic.label).join(", ");
  return (
    <li className="call-row">
      <p className="call-meta">
        <time dateTime={call.date} className="call-date">
          {formatDateShort(call.date)}
        </time>
        {` ${CALL_MODE_LABELS[call.mode]}${call.dateCertainty === "inferred" ? ", date inferred" : ""} · `}
        <span className="call-level">
          <span className="sr-only">Level: </span>
          {call.levels}
        </span>
      </p>
      <ParticipantsLine russians={call.russians} counterparts={call.counterparts} />
      <Heading className="call-title">
        <a href={callPath(call.id)}>{call.headline}</a>
      </Heading>
      <p className="call-sourcing">
        {call.sourcing.singleSource && <SourcingBadge />}
        {topics ? `${call.sourcing.line} · Topics: ${topics}` : call.sourcing.line}
      </p>
    </li>
  );
}
