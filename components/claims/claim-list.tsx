import Link from "@/components/ui/link";
import type { Dataset } from "@/lib/data";
import { claimSpeakers, type ClaimEntry } from "@/lib/claims";
import { toCallRowView } from "@/lib/calls";
import { formatDateShort } from "@/lib/format";
import { claimPath } from "@/lib/paths";
import { callPath } from "@/lib/site";
import { callWho } from "../call/call-line";
import { FlagIcon } from "../call/flag-icon";
import { KindBadge } from "../call/kind-badge";
import { ClaimBy } from "../call/person-links";
import { SIDE_TEXT } from "../call/side-styles";

type Group = { call: ClaimEntry["call"]; entries: ClaimEntry[] };

/** Consecutive entries of the same call, together (the ledger is sorted by call). */
function groupByCall(entries: readonly ClaimEntry[]): Group[] {
  const groups: Group[] = [];
  for (const entry of entries) {
    const last = groups.at(-1);
    if (last && last.call.id === entry.call.id) last.entries.push(entry);
    else groups.push({ call: entry.call, entries: [entry] });
  }
  return groups;
}

function ClaimRow({ dataset, entry }: { dataset: Dataset; entry: ClaimEntry }) {
  const { call, claim, reporter } = entry;
  const disputed = call.disagreements?.some((d) => d.claims.includes(claim.id)) ?? false;
  return (
    <>
      <p className="leading-snug">
        <Link href={claimPath(call.id, claim.id)} className="claim-link">
          {claim.statement}
        </Link>
      </p>
      <p className="claim-facts">
        <KindBadge kind={claim.kind} />
        <ClaimBy people={claimSpeakers(dataset, claim)} />
        {" · Reported in the "}
        <b className={SIDE_TEXT[reporter.side]}>{reporter.label}</b> ({reporter.by})
        {disputed && (
          <>
            {" · "}
            <b className="whitespace-nowrap text-warn">
              <FlagIcon /> Disputed by another account
            </b>
          </>
        )}
      </p>
    </>
  );
}

/** Claims grouped under their call (short class names: app/globals.css): date, who, headline (linked), then each claim linked to its place on the permalink. */
export function ClaimList({ dataset, entries, headingLevel = 3 }: { dataset: Dataset; entries: readonly ClaimEntry[]; headingLevel?: 2 | 3 }) {
  const Heading = `h${headingLevel}` as const;
  return (
    <ol className="mt-4 max-w-4xl">
      {groupByCall(entries).map(({ call, entries: group }) => (
        <li key={call.id} className="claim-group">
          <p className="text-sm text-muted">
            <time dateTime={call.date} className="call-date">
              {formatDateShort(call.date)}
            </time>
            {" · "}
            {callWho(toCallRowView(dataset, call))}
          </p>
          <Heading className="call-title">
            <Link href={callPath(call.id)}>
              {call.headline}
            </Link>
          </Heading>
          <ul className="claims">
            {group.map((entry) => (
              <li key={entry.claim.id}>
                <ClaimRow dataset={dataset} entry={entry} />
              </li>
            ))}
          </ul>
        </li>
      ))}
    </ol>
  );
}
