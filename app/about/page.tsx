import type { Metadata } from "next";
import { CitationDownloads } from "@/components/data/citation-downloads";
import { OPENAPI_PATH } from "@/lib/exports/openapi";
import Link from "@/components/ui/link";
import { DocSection } from "@/components/data/doc-section";
import { KnownGaps, SearchedGaps } from "@/components/overview/known-gaps";
import { RecordCurrency } from "@/components/overview/record-currency";
import { SOURCE_KINDS, type SourceKind } from "@/lib/constants";
import { RecordHealth } from "@/components/report/record-health";
import { getChanges } from "@/lib/changes/changes";
import { CHANGES_FEED_PATH, CHANGES_PATH } from "@/lib/changes/paths";
import { getDataset } from "@/lib/data";
import { recordHealth } from "@/lib/report/health";
import { FEED_ALTERNATE_TYPES } from "@/lib/exports/catalog";
import { DATA_LICENSE, callCitation, datasetCitation } from "@/lib/exports/meta";
import { formatDate, formatList, languageName, plural } from "@/lib/format";
import { absoluteUrl, callPath } from "@/lib/site";
import { getOverview } from "@/lib/stats";
import { openLeadCount } from "@/lib/leads";
import { callSourcing } from "@/lib/sourcing";

export const metadata: Metadata = {
  title: "Method",
  description: "What counts as a call, how sources are chosen and cited, how dates are inferred, how claims are attributed, how records are corrected, and how to cite the data.",
  alternates: { canonical: "/about", types: FEED_ALTERNATE_TYPES },
};

/** How a number of sources of each kind reads in a sentence. */
const SOURCE_KIND_PLURALS: Record<SourceKind, [string, string]> = {
  news: ["news report", "news reports"],
  wire: ["wire-service story", "wire-service stories"],
  "official-readout": ["official readout", "official readouts"],
  "official-statement": ["official statement", "official statements"],
};

