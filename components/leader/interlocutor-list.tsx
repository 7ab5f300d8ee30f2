import type { CSSProperties } from "react";
import Link from "@/components/ui/link";
import { formatDateShort, plural } from "@/lib/format";
import { latestOffice, type Interlocutor } from "@/lib/leaders";
import { leaderPath } from "@/lib/paths";
import { callPath } from "@/lib/site";

/** The people on the other side of someone's calls, most calls first, each with a bar of their share. */
export function InterlocutorList({ interlocutors, side }: { interlocutors: readonly Interlocutor[]; side: "russia" | "counterpart" }) {
  const max = Math.max(1, ...interlocutors.map((i) => i.count));
  const bar = side === "russia" ? "[--bar:var(--color-counterpart)]" : "[--bar:var(--color-kremlin)]";
  return (
    <ol className="mt-4 max-w-3xl">
      {interlocutors.map(({ person, count, last }) => (
        // Few elements a row (the list grows with the record): name and count, office and latest call, and the share as a bar drawn by the row's background (app/globals.css).
        <li key={person.id} className={`share-row ${bar}`} style={{ "--share": `${(count / max) * 100}%` } as CSSProperties}>
          <Link href={leaderPath(person.id)} className="font-semibold">
            {person.name}
          </Link>
          <span className="text-sm tabular-nums">{plural(count, "call")}</span>
          <p className="col-span-2 mb-2.5 text-sm text-muted">
            {latestOffice(person).title} · latest{" "}
            <Link href={callPath(last.id)} className="underline underline-offset-2">
              {formatDateShort(last.date)}
            </Link>
          </p>
        </li>
      ))}
    </ol>
  );
}
