import type { Metadata } from "next";
import { CitationDownloads } from "@/components/data/citation-downloads";
import { OPENAPI_PATH } from "@/lib/exports/openapi";
import Link from "@/components/ui/link";
import { DocSection } from "@/components/data/doc-section";
import { FieldList } from "@/components/data/field-list";
import { lastChanged } from "@/lib/changes/changes";
import { CHANGES_FEED_PATH, CHANGES_PATH } from "@/lib/changes/paths";
import { getDataset } from "@/lib/data";
import { EXPORT_ORDER, EXPORTS, FEED_ALTERNATE_TYPES, SCHEMA_EXPORT } from "@/lib/exports/catalog";
import { CALL_COLUMNS, CLAIM_COLUMNS, LIST_SEPARATOR } from "@/lib/exports/csv";
import { CALLS_JSON_FIELDS } from "@/lib/exports/json";
import { jsonSchemaText } from "@/lib/exports/json-schema";
import { DATA_LICENSE, datasetCitation } from "@/lib/exports/meta";
import { PLOVER_FIELDS } from "@/lib/exports/plover";
import { buildExport } from "@/lib/exports/respond";
import { formatDate, plural } from "@/lib/format";
import { LEVELS, LEVEL_LABELS } from "@/lib/constants";
import { CHART_IMAGE_PATHS } from "@/lib/timeline/pattern";

export const metadata: Metadata = {
  title: "Data and downloads",
  description: "Download every reported call as CSV, JSON or PLOVER events, filtered or whole; the claims as CSV; the JSON Schema; the Atom feed.",
  alternates: { canonical: "/data", types: FEED_ALTERNATE_TYPES },
};

