import Link from "@/components/ui/link";
import { formatDateShort, plural } from "@/lib/format";
import { latestOffice, type Interlocutor } from "@/lib/leaders";
import { leaderPath } from "@/lib/paths";
import { callPath } from "@/lib/site";

/** The people on the other side of someone's calls, most calls first, each with a bar of their share. */
export function InterlocutorList({ interlocutors, side }: { interlocutors: readonly Interlocutor[]; side: "russia" | "counterpart" }) {
  const max = Math.max(1, ...interlocutors.map((i) => i.count));
  const bar = side === "russia" ? "bg-counterpart" : "bg-kremlin";
  return (
    <ol className="mt-4 max-w-3xl">
      {interlocutors.map(({ person, count, last }) => (
        <li key={person.id} className="border-t border-rule py-2.5">
          <div className="flex items-baseline justify-between gap-4">
            <Link href={leaderPath(person.id)} className="min-w-0 font-semibold">
              {person.name}
            </Link>
            <span className="shrink-0 text-sm tabular-nums">{plural(count, "call")}</span>
          </div>
          <p className="text-sm text-muted">
            {latestOffice(person).title}
            <span aria-hidden="true"> · </span>
            <span className="whitespace-nowrap">
              latest <Link href={callPath(last.id)} className="underline underline-offset-2">{formatDateShort(last.date)}</Link>
            </span>
          </p>
          <span aria-hidden="true" className="mt-1.5 block h-1 bg-panel">
            <span className={`block h-1 ${bar}`} style={{ width: `${(count / max) * 100}%` }} />
          </span>
        </li>
      ))}
    </ol>
  );
}
