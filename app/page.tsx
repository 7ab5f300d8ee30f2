import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { CallRow } from "@/components/call/call-row";
import { CallsChart } from "@/components/chart/calls-chart";
import { PatternChart } from "@/components/chart/pattern-chart";
import { patternChart, WHOLE_RECORD } from "@/lib/timeline/pattern";
import { KeyFigures } from "@/components/overview/key-figures";
import { KnownGaps, SearchedGaps } from "@/components/overview/known-gaps";
import { RecordCurrency } from "@/components/overview/record-currency";
import { WhoMoscowTalksTo } from "@/components/overview/who-moscow-talks-to";
import { toCallRowView } from "@/lib/calls";
import { FEED_ALTERNATE_TYPES } from "@/lib/exports/catalog";
import { getDataset } from "@/lib/data";
import { formatDate, formatMonth, plural } from "@/lib/format";
import { getOverview } from "@/lib/stats";
import { openLeadCount } from "@/lib/leads";

export const metadata: Metadata = {
  alternates: { canonical: "/", types: FEED_ALTERNATE_TYPES },
};

const LATEST = 5;

export default function OverviewPage() {
  const dataset = getDataset();
  const { figures, series, busiest, busiestAfter, gaps, rankings, totals } = getOverview(dataset);
  const openLeads = openLeadCount(dataset);
  const latest = dataset.calls.slice(-LATEST).reverse();
  const period = figures.firstCall && figures.latestCall ? `${formatMonth(figures.firstCall.date)} to ${formatMonth(figures.latestCall.date)}` : "";
  const unit = series.unit;
  const pattern = patternChart(dataset, WHOLE_RECORD, dataset.calls);

  return (
    <>
      <header className="max-w-3xl">
        <h1 className="font-serif text-3xl font-bold tracking-tight sm:text-4xl">Moscow on the phone through the Iran crisis</h1>
        <p className="mt-3 text-lg leading-relaxed">
          Readout records {plural(figures.calls, "reported call")} by Russian officials about the Iran crisis, from {period}, with
          leaders and officials of {plural(figures.counterpartCountries, "country", "countries")}.
          {busiest && (
            <>
              {" "}
              The busiest {unit} {unit === "week" ? `began ${formatDate(busiest.start)}` : `was ${formatMonth(busiest.start)}`}, with{" "}
              {plural(busiest.count, "call")}
              {busiestAfter ? `, following the crisis event “${busiestAfter.title}” of ${formatDate(busiestAfter.date)}` : ""}.
            </>
          )}
        </p>
      </header>

      <section aria-label="Key figures" className="mt-8">
        <KeyFigures figures={figures} dataset={dataset} />
      </section>

      <section className="mt-12">
        <PatternChart
          id="pattern"
          view={pattern}
          controls={
            <Link href="/calls?view=chart&rows=first" className="text-sm">
              Rows in order of first call
            </Link>
          }
        />
      </section>

      <section className="mt-12">
        <CallsChart
          id="calls-per-week"
          series={series}
          events={dataset.events}
          title={`Calls per ${unit}`}
          description={`Reported calls by Russian officials in each ${unit} from ${formatDate(series.start)} to ${formatDate(series.end)}, ${plural(series.total, "call")} in all, with the crisis events of the period marked on the same time line. The busiest ${unit} had ${plural(series.max, "call")}.`}
        />
      </section>

      <section className="mt-12" aria-labelledby="who-heading">
        <h2 id="who-heading" className="font-serif text-2xl font-semibold">
          Who Moscow talks to
        </h2>
        <p className="mt-1 max-w-3xl text-sm text-muted">Ranked by number of calls. Each row opens those calls on the timeline.</p>
        <WhoMoscowTalksTo rankings={rankings} totals={totals} />
      </section>

      <section className="mt-12" aria-labelledby="latest-heading">
        <div className="flex flex-wrap items-baseline justify-between gap-x-6 gap-y-1">
          <h2 id="latest-heading" className="font-serif text-2xl font-semibold">
            Latest calls
          </h2>
          <Link href="/calls" className="text-sm">
            All {plural(figures.calls, "call")} on the timeline
          </Link>
        </div>
        <ol className="mt-3">
          {latest.map((call) => (
            <CallRow key={call.id} call={toCallRowView(dataset, call)} headingLevel={3} />
          ))}
        </ol>
      </section>

      <section className="mt-12 grid gap-8 border-t border-rule pt-8 lg:grid-cols-[minmax(0,2fr)_minmax(0,1fr)]" aria-labelledby="gaps-heading">
        <div className="max-w-3xl">
          <h2 id="gaps-heading" className="font-serif text-2xl font-semibold">
            Where reporting is thin
          </h2>
          <p className="mt-1 text-sm text-muted">
            The record is only as complete as the reports behind it ({plural(figures.sources, "source")} so far). Long stretches without a
            recorded call show where our sources are thin, not that no call took place.
          </p>
          <div className="mt-3 space-y-3">
            <RecordCurrency latestCall={figures.latestCall?.date} coverage={dataset.coverage} />
            <KnownGaps gaps={gaps} />
            {dataset.coverage && dataset.coverage.gaps.length > 0 && (
              <>
                <p>The longest periods where searching the stored reporting found no call with a frequent counterpart:</p>
                <SearchedGaps gaps={dataset.coverage.gaps} limit={5} />
                <p className="text-sm">
                  <Link href="/about#gaps">All {dataset.coverage.gaps.length} known gaps, and how the reporting was searched</Link>
                </p>
              </>
            )}
          </div>
          <p className="mt-3 text-sm">
            {openLeads > 0 ? `${plural(openLeads, "reported call")} ${openLeads === 1 ? "rests" : "rest"} on a single unreliable page and ${openLeads === 1 ? "is" : "are"} not counted: ` : "Calls reported only by unreliable pages are not counted: "}
            <Link href="/leads" className="underline">
              see the leads
            </Link>
            .
          </p>
        </div>
        <div className="text-sm">
          <h2 className="font-semibold">Use the data</h2>
          <p className="mt-1 text-muted">Every call as CSV, JSON and PLOVER events, filtered or whole, and an Atom feed.</p>
          <p className="mt-2 flex flex-wrap gap-x-4 gap-y-1">
            <Link href="/data">Downloads</Link>
            <Link href="/about">How the data is made</Link>
          </p>
        </div>
      </section>
    </>
  );
}
