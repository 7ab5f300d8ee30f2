import type { Metadata } from "next";
import { ActiveFilters } from "@/components/timeline/active-filters";
import { Downloads } from "@/components/timeline/downloads";
import { EmptyState } from "@/components/timeline/empty-state";
import { FilterPanel } from "@/components/timeline/filter-panel";
import { Notices } from "@/components/timeline/notices";
import { Pagination } from "@/components/timeline/pagination";
import { ResultBar } from "@/components/timeline/result-bar";
import { TimelineList, type TimelineGroupView } from "@/components/timeline/timeline-list";
import { ViewSwitch } from "@/components/timeline/view-switch";
import { PatternChart } from "@/components/chart/pattern-chart";
import { patternChart } from "@/lib/timeline/pattern";
import { toCallRowView } from "@/lib/calls";
import { getDataset } from "@/lib/data";
import { callQueryToParams, filterCalls, getFilterOptions, isUnfiltered, PAGE_SIZE, paginate, parseCallQuery, SORT_ORDERS, type CallQuery, type RawParams } from "@/lib/filter";
import { EmbedCode } from "@/components/embed/embed-code";
import { oembedAlternate } from "@/lib/embed/oembed";
import { EMBED_LIMIT, EMBED_WIDTH, embedHeight, embedTimelinePath } from "@/lib/embed/paths";
import { timelineCard } from "@/lib/og/cards";
import { CARD_SIZE, CARD_TYPE } from "@/lib/og/size";
import { pageMetadata } from "@/lib/page-meta";
import { formatMonth } from "@/lib/format";
import { broadenings, filterChips, timelineHref } from "@/lib/timeline/chips";
import { buildTimeline } from "@/lib/timeline/timeline";
import type { Call } from "@/lib/schema";

type Props = { searchParams: Promise<RawParams> };

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const dataset = getDataset();
  const { query } = parseCallQuery(await searchParams, dataset);
  // The canonical address names the page actually shown (a page past the end shows the last one).
  const { page } = paginate(filterCalls(dataset, query), query.page);
  const labels = filterChips(query, dataset).map((chip) => chip.label);
  const about = labels.join(", ");
  const title = labels.length ? `Timeline: ${about.length > 80 ? `${about.slice(0, 79)}…` : about}` : "Timeline of calls";
  const description = "Every reported call by Russian officials during the Iran crisis, in order, with the crisis events around them. Filter by country, leader, topic, dates and words.";
  const canonical = timelineHref(query, { page });
  // The view's social card names its filters; it is drawn per view (app/og/timeline), so it is set here, not by an opengraph-image file.
  const view = callQueryToParams(query, { page: 1, sort: "newest", events: undefined }).toString();
  const card = timelineCard(dataset, query);
  const metadata = pageMetadata({ title, description, path: canonical });
  const image = { url: view ? `/og/timeline?${view}` : "/og/timeline", width: CARD_SIZE.width, height: CARD_SIZE.height, type: CARD_TYPE, alt: card.alt };
  return {
    ...metadata,
    alternates: { ...metadata.alternates, types: oembedAlternate(timelineHref(query), card.title) },
    openGraph: { ...metadata.openGraph, images: [image] },
    twitter: { ...metadata.twitter, images: [image] },
  };
}