export default function AboutPage() {
  const dataset = getDataset();
  const { figures, gaps } = getOverview(dataset);
  const sourceKinds = SOURCE_KINDS.map((kind) => ({ kind, count: dataset.sources.filter((s) => s.kind === kind).length })).filter((k) => k.count > 0);
  const languages = [...new Set(dataset.sources.map((s) => s.language))].map(languageName);
  const withDateAccounts = dataset.calls.filter((c) => c.dateAccounts?.length).length;
  const withDisagreements = dataset.calls.filter((c) => c.disagreements?.length).length;
  const example = dataset.calls.at(-1);
  const latestAddition = getChanges(dataset).find((change) => change.kind === "added")?.date;
  const singleSource = dataset.calls.filter((call) => callSourcing(dataset, call).singleSource).length;
  const openLeads = openLeadCount(dataset);
  const first = figures.firstCall;
  const latest = figures.latestCall;

  return (
    <>
      <header className="max-w-3xl">
        <h1 className="font-serif text-3xl font-bold tracking-tight sm:text-4xl">Method</h1>
        <p className="mt-3 text-lg leading-relaxed">
          How Readout decides what is a call, where each fact comes from, how dates and claims are recorded, and how mistakes are put right.
        </p>
      </header>

      <DocSection id="scope" title="Scope">
        <p>
          Readout records the phone and video calls, from April 2024 on, of Russian officials — the president, the foreign minister,
          Kremlin aides, the Security Council secretary, deputy foreign ministers, special envoys and the defence minister — that fall in
          one of two groups:
        </p>
        <ul className="list-disc space-y-1 pl-5">
          <li>
            every call with an Iranian official, whatever the subject: condolences, congratulations, energy and Syria included, because
            the relationship is the story (calls about bilateral business carry the topic{" "}
            <Link href="/calls?topic=bilateral-ties">Bilateral business</Link>, so they can be filtered out);
          </li>
          <li>
            every call with anyone else in which a source says Iran, the Iran–Israel confrontation, Iran&rsquo;s nuclear programme or the war
            on Iran came up.
          </li>
        </ul>
        <p>
          A call whose readouts speak only of &ldquo;the Middle East&rdquo; without naming Iran stays out; the research log lists such calls as
          borderline. Meetings in person are out.
        </p>
        {first && latest && (
          <p>
            It now holds {plural(figures.calls, "call")} between {formatDate(first.date)} and {formatDate(latest.date)}, with{" "}
            {plural(figures.counterpartLeaders, "counterpart")} from {plural(figures.counterpartCountries, "country", "countries")}, drawn
            from {plural(figures.sources, "source")}. It is a record of what was reported, not of every call that took place: see{" "}
            <a href="#gaps">known gaps</a>.
          </p>
        )}
      </DocSection>

      <DocSection id="what-counts" title="What counts as a call">
        <p>
          A call is a phone or video conversation between at least one Russian official and at least one foreign leader or official that a
          published source reports took place. Meetings in person, letters, messages passed through intermediaries and public statements
          are not calls. Several people on a side make one call, not several: Yuri Ushakov speaking with both Steve Witkoff and Jared
          Kushner is one record.
        </p>
        <p>
          A call belongs here when a source reports that the Iran crisis was discussed, even if other subjects were too; those subjects are
          tagged (the Ukraine talks, for example). Each call has one permanent id, made of its date and participants, which is also its
          address: <code className="font-mono text-sm">/calls/&lt;id&gt;</code>.
        </p>
      </DocSection>

      <DocSection id="sources" title="Sources and citation">
        <p>
          Every record is traceable to published sources, and every part of it — each readout, quote, claim and date — cites the sources
          it rests on. We prefer the official readouts (the Kremlin&rsquo;s, the foreign ministries&rsquo;, the counterpart&rsquo;s office) and the
          wire services and newspapers that carry them; where a page reproduces an agency&rsquo;s copy, the record names the agency too.
          Each source is listed with its publisher, headline, date, address and language.
        </p>
        {sourceKinds.length > 0 && (
          <p>
            The {plural(figures.sources, "source")} cited so far:{" "}
            {formatList(sourceKinds.map((k) => plural(k.count, ...SOURCE_KIND_PLURALS[k.kind])))}, in{" "}
            {formatList(languages)}.
          </p>
        )}
        <p>
          Headlines and summaries are in our own words; we never copy a report&rsquo;s sentences. Only officials&rsquo; own words are quoted,
          verbatim, as a source quotes them, marked as quotations with their speaker and source.
        </p>
      </DocSection>

      <DocSection id="sourcing" title="How well each call is sourced">
        <p>
          Every call shows how it is sourced, on the timeline and on its page: which sides gave their own account of it (the Kremlin or the
          Russian Foreign Ministry, the counterpart&rsquo;s office), and how many independent reports carry it. Independent reports are
          distinct outlets: an agency&rsquo;s story carried by several sites counts once, as the agency. A call carried by one report only is
          marked <span className="badge badge-warn">Single source</span>; the timeline can show only those calls (
          <Link href="/calls?sourcing=single-source">sourcing=single-source</Link>), and the downloads carry the figures.{" "}
          {plural(singleSource, "call")} of {figures.calls} {singleSource === 1 ? "rests" : "rest"} on one report only.
        </p>
        <p>
          Some pages are of low reliability: auto-generated news, SEO sites, aggregators that name no agency. They are marked as such where
          they are cited and are never counted as reports. A call that rests on such pages alone is not a record but a lead: it is listed,
          with its sources and why it is not a record, on the <Link href="/leads">leads page</Link> ({plural(openLeads, "open lead")} at
          present), and becomes a record when reliable reporting confirms it.
        </p>
      </DocSection>

      <DocSection id="dates" title="Dates">
        <p>
          A date is <strong className="font-semibold">exact</strong> when a source states it. Reports often give only a weekday (&ldquo;on
          Tuesday&rdquo;); we then work the date out from the report&rsquo;s own date, mark it <strong className="font-semibold">inferred</strong>,
          and write down the reasoning, which the call&rsquo;s page shows. Where sources give different dates, the record keeps each with its
          sources and says which was chosen and why.
        </p>
        <p>
          {plural(figures.inferredDates, "call")} of {figures.calls} {figures.inferredDates === 1 ? "has" : "have"} an inferred date;{" "}
          {withDateAccounts === 0 ? "no record has" : `${plural(withDateAccounts, "record")} ${withDateAccounts === 1 ? "has" : "have"}`}{" "}
          sources that disagree on the date. Where sources give the order of a day&rsquo;s calls, the timeline keeps it.
        </p>
      </DocSection>

      <DocSection id="claims" title="Readouts and claims">
        <p>
          Each side&rsquo;s account of a call is kept apart: the Kremlin&rsquo;s readout, the counterpart&rsquo;s, and any third party&rsquo;s (an envoy
          speaking to the press, for instance). Where the Kremlin published nothing, the record says so. {plural(figures.withKremlinReadout, "call")}{" "}
          {figures.withKremlinReadout === 1 ? "has" : "have"} a Kremlin readout and {plural(figures.withOtherReadout, "call")}{" "}
          {figures.withOtherReadout === 1 ? "has" : "have"} another account.
        </p>
        <p>
          A claim is one statement made in a call, in our words: who made it, what kind of statement it is (a position, a proposal, an
          offer, a denial, condolences…), and which account reports it. &ldquo;Putin offered to mediate, according to the Kremlin&rdquo; and
          &ldquo;Putin offered to mediate, according to the other side&rdquo; are different claims, and both are kept. When two accounts of one
          call disagree, the record lists the claims that conflict and says how; {plural(withDisagreements, "call")} so far{" "}
          {withDisagreements === 1 ? "has" : "have"} such a disagreement. There are {plural(figures.claims, "claim")} in all, listed on{" "}
          <Link href="/claims">the claims page</Link>.
        </p>
      </DocSection>

      <DocSection id="corrections" title="Corrections">
        <p>
          Records are corrected in the open. Each record keeps a list of dated corrections saying what changed, shown on the call&rsquo;s
          page; the feed marks a corrected entry as updated. A call&rsquo;s id and address never change once published, so links and
          citations keep working. {figures.corrected === 0 ? "No record has been corrected so far." : `${plural(figures.corrected, "record")} ${figures.corrected === 1 ? "has" : "have"} been corrected so far.`}
        </p>
        <p>
          Every record also says when it was first published. The <Link href={CHANGES_PATH}>changes page</Link> lists each call added and
          each correction, newest first, and <a href={CHANGES_FEED_PATH}>{CHANGES_FEED_PATH}</a> is the same list as a feed; the timeline
          can show only the calls added since a day{latestAddition && (
            <>
              {" "}
              (<Link href={`/calls?added-since=${latestAddition}`}>the latest additions</Link>)
            </>
          )}.
        </p>
      </DocSection>

      <DocSection id="health" title="The record's health">
        <p>
          Where the record is thin, in figures: the curators see the same with <code className="font-mono text-sm">npm run report</code>{" "}
          (data version <code className="font-mono text-sm">{dataset.version}</code>).
        </p>
        <RecordHealth health={recordHealth(dataset)} />
      </DocSection>

      <DocSection id="gaps" title="Known gaps">
        <p>
          Readout is built from public reports, and the record is only as complete as they are. It began with a handful of news articles
          and grows as more reporting is added. The longest stretches without a recorded call:
        </p>
        <RecordCurrency latestCall={latest?.date} coverage={dataset.coverage} />
        <KnownGaps gaps={gaps} />
        {dataset.coverage && dataset.coverage.gaps.length > 0 && (
          <>
            <p>
              The curators search the stored reporting counterpart by counterpart and month by month, in Russian, English, Persian, Arabic
              and Turkish; the full table, query by query, is in the research log that ships with the data. Where that search found no call:
            </p>
            <SearchedGaps gaps={dataset.coverage.gaps} />
          </>
        )}
        <p>
          These stretches show where our sources are thin, not that no call took place: calls made during them may simply not be in our
          sources yet. Counts on the <Link href="/">overview</Link> should be read with that in mind. Calls that a single unreliable page
          reports are on the <Link href="/leads">leads page</Link>.
        </p>
      </DocSection>

      <DocSection id="cite" title="How to cite">
        <p>
          Cite the dataset with its version (now <code>{dataset.version}</code>), which changes whenever the data does:
        </p>
        <blockquote className="border-l-4 border-rule pl-4 text-sm">{datasetCitation(dataset.version)}</blockquote>
        <p>
          For a reference manager (Zotero, EndNote, Mendeley, JabRef), download the dataset&rsquo;s citation as{" "}
          <CitationDownloads />
          . Every call&rsquo;s page offers the same three for that call, under &ldquo;Cite and share&rdquo;, and carries Highwire
          citation tags, so Zotero&rsquo;s browser connector saves it as an item with its title, date and address. A call is dated
          the day it took place; add the date you read it, as your style asks.
        </p>
        {example && (
          <>
            <p>Cite one call by its permalink, for example:</p>
            <blockquote className="border-l-4 border-rule pl-4 text-sm">
              {callCitation(example.headline, formatDate(example.date), absoluteUrl(callPath(example.id)))}
            </blockquote>
          </>
        )}
        <p>When you quote an official, cite the source the record names for the quotation as well.</p>
        <p>
          To show a call or a timeline view on your own site, use &ldquo;Embed&rdquo; on its page or our oEmbed endpoint, <code>/oembed?url=…</code>. Every endpoint is described in <a href={OPENAPI_PATH}>the OpenAPI document</a>.
        </p>
      </DocSection>

      <DocSection id="licence" title="Licence">
        <p>
          The data — our records, summaries and their structure — is published under the{" "}
          <a href={DATA_LICENSE.url} rel="license">
            {DATA_LICENSE.name}
          </a>{" "}
          licence. Quotations remain their speakers&rsquo; words and source headlines belong to their publishers. Everything can be
          downloaded from the <Link href="/data">data page</Link>, whole or filtered.
        </p>
      </DocSection>
    </>
  );
}
