import type { ReactNode } from "react";
import Link from "@/components/ui/link";
import { formatDateShort, formatMonth, plural } from "@/lib/format";
import type { CallRef, Health } from "@/lib/report/health";
import { callPath } from "@/lib/site";

function CallList({ calls, label }: { calls: readonly CallRef[]; label: string }) {
  if (calls.length === 0) return null;
  return (
    <details className="mt-1 text-sm">
      <summary className="cursor-pointer text-link">{label}</summary>
      <ul className="mt-2 space-y-1 pl-4">
        {calls.map((call) => (
          <li key={call.id}>
            <time dateTime={call.date} className="tabular-nums text-muted">
              {formatDateShort(call.date)}
            </time>{" "}
            <Link href={callPath(call.id)}>{call.headline}</Link>
          </li>
        ))}
      </ul>
    </details>
  );
}

function Figure({ value, children }: { value: number | string; children: ReactNode }) {
  return (
    <li className="grid grid-cols-[3.5rem_minmax(0,1fr)] gap-x-3 border-t border-rule py-2 first:border-t-0">
      <span className="text-right font-serif text-2xl font-semibold tabular-nums leading-tight">{value}</span>
      <div>{children}</div>
    </li>
  );
}

/** Months without a call are folded into one row per run, as in `npm run report`. */
function monthRows(health: Health) {
  const rows: { label: string; key: string; calls: number; byOfficial?: Record<string, number> }[] = [];
  for (let i = 0; i < health.months.length; i++) {
    const m = health.months[i]!;
    if (m.calls > 0) {
      rows.push({ label: formatMonth(`${m.month}-01`), key: m.month, calls: m.calls, byOfficial: m.byOfficial });
      continue;
    }
    let j = i;
    while (health.months[j + 1]?.calls === 0) j++;
    const last = health.months[j]!.month;
    rows.push({ label: j > i ? `${formatMonth(`${m.month}-01`)} – ${formatMonth(`${last}-01`)}` : formatMonth(`${m.month}-01`), key: m.month, calls: 0 });
    i = j;
  }
  return rows;
}

/** The record's health on the method page: the figures `npm run report` gives the curators. */
export function RecordHealth({ health }: { health: Health }) {
  const officials = health.officials.slice(0, 4);
  const cell = "px-2 py-1 text-right tabular-nums";
  return (
    <>
      <ul className="max-w-2xl">
        <Figure value={health.singleSource.length}>
          {health.singleSource.length === 1 ? "call rests" : "calls rest"} on one independent report (see them{" "}
          <Link href="/calls?sourcing=single-source">on the timeline</Link>).
          <CallList calls={health.singleSource} label="Which calls" />
        </Figure>
        <Figure value={health.withoutCounterpartAccount.length}>
          {health.withoutCounterpartAccount.length === 1 ? "call has" : "calls have"} no account from the counterpart&rsquo;s side, only the
          Kremlin&rsquo;s or a third party&rsquo;s.
          <CallList calls={health.withoutCounterpartAccount} label="Which calls" />
        </Figure>
        <Figure value={health.lowReliabilitySources.length}>
          low-reliability {health.lowReliabilitySources.length === 1 ? "source" : "sources"} (automatically generated or aggregator pages)
          {health.lowReliabilitySources.length > 0 ? ` cited by ${plural(health.lowReliabilitySources.reduce((n, s) => n + s.calls, 0), "call")}` : ""}.
        </Figure>
        <Figure value={health.leadsWaiting.length}>
          {health.leadsWaiting.length === 1 ? "lead" : "leads"} (calls reported but not confirmed) waiting: see the{" "}
          <Link href="/leads">leads page</Link>.
        </Figure>
        <Figure value={health.uncitedSources.length}>
          {health.uncitedSources.length === 1 ? "source" : "sources"} cited by nothing; {plural(health.citedByNoCall.length, "source")} cited
          only by crisis events, people&rsquo;s offices or leads.
        </Figure>
        <Figure value={health.notCorrectedSinceLaterSource.length}>
          {health.notCorrectedSinceLaterSource.length === 1 ? "record cites" : "records cite"} a report that appeared after the record was
          published, with no correction since.
          {health.undatedSourcesOnly.length > 0 && ` (Not knowable for ${plural(health.undatedSourcesOnly.length, "record")} whose sources carry no date.)`}
          <CallList calls={health.notCorrectedSinceLaterSource} label="Which records" />
        </Figure>
      </ul>
      <details className="mt-4">
        <summary className="cursor-pointer text-link">Calls by month and Russian official</summary>
        <div className="mt-2 overflow-x-auto">
          <table className="text-sm">
            <caption className="sr-only">Calls by month and Russian official</caption>
            <thead>
              <tr className="border-b border-rule">
                <th scope="col" className="px-2 py-1 text-left">
                  Month
                </th>
                <th scope="col" className={cell}>
                  Calls
                </th>
                {officials.map((o) => (
                  <th key={o.id} scope="col" className={cell}>
                    {o.name}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {monthRows(health).map((row) => (
                <tr key={row.key} className={row.calls === 0 ? "text-muted" : undefined}>
                  <th scope="row" className="px-2 py-1 text-left font-normal">
                    {row.label}
                  </th>
                  <td className={cell}>{row.calls}</td>
                  {officials.map((o) => (
                    <td key={o.id} className={cell}>
                      {row.byOfficial ? (row.byOfficial[o.id] ?? 0) : ""}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
            <tfoot>
              <tr className="border-t border-rule font-semibold">
                <th scope="row" className="px-2 py-1 text-left">
                  All
                </th>
                <td className={cell}>{health.calls}</td>
                {officials.map((o) => (
                  <td key={o.id} className={cell}>
                    {o.calls}
                  </td>
                ))}
              </tr>
            </tfoot>
          </table>
        </div>
      </details>
    </>
  );
}
