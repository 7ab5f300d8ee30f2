import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { notFound, permanentRedirect } from "next/navigation";
import { CallStats } from "@/components/call/call-stats";
import { RecentCalls } from "@/components/call/recent-calls";
import { Section } from "@/components/call/section";
import { TopicTally } from "@/components/country/topic-tally";
import { PatternChart } from "@/components/chart/pattern-chart";
import { patternChart, WHOLE_RECORD } from "@/lib/timeline/pattern";
import { PeopleGroup } from "@/components/leader/people-group";
import { countrySummary, listCounterpartCountries } from "@/lib/countries";
import { pageMetadata } from "@/lib/page-meta";
import { oembedAlternate } from "@/lib/embed/oembed";
import { getDataset } from "@/lib/data";
import { formatDate, formatList, plural } from "@/lib/format";
import { callSpan } from "@/lib/leaders";
import { countryPath, timelineHref } from "@/lib/paths";

type Props = { params: Promise<{ code: string }> };

export function generateStaticParams() {
  return listCounterpartCountries(getDataset()).map((country) => ({ code: country.code }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const dataset = getDataset();
  const summary = countrySummary(dataset, (await params).code);
  if (!summary) return {};
  const { country, calls, leaders } = summary;
  const span = callSpan(calls);
  const who = formatList(leaders.filter((l) => l.count > 0).map((l) => l.item.name));
  const description = `${plural(calls.length, "reported call")} between Russian officials and ${country.name}${
    span.first && span.last ? `, ${formatDate(span.first.date)} – ${formatDate(span.last.date)}` : ""
  }: with ${who}. Every call, what each side said, and the sources.`;
  const metadata = pageMetadata({ title: `Russia's calls with ${country.name}`, description, path: countryPath(country.code) });
  return { ...metadata, alternates: { ...metadata.alternates, types: oembedAlternate(countryPath(country.code), `Calls with ${country.name}`) } };
}

export default async function CountryPage({ params }: Props) {
  const { code } = await params;
  const dataset = getDataset();
  const summary = countrySummary(dataset, code);
  if (!summary) {
    // ISO codes are upper case; /countries/ir is a reader's typing of /countries/IR.
    if (code !== code.toUpperCase() && countrySummary(dataset, code.toUpperCase())) permanentRedirect(countryPath(code.toUpperCase()));
    notFound();
  }
  const { country, calls, leaders, russians, topics } = summary;
  const timeline = timelineHref({ country: [country.code] });

  return (
    <>
      <header>
        <nav aria-label="Breadcrumb" className="text-sm">
          <Link href="/countries">Countries</Link>
        </nav>
        <p className="mt-4 text-xs font-semibold uppercase tracking-[0.08em] text-muted">{country.region}</p>
        <h1 className="mt-2 font-serif text-4xl font-bold tracking-tight sm:text-5xl">{country.name}</h1>
        <p className="mt-2 max-w-2xl text-lg text-muted">Russian officials&rsquo; reported calls with {country.name}&rsquo;s leaders.</p>
        <CallStats span={callSpan(calls)} />
        <p className="mt-5">
          <Link
            href={timeline}
            className="inline-block rounded-sm border border-link px-3 py-2 text-sm font-semibold text-link no-underline hover:bg-link hover:text-paper"
          >
            Filter the timeline by {country.name}
          </Link>
        </p>
      </header>
      <div className="lg:grid lg:grid-cols-[minmax(0,1fr)_22rem] lg:gap-x-12">
        <div className="lg:col-start-2 lg:row-start-1">
          <Section id="leaders" title={`${country.adjective} leaders`}>
            <PeopleGroup people={leaders.map((t) => ({ person: t.item, calls: t.count }))} side="counterpart" />
          </Section>
          <Section id="russians" title="Russian officials">
            <PeopleGroup people={russians.map((t) => ({ person: t.item, calls: t.count }))} side="russia" />
          </Section>
          <Section id="topics" title="Topics">
            <TopicTally code={country.code} topics={topics} />
          </Section>
        </div>
        <div className="lg:col-start-1 lg:row-start-1">
          <Section id="pattern" title="The pattern">
            <CountryStrip code={country.code} name={country.name} />
          </Section>
          <Section id="calls" title="Calls">
            <RecentCalls dataset={dataset} calls={calls} timeline={timeline} />
          </Section>
        </div>
      </div>
    </>
  );
}

/** The country's own strip of the pattern chart: its calls on the time axis, by who spoke for Moscow. */
function CountryStrip({ code, name }: { code: string; name: string }) {
  const dataset = getDataset();
  const view = patternChart(dataset, { ...WHOLE_RECORD, countries: [code] }, dataset.callsByCountry.get(code) ?? []);
  return (
    <div className="mt-4">
      <PatternChart
        id="pattern-chart"
        headingLevel={3}
        view={view}
        title={`Russia’s calls with ${name}, and when`}
      />
    </div>
  );
}