export default async function CallsPage({ searchParams }: Props) {
  const dataset = getDataset();
  const { query, notices } = parseCallQuery(await searchParams, dataset);
  const results = filterCalls(dataset, query);
  const page = paginate(results, query.page);
  if (page.notice) notices.push(page.notice);
  const current = { ...query, page: page.page };
  const filtered = !isUnfiltered(query);
  const chips = filterChips(query, dataset);
  const eventsShown = query.events !== "hide";

  const chart = query.view === "chart";
  const groups: TimelineGroupView[] = chart ? [] : buildTimeline({
    results,
    page,
    pageSize: PAGE_SIZE,
    sort: query.sort,
    events: eventsShown ? dataset.events : [],
    range: query,
  }).map((group) => ({
    ...group,
    entries: group.entries.map((entry) =>
      entry.type === "call" ? { type: "call", row: toCallRowView(dataset, entry.call) } : { type: "event", event: entry.event },
    ),
  }));

  const first = dataset.calls[0];
  const last = dataset.calls.at(-1);
  const sortLabel = SORT_ORDERS.find((o) => o.value === query.sort)?.label.toLowerCase();

  return (
    <>
      <header className="max-w-3xl">
        <h1 className="font-serif text-3xl font-bold tracking-tight sm:text-4xl">Timeline</h1>
        <p className="mt-2 text-muted">
          Every reported call by Russian officials about the Iran crisis
          {first && last && ` from ${formatMonth(first.date)} to ${formatMonth(last.date)}`}, {sortLabel}, with the crisis events
          around them.
        </p>
      </header>

      <div className="group/timeline mt-6 grid gap-6 md:grid-cols-[16.5rem_minmax(0,1fr)] md:gap-10">
        <aside aria-labelledby="filters-heading">
          <h2 id="filters-heading" className="sr-only">
            Filters
          </h2>
          <FilterPanel query={query} options={getFilterOptions(dataset)} activeCount={chips.length} />
        </aside>

        <div className="min-w-0 transition-opacity duration-200 group-has-data-pending/timeline:opacity-50">
          <Notices notices={notices} />
          <ResultBar
            count={results.length}
            total={dataset.calls.length}
            filtered={filtered}
            range={!chart && page.pageCount > 1 ? [(page.page - 1) * PAGE_SIZE + 1, (page.page - 1) * PAGE_SIZE + page.items.length] : undefined}
            events={results.length > 0 ? { shown: eventsShown, href: timelineHref(current, { events: eventsShown ? "hide" : undefined }) } : undefined}
          />
          <ActiveFilters chips={chips} />
          {results.length > 0 && (
            <div className="mt-4">
              <ViewSwitch
                label="Show as"
                choices={[
                  { label: "List", href: timelineHref(current, { view: undefined, rows: undefined }), current: !chart },
                  { label: "Chart", href: timelineHref(current, { view: "chart", page: 1 }), current: chart },
                ]}
              />
            </div>
          )}
          <div className="mt-6">
            {results.length === 0 ? (
              <EmptyState chips={chips} broadenings={broadenings(dataset, query)} total={dataset.calls.length} />
            ) : chart ? (
              <PatternChartSection query={{ ...query, page: 1 }} results={results} />
            ) : (
              <TimelineList groups={groups} filtered={filtered} />
            )}
          </div>
          {!chart && <Pagination query={current} page={page.page} pageCount={page.pageCount} />}
          {results.length > 0 && <Downloads query={query} />}
          {results.length > 0 && (
            <EmbedCode
              id="embed-code"
              what="this view’s latest calls"
              src={embedTimelinePath(callQueryToParams(query, { page: 1, sort: "newest", events: undefined }).toString())}
              title={timelineCard(dataset, query).title}
              height={embedHeight("timeline", EMBED_WIDTH.default, Math.min(EMBED_LIMIT.default, results.length))}
            />
          )}
        </div>
      </div>
    </>
  );
}

/** The chart view: every matching call (not one page), with the row order as a choice. */
function PatternChartSection({ query, results }: { query: CallQuery; results: readonly Call[] }) {
  const view = patternChart(getDataset(), query, results);
  return (
    <PatternChart
      id="pattern"
      view={view}
      controls={
        <ViewSwitch
          label="Rows"
          choices={[
            { label: "Most calls", href: timelineHref(query, { rows: undefined }), current: query.rows !== "first" },
            { label: "First call", href: timelineHref(query, { rows: "first" }), current: query.rows === "first" },
          ]}
        />
      }
    />
  );
}