function fileSize(text: string): string {
  const bytes = Buffer.byteLength(text, "utf8");
  return bytes < 1024 ? `${bytes} B` : bytes < 1024 * 1024 ? `${Math.round(bytes / 1024)} KB` : `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

const EXAMPLES = [
  { href: "/data/calls.csv?country=QA", what: "calls with Qatar, as CSV" },
  { href: "/data/claims.csv?leader=putin&from=2026-03-01", what: "the claims in Putin's calls since 1 March 2026" },
  { href: "/data/calls.plover.jsonl?topic=mediation&sort=oldest", what: "calls about mediation as PLOVER events, oldest first" },
  { href: "/feed.xml?country=IR", what: "a feed of the calls with Iran" },
  { href: "/data/calls.csv?added-since=2026-11-22", what: "the calls added to the record since 22 November 2026, as CSV" },
];

export default function DataPage() {
  const dataset = getDataset();
  const latest = dataset.calls.at(-1);
  const changed = lastChanged(dataset);
  const none = new URLSearchParams();
  const downloads = [
    ...EXPORT_ORDER.map((id) => ({ ...EXPORTS[id], size: fileSize(buildExport(dataset, id, none).body) })),
    { ...SCHEMA_EXPORT, id: "schema", size: fileSize(jsonSchemaText()) },
  ];

  return (
    <>
      <header className="max-w-3xl">
        <h1 className="font-serif text-3xl font-bold tracking-tight sm:text-4xl">Data and downloads</h1>
        <p className="mt-3 text-lg leading-relaxed">
          Everything on this site can be downloaded: {plural(dataset.calls.length, "call")}, their claims, the people, countries and
          sources they refer to. Free to reuse under{" "}
          <a href={DATA_LICENSE.url} rel="license" className="underline">
            {DATA_LICENSE.id}
          </a>
          , with credit.
        </p>
        <p className="mt-2 text-sm text-muted">
          Data version <code className="font-mono">{dataset.version}</code>
          {latest && <>, latest call {formatDate(latest.date)}</>}
          {changed && (
            <>
              , last changed <Link href={CHANGES_PATH} className="underline">{formatDate(changed)}</Link>
            </>
          )}
          . The version changes whenever the data does.
        </p>
      </header>

      <DocSection wide id="downloads" title="Downloads">
        <ul className="divide-y divide-rule border-y border-rule">
          {downloads.map((d) => (
            <li key={d.path} className="grid gap-x-6 gap-y-1 py-4 sm:grid-cols-[minmax(0,16rem)_minmax(0,1fr)]">
              <div>
                <a href={d.path} className="font-semibold" data-download>
                  {d.title}
                </a>
                <p className="font-mono text-xs text-muted">
                  {d.path} · {d.size}
                </p>
              </div>
              <p className="text-sm">{d.description}</p>
            </li>
          ))}
        </ul>
        <p className="text-sm text-muted">
          Text is UTF-8. The CSV files follow RFC 4180: a header row, every text field in double quotes, lines ending in CRLF; a field that
          holds several values (several participants, topics or sources) joins them, in the record&rsquo;s order, with a vertical bar
          between spaces: <code className="whitespace-pre font-mono text-ink">{`"Vladimir Putin${LIST_SEPARATOR}Sergei Lavrov"`}</code>. In Excel, open them with
          Data › From Text/CSV and choose UTF-8, so that Cyrillic and Arabic names display correctly.
        </p>
      </DocSection>

      <DocSection id="filtered" title="Download exactly what you filtered">
        <p>
          Every download takes the same parameters as the <Link href="/calls">timeline</Link>, so the calls in a download are the calls of
          that view: <code className="font-mono">country</code> (ISO code), <code className="font-mono">leader</code> (person id) and{" "}
          <code className="font-mono">topic</code>, <code className="font-mono">level</code> (<code className="font-mono">head</code>,{" "}
          <code className="font-mono">foreign-minister</code>, <code className="font-mono">other</code>) and{" "}
          <code className="font-mono">sourcing</code>, each repeatable (either value matches); <code className="font-mono">from</code> and{" "}
          <code className="font-mono">to</code> (YYYY-MM-DD, inclusive); <code className="font-mono">added-since</code> (YYYY-MM-DD: only
          the calls added to the record on or after that day); <code className="font-mono">q</code> (words to search for); and{" "}
          <code className="font-mono">sort</code> (<code className="font-mono">newest</code>, the default, or{" "}
          <code className="font-mono">oldest</code>). A download holds every matching call, not one page. The timeline links to the
          download of the view on screen.
        </p>
        <ul className="list-disc space-y-1 pl-5 text-sm">
          {EXAMPLES.map((e) => (
            <li key={e.href}>
              <a href={e.href} className="font-mono">
                {e.href}
              </a>{" "}
              — {e.what}
            </li>
          ))}
        </ul>
        <p className="text-sm text-muted">
          A parameter that is unknown or malformed is ignored, never an error; the response&rsquo;s{" "}
          <code className="font-mono">X-Readout-Notice</code> header (and <code className="font-mono">notices</code> in calls.json) says
          what was ignored, and <code className="font-mono">X-Readout-Count</code> gives the number of calls.
        </p>
      </DocSection>

      <DocSection id="levels" title="Levels">
        <p>
          Every participant has a level, from the office they held on the day of the call:{" "}
          {LEVELS.map((level, i) => (
            <span key={level}>
              {i > 0 && (i === LEVELS.length - 1 ? " or " : ", ")}
              <code className="font-mono">{level}</code> ({LEVEL_LABELS[level].toLowerCase()})
            </span>
          ))}
          . Foreign ministers count under any title (acting, “external affairs”); “other” covers aides, security council secretaries,
          deputy ministers, envoys and a president-elect not yet sworn in; an office that is both (Qatar&rsquo;s prime minister and foreign
          minister) counts as the more senior. The CSV files, calls.json, the PLOVER events and the feed carry it; the timeline filters by it.
        </p>
      </DocSection>

      <DocSection id="charts" title="Charts as images">
        <p>
          The pattern chart of any view of the timeline (who Moscow called, and when) downloads as{" "}
          <a href={CHART_IMAGE_PATHS.svg}>SVG</a> or <a href={CHART_IMAGE_PATHS.png}>PNG</a>, with its title, the filter in words, the
          credit line and the licence drawn on the image, for use in a story. The same parameters as the downloads above apply, and{" "}
          <code className="font-mono">rows=first</code> orders the countries by first call.
        </p>
      </DocSection>

      <DocSection wide id="calls-csv" title="calls.csv: one row per call">
        <FieldList fields={CALL_COLUMNS} label="Columns of calls.csv" />
      </DocSection>

      <DocSection wide id="claims-csv" title="claims.csv: one row per claim">
        <p className="text-sm">
          A claim is a statement made in a call, in our words, with who made it and which account reports it. The claims of a filtered
          download are those of its calls.
        </p>
        <FieldList fields={CLAIM_COLUMNS} label="Columns of claims.csv" />
      </DocSection>

      <DocSection wide id="calls-json" title="calls.json: the complete records">
        <p className="text-sm">
          One JSON object. Its <code className="font-mono">calls</code> are the records as we keep them, described field by field by the{" "}
          <a href={SCHEMA_EXPORT.path}>JSON Schema</a>.
        </p>
        <FieldList fields={CALLS_JSON_FIELDS} label="Fields of calls.json" />
      </DocSection>

      <DocSection wide id="plover" title="calls.plover.jsonl: PLOVER events">
        <p className="text-sm">
          For event-data analysts: one JSON object per line in the field names of{" "}
          <a href="https://github.com/openeventdata/PLOVER">PLOVER</a>, the Open Event Data Alliance&rsquo;s successor to CAMEO. Each call is a{" "}
          <code className="font-mono">CONSULT</code> event with mode <code className="font-mono">phone</code>; load it with{" "}
          <code className="font-mono">pandas.read_json(url, lines=True)</code> or any JSON Lines reader.
        </p>
        <FieldList fields={PLOVER_FIELDS} label="Fields of each PLOVER event" />
      </DocSection>

      <DocSection id="schema" title="The JSON Schema">
        <p className="text-sm">
          <a href={SCHEMA_EXPORT.path}>{SCHEMA_EXPORT.path}</a> is generated from the schemas this site validates its own data with, so it
          always matches. Its root validates one call record (as in <code className="font-mono">data/calls/&lt;id&gt;.json</code>);{" "}
          <code className="font-mono">$defs</code> describes each registry file and calls.json. Rules that span records — a person held the
          office named on the day of the call, every reference resolves — are checked by our validator, not by the schema.
        </p>
      </DocSection>

      <DocSection id="api" title="The API description">
        <p className="text-sm">
          <a href={OPENAPI_PATH}>{OPENAPI_PATH}</a> describes every download and endpoint of this site in OpenAPI 3.1: each parameter
          with its allowed values and an example, each response type. Every data endpoint may be fetched from any site (
          <code className="font-mono">Access-Control-Allow-Origin: *</code>), so another newsroom&rsquo;s page can load a filtered view
          directly. Calls and timeline views can also be embedded (see &ldquo;Embed&rdquo; on their pages, or{" "}
          <code className="font-mono">/oembed?url=…</code>).
        </p>
      </DocSection>

      <DocSection id="feed" title="The feed">
        <p className="text-sm">
          <a href={EXPORTS.feed.path}>{EXPORTS.feed.path}</a> is an Atom feed of the newest calls, one entry per call with its headline,
          date, summary and permalink; an entry&rsquo;s updated date moves when the record is corrected. It takes the filters too: subscribe
          to <a href="/feed.xml?country=QA">/feed.xml?country=QA</a> to follow the calls with Qatar.
        </p>
        <p className="text-sm">
          <a href={CHANGES_FEED_PATH}>{CHANGES_FEED_PATH}</a> follows the record itself: an entry for every call added and every
          correction, newest first, as listed on the <Link href={CHANGES_PATH}>changes page</Link>. Every download names the data it
          was built from: the <code className="font-mono">X-Readout-Version</code> header carries the data version and{" "}
          <code className="font-mono">Last-Modified</code> the day the record last changed (in calls.json,{" "}
          <code className="font-mono">version</code> and <code className="font-mono">lastChanged</code>).
        </p>
      </DocSection>

      <DocSection id="licence" title="Licence and citation">
        <p className="text-sm">
          The data — our records, summaries and their structure — is published under the{" "}
          <a href={DATA_LICENSE.url} rel="license">
            {DATA_LICENSE.name}
          </a>{" "}
          licence: reuse it freely, with credit. Quotations are officials&rsquo; words as the cited source gives them, and source headlines
          belong to their publishers. Cite the dataset as:
        </p>
        <blockquote className="border-l-4 border-rule pl-4 text-sm">{datasetCitation(dataset.version)}</blockquote>
        <p className="text-sm">
          For reference managers: the dataset as{" "}
          <CitationDownloads />
          . Each call&rsquo;s permalink has a ready citation of its own, in the same three formats. How the data is gathered, dated and corrected is on the{" "}
          <Link href="/about">method page</Link>.
        </p>
      </DocSection>
    </>
  );
}
