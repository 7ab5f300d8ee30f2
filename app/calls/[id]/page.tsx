import type { Metadata } from "next";
import { notFound, permanentRedirect } from "next/navigation";
import { Accounts } from "@/components/call/accounts";
import { CallContext } from "@/components/call/call-context";
import { CallFacts } from "@/components/call/call-facts";
import { CallHeader } from "@/components/call/call-header";
import { CiteCall } from "@/components/call/cite-call";
import { JsonLd } from "@/components/call/json-ld";
import { Section } from "@/components/call/section";
import { SourceList } from "@/components/call/source-list";
import { callDescription, callJsonLd } from "@/lib/call-meta";
import { callHighwireTags } from "@/lib/citation/citation";
import { oembedAlternate } from "@/lib/embed/oembed";
import { getCall, getDataset, getPrerenderedCallIds } from "@/lib/data";
import Link from "@/components/ui/link";
import { CHANGES_PATH } from "@/lib/changes/paths";
import { formatDate } from "@/lib/format";
import { callJsonPath } from "@/lib/paths";
import { sameDayChain } from "@/lib/relations";
import { pageMetadata } from "@/lib/page-meta";
import { callPath, PRERENDERED_CALLS } from "@/lib/site";
import { citedSources } from "@/lib/sources";

export function generateStaticParams() {
  return getPrerenderedCallIds(PRERENDERED_CALLS);
}

export async function generateMetadata({ params }: { params: Promise<{ id: string }> }): Promise<Metadata> {
  const call = getCall((await params).id);
  if (!call) return {};
  const dataset = getDataset();
  const description = callDescription(dataset, call);
  const metadata = pageMetadata({ title: call.headline, description, path: callPath(call.id), type: "article" });
  return {
    ...metadata,
    alternates: { ...metadata.alternates, types: { "application/json": callJsonPath(call.id), ...oembedAlternate(callPath(call.id), call.headline) } },
    // Highwire Press tags: Zotero's connector saves the call as an item with its title, date and URL.
    other: callHighwireTags(dataset, call),
  };
}

export default async function CallPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const call = getCall(id);
  if (!call) {
    // `/calls/<id>.json` is the record's JSON under its short name.
    if (id.endsWith(".json") && getCall(id.slice(0, -".json".length))) permanentRedirect(callJsonPath(id.slice(0, -".json".length)));
    notFound();
  }
  const dataset = getDataset();
  const sources = citedSources(dataset, call);
  const sourceLabels = new Map(sources.map((s) => [s.source.id, s.label]));
  const chain = sameDayChain(dataset, call);

  return (
    <article>
      <div className="grid gap-8 lg:grid-cols-[minmax(0,1fr)_20rem]">
        <CallHeader call={call} />
        <CallFacts dataset={dataset} call={call} chain={chain} sourceLabels={sourceLabels} />
      </div>

      <Section id="accounts" title="What each side said">
        <p className="mt-2 max-w-3xl text-muted">
          Each account as its publisher gave it: our summary, the officials&rsquo; words quoted verbatim, and the claims the account
          reports, with who made them.
        </p>
        <Accounts dataset={dataset} call={call} sourceLabels={sourceLabels} />
      </Section>

      <Section id="context" title="Before and after">
        <CallContext dataset={dataset} call={call} chain={chain} />
      </Section>

      {call.notes && call.notes.length > 0 && (
        <Section id="notes" title="Notes">
          <ul className="mt-3 max-w-3xl list-disc space-y-2 pl-5">
            {call.notes.map((note, i) => (
              <li key={i}>{note}</li>
            ))}
          </ul>
        </Section>
      )}

      <Section id="history" title="History of this record">
        <p className="mt-3 max-w-3xl">
          First published on <time dateTime={call.published}>{formatDate(call.published)}</time>.{" "}
          {call.corrections?.length ? "Corrected since:" : "Not corrected since."}
        </p>
        {call.corrections && call.corrections.length > 0 && (
          <ol id="corrections" aria-label="Corrections" className="mt-3 max-w-3xl scroll-mt-4 space-y-2">
            {call.corrections.map((correction, i) => (
              <li key={i} id={`correction-${i + 1}`} className="scroll-mt-4">
                <time dateTime={correction.date} className="font-semibold">
                  {formatDate(correction.date)}
                </time>
                : {correction.note}
              </li>
            ))}
          </ol>
        )}
        <p className="mt-3 text-sm">
          <Link href={CHANGES_PATH}>Every addition and correction to the record</Link>
        </p>
      </Section>

      <Section id="sources" title="Sources">
        <SourceList sources={sources} />
      </Section>

      <Section id="cite" title="Cite and share">
        <CiteCall dataset={dataset} call={call} />
      </Section>

      <JsonLd data={callJsonLd(dataset, call)} />
    </article>
  );
}
