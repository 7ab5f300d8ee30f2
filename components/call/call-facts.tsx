import Link from "@/components/ui/link";
import type { ReactNode } from "react";
import type { Dataset } from "@/lib/data";
import type { Call } from "@/lib/schema";
import { CALL_MODE_LABELS, LEVEL_LABELS } from "@/lib/constants";
import { counterpartCountries, resolveParticipants, type ResolvedParticipant } from "@/lib/calls";
import { callSourcing, sourcingDetail } from "@/lib/sourcing";
import { formatDate, formatList } from "@/lib/format";
import { countryPath, leaderPath, timelineHref } from "@/lib/paths";
import type { SameDayChain } from "@/lib/relations";
import { TagLink } from "../ui/tag-link";
import { SourceRefs } from "./source-refs";
import { SourcingBadge } from "./sourcing-badge";

type Labels = ReadonlyMap<string, string>;

function Fact({ label, children, id }: { label: ReactNode; children: ReactNode; id?: string }) {
  return (
    <div id={id} className="scroll-mt-4 border-t border-rule py-3 first:border-t-0 first:pt-0">
      <dt className="text-xs font-semibold uppercase tracking-wider text-muted">{label}</dt>
      <dd className="mt-1">{children}</dd>
    </div>
  );
}

function Participants({ people, side }: { people: readonly ResolvedParticipant[]; side: "russia" | "counterpart" }) {
  return (
    <ul className="space-y-2">
      {people.map((p) => (
        <li key={p.person.id}>
          <Link
            href={leaderPath(p.person.id)}
            className={`font-semibold ${side === "russia" ? "text-kremlin" : "text-counterpart"} underline-offset-2`}
          >
            {p.person.name}
          </Link>
          <span className="block text-sm text-muted">{p.office.title}</span>
          <span className="block text-xs text-muted">
            <span className="font-semibold">Level:</span> {LEVEL_LABELS[p.office.level].toLowerCase()}
          </span>
          {p.namedAs && <span className="block text-sm italic text-muted">Named in a source only as “{p.namedAs}”</span>}
        </li>
      ))}
    </ul>
  );
}

/** Who, when and how: the facts of the call beside its headline. */
export function CallFacts({
  dataset,
  call,
  chain,
  sourceLabels,
}: {
  dataset: Dataset;
  call: Call;
  chain: SameDayChain | undefined;
  sourceLabels: Labels;
}) {
  const { russians, counterparts } = resolveParticipants(dataset, call);
  const countries = counterpartCountries(dataset, call);
  const initiator = call.initiator;
  const sideName = (side: "russia" | "counterpart") =>
    side === "russia" ? "the Russian side" : `the ${formatList(countries.map((c) => c.adjective))} side`;
  const sourcing = callSourcing(dataset, call);
  return (
    <section aria-labelledby="facts-heading" className="border-t-2 border-ink bg-panel px-4 py-4 sm:px-5">
      <h2 id="facts-heading" className="mb-3 text-sm font-bold uppercase tracking-wider">
        The call
      </h2>
      <dl>
        <Fact label="Russia">
          <Participants people={russians} side="russia" />
        </Fact>
        {countries.map((country) => (
          <Fact
            key={country.code}
            label={
              <Link href={countryPath(country.code)} className="text-muted">
                {country.name}
              </Link>
            }
          >
            <Participants people={counterparts.filter((p) => p.country.code === country.code)} side="counterpart" />
          </Fact>
        ))}
        <Fact label="Date" id="date">
          <time dateTime={call.date} className="font-semibold">
            {formatDate(call.date)}
          </time>
          {call.dateCertainty === "inferred" && (
            <span className="ml-2 rounded-sm bg-paper px-1.5 py-px text-xs font-semibold uppercase tracking-wider text-warn">Inferred</span>
          )}
          {call.dateNote && (
            <p className="mt-1 text-sm leading-snug text-muted">
              <span className="font-semibold">{call.dateCertainty === "inferred" ? "How we inferred it: " : "On the date: "}</span>
              {call.dateNote}
            </p>
          )}
          {call.dateAccounts?.map((account, i) => (
            <p key={i} className="mt-2 text-sm leading-snug text-muted">
              <span className="font-semibold">
                Also reported as <time dateTime={account.date}>{formatDate(account.date)}</time>:
              </span>{" "}
              {account.note} <SourceRefs ids={account.sources} labels={sourceLabels} />
            </p>
          ))}
          {chain && (
            <p className="mt-2 text-sm">
              <a href="#same-day" className="underline underline-offset-2">
                {chain.ordered === "all" ? `Call ${chain.position} of ${chain.calls.length}` : `One of ${chain.calls.length} calls`} that day
              </a>
            </p>
          )}
        </Fact>
        <Fact label="How">
          {CALL_MODE_LABELS[call.mode]}
          {initiator && "disputed" in initiator ? (
            <div className="mt-1 text-sm leading-snug text-muted">
              <p>
                <span className="font-semibold text-warn">Who called whom is disputed.</span> {initiator.note}
              </p>
              <ul className="mt-1 list-disc space-y-1 pl-4">
                {initiator.accounts.map((account, i) => (
                  <li key={i}>
                    <span className="font-semibold text-ink">{account.by}:</span> initiated by {sideName(account.side)}. {account.note}{" "}
                    <SourceRefs ids={account.sources} labels={sourceLabels} />
                  </li>
                ))}
              </ul>
            </div>
          ) : initiator ? (
            <p className="mt-1 text-sm leading-snug text-muted">
              <span className="font-semibold text-ink">Initiated by {sideName(initiator.side)}.</span> {initiator.note}{" "}
              <SourceRefs ids={initiator.sources} labels={sourceLabels} />
            </p>
          ) : (
            <p className="mt-1 text-sm text-muted">Who placed the call is not reported.</p>
          )}
        </Fact>
        <Fact label="Sourcing" id="sourcing">
          <p className="text-sm leading-snug">
            {sourcing.singleSource && <SourcingBadge />} {sourcingDetail(dataset, call)}.
          </p>
          <p className="mt-1 text-sm leading-snug text-muted">
            <a href="#sources" className="underline underline-offset-2">
              The sources
            </a>{" "}
            ·{" "}
            <a href="/about#sourcing" className="underline underline-offset-2">
              how we count
            </a>
          </p>
        </Fact>
        <Fact label={call.topics.length === 1 ? "Topic" : "Topics"}>
          <ul className="flex flex-wrap gap-1.5">
            {call.topics.map((id) => (
              <li key={id}>
                <TagLink href={timelineHref({ topic: [id] })}>{dataset.topicById.get(id)?.label ?? id}</TagLink>
              </li>
            ))}
          </ul>
        </Fact>
      </dl>
    </section>
  );
}
