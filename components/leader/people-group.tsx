import Link from "@/components/ui/link";
import { plural } from "@/lib/format";
import { latestOffice, type PersonEntry } from "@/lib/leaders";
import { leaderPath } from "@/lib/paths";

/** People with their latest office and their number of calls, one per row. */
export function PeopleGroup({ people, side }: { people: readonly PersonEntry[]; side: "russia" | "counterpart" }) {
  return (
    <ul className="mt-2">
      {people.map(({ person, calls }) => (
        <li key={person.id} className="flex items-baseline justify-between gap-4 border-t border-rule py-2.5">
          <span className="min-w-0">
            <Link href={leaderPath(person.id)} className={`font-semibold ${side === "russia" ? "text-kremlin" : "text-counterpart"}`}>
              {person.name}
            </Link>
            <span className="block text-sm text-muted">{latestOffice(person).title}</span>
          </span>
          <span className="shrink-0 text-sm tabular-nums text-muted">{plural(calls, "call")}</span>
        </li>
      ))}
    </ul>
  );
}
