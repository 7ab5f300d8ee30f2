import Link from "@/components/ui/link";
import type { Tally } from "@/lib/countries";
import type { Topic } from "@/lib/schema";
import { plural } from "@/lib/format";
import { timelineHref } from "@/lib/paths";

/** The topics of a country's calls, most frequent first, each linked to the timeline filtered by both. */
export function TopicTally({ code, topics }: { code: string; topics: readonly Tally<Topic>[] }) {
  return (
    <ul className="mt-2">
      {topics.map(({ item: topic, count }) => (
        <li key={topic.id} className="flex items-baseline justify-between gap-4 border-t border-rule py-2">
          <Link href={timelineHref({ country: [code], topic: [topic.id] })}>{topic.label}</Link>
          <span className="shrink-0 text-sm tabular-nums text-muted">{plural(count, "call")}</span>
        </li>
      ))}
    </ul>
  );
}
