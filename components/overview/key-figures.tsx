import Link from "@/components/ui/link";
import type { ReactNode } from "react";
import { formatList, formatDateShort } from "@/lib/format";
import type { Dataset } from "@/lib/data/validate";
import { resolveParticipants } from "@/lib/calls";
import type { KeyFigures as Figures } from "@/lib/stats";
import { callPath } from "@/lib/site";

function Figure({ label, value, note }: { label: string; value: ReactNode; note?: ReactNode }) {
  return (
    <div className="flex flex-col-reverse justify-end gap-1 bg-paper p-4">
      <dt className="text-sm leading-snug text-muted">
        {label}
        {note && <span className="block text-xs">{note}</span>}
      </dt>
      <dd className="font-serif text-3xl font-semibold leading-none tabular-nums">{value}</dd>
    </div>
  );
}

/** The breadth of the data in one row: calls, countries, leaders, period, sources, latest call. */
export function KeyFigures({ figures, dataset }: { figures: Figures; dataset: Dataset }) {
  const latest = figures.latestCall;
  const latestWho = latest ? resolveParticipants(dataset, latest) : undefined;
  return (
    <dl className="grid grid-cols-2 gap-px overflow-hidden rounded-md border border-rule bg-rule sm:grid-cols-3">
      <Figure label="Calls" value={figures.calls.toLocaleString("en-GB")} note={`on ${figures.callDays.toLocaleString("en-GB")} days`} />
      <Figure label="Counterpart countries" value={figures.counterpartCountries.toLocaleString("en-GB")} />
      <Figure
        label="Leaders and officials"
        value={figures.leaders.toLocaleString("en-GB")}
        note={`${figures.russianOfficials} Russian, ${figures.counterpartLeaders} foreign`}
      />
      <Figure
        label="Days covered"
        value={figures.daysCovered.toLocaleString("en-GB")}
        note={figures.firstCall && latest ? `${formatDateShort(figures.firstCall.date)} – ${formatDateShort(latest.date)}` : undefined}
      />
      <Figure label="Sources cited" value={figures.sources.toLocaleString("en-GB")} note="news reports and official readouts" />
      {latest && latestWho && (
        <Figure
          label="Latest call"
          value={<time dateTime={latest.date}>{formatDateShort(latest.date)}</time>}
          note={
            <Link href={callPath(latest.id)}>
              {formatList(latestWho.russians.map((p) => p.person.name))} with{" "}
              {formatList(latestWho.counterparts.map((p) => p.person.name))}
            </Link>
          }
        />
      )}
    </dl>
  );
}
