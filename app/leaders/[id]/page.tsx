import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { notFound } from "next/navigation";
import { JsonLd } from "@/components/call/json-ld";
import { RecentCalls } from "@/components/call/recent-calls";
import { Section } from "@/components/call/section";
import { ClaimList } from "@/components/claims/claim-list";
import { InterlocutorList } from "@/components/leader/interlocutor-list";
import { LeaderHeader, OfficeList } from "@/components/leader/leader-profile";
import { PatternChart } from "@/components/chart/pattern-chart";
import { patternChart, WHOLE_RECORD } from "@/lib/timeline/pattern";
import { claimLedger, NO_CLAIM_FILTERS } from "@/lib/claims";
import { claimsHref } from "@/lib/claims-query";
import { pageMetadata } from "@/lib/page-meta";
import { oembedAlternate } from "@/lib/embed/oembed";
import { getDataset, getPerson } from "@/lib/data";
import { plural } from "@/lib/format";
import { leaderProfile } from "@/lib/leader-meta";
import { interlocutors, personSide, shownInterlocutors } from "@/lib/leaders";
import { leaderPath, timelineHref } from "@/lib/paths";

/** The claims list stays bounded however many claims a leader has; the ledger pages through the rest. */
const CLAIMS_LIMIT = 20;

type Props = { params: Promise<{ id: string }> };

export function generateStaticParams() {
  return getDataset().people.map((person) => ({ id: person.id }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const person = getPerson((await params).id);
  if (!person) return {};
  const { description } = leaderProfile(getDataset(), person);
  const metadata = pageMetadata({ title: person.name, description, path: leaderPath(person.id), type: "profile" });
  // Embeddable (their latest calls) where they have calls.
  const embeddable = getDataset().callsByPerson.has(person.id);
  return embeddable ? { ...metadata, alternates: { ...metadata.alternates, types: oembedAlternate(leaderPath(person.id), `Calls involving ${person.name}`) } } : metadata;
}

export default async function LeaderPage({ params }: Props) {
  const person = getPerson((await params).id);
  if (!person) notFound();
  const dataset = getDataset();
  const side = personSide(person);
  const calls = dataset.callsByPerson.get(person.id) ?? [];
  const claims = claimLedger(dataset).bySpeaker.get(person.id) ?? [];
  const people = shownInterlocutors(interlocutors(dataset, person.id));
  const timeline = timelineHref({ leader: [person.id] });
  const pattern = patternChart(dataset, { ...WHOLE_RECORD, leaders: [person.id] }, calls);

  return (
    <>
      <LeaderHeader dataset={dataset} person={person} />
      <div className="lg:grid lg:grid-cols-[minmax(0,1fr)_22rem] lg:gap-x-12">
        <div className="lg:col-start-2 lg:row-start-1">
          <Section id="spoke-with" title={side === "russia" ? "Counterparts" : "Russian officials"}>
            {people.shown.length === 0 ? (
              <p className="mt-3 text-muted">No calls recorded.</p>
            ) : (
              <InterlocutorList interlocutors={people.shown} side={side} />
            )}
            {people.hidden > 0 && (
              <p className="mt-2 text-sm text-muted">
                {people.hidden} more, with fewer calls: every call is in{" "}
                <Link href={timeline} className="underline underline-offset-2">
                  the timeline
                </Link>
                .
              </p>
            )}
          </Section>
          <Section id="offices" title="Offices">
            <OfficeList dataset={dataset} person={person} />
          </Section>
        </div>
        <div className="lg:col-start-1 lg:row-start-1">
          {calls.length > 0 && (
            <Section id="pattern" title="The pattern">
              <div className="mt-4">
                <PatternChart
                  id="pattern-chart"
                  headingLevel={3}
                  view={pattern}
                  title={`${person.name}’s calls, by country and date`}
                />
              </div>
            </Section>
          )}
          <Section id="calls" title="Calls">
            <RecentCalls dataset={dataset} calls={calls} timeline={timeline} />
          </Section>
          <Section id="claims" title="Claims made">
            {claims.length === 0 ? (
              <p className="mt-3 text-muted">No claims attributed to {person.name} in the accounts we record.</p>
            ) : (
              <>
                <p className="mt-2 text-sm text-muted">
                  {claims.length > CLAIMS_LIMIT
                    ? `The latest ${CLAIMS_LIMIT} of ${plural(claims.length, "claim")} attributed to ${person.name}. `
                    : `${plural(claims.length, "claim")} attributed to ${person.name}, alone or jointly, by the accounts of the calls. `}
                  <Link href={claimsHref({ ...NO_CLAIM_FILTERS, speaker: [person.id] })} className="underline underline-offset-2">Filter them in the claims ledger</Link>
                </p>
                <ClaimList dataset={dataset} entries={claims.slice(0, CLAIMS_LIMIT)} />
              </>
            )}
          </Section>
        </div>
      </div>
      <JsonLd data={leaderProfile(dataset, person).jsonLd} />
    </>
  );
}
