import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { ExternalLink } from "@/components/call/external-link";
import { LEAD_STATUS_LABELS, LOW_RELIABILITY_REASON_LABELS } from "@/lib/constants";
import { getDataset } from "@/lib/data";
import { formatDate, formatList, plural } from "@/lib/format";
import { listLeads } from "@/lib/leads";
import { pageMetadata } from "@/lib/page-meta";
import { callPath } from "@/lib/site";
import { urlHost } from "@/lib/sources";

const description =
  "Calls that a page reports but that Readout has not confirmed: a single low-reliability page, an undated mention, a call announced as possible. With their sources and why each is not a record.";

export const metadata: Metadata = pageMetadata({ title: "Leads: reported but unconfirmed calls", description, path: "/leads" });

export default function LeadsPage() {
  const dataset = getDataset();
  const leads = listLeads(dataset);
  const open = leads.filter((lead) => lead.status === "open").length;
  return (
    <>
      <header className="max-w-3xl [&_a]:underline">
        <h1 className="font-serif text-3xl font-bold tracking-tight sm:text-4xl">Leads</h1>
        <p className="mt-3 text-lg leading-relaxed">
          Calls that a page reports but that do not meet the bar of a record: one low-reliability page (auto-generated, SEO or aggregator
          sites), a call announced as possible, a mention without a date. They are <strong className="font-semibold">not</strong> counted as
          calls anywhere on this site. Each says what is claimed, where, and why it is not a record yet; a lead that reliable reporting
          confirms becomes a record. See the <Link href="/about#sourcing" className="underline">method</Link>.
        </p>
        <p className="mt-2 text-muted">
          {leads.length === 0 ? "No leads at present." : `${plural(leads.length, "lead")}, ${open} of them unconfirmed.`}
        </p>
      </header>
      {/* Links in running text are underlined, not told apart by colour alone (WCAG 1.4.1). */}
      <ol className="mt-8 max-w-3xl [&_a]:underline">
        {leads.map((lead) => (
          <li key={lead.id} id={lead.id} className="scroll-mt-4 border-t border-rule py-5">
            <p className="text-sm text-muted">
              <span className={lead.status === "open" ? "badge badge-warn" : "badge"}>{LEAD_STATUS_LABELS[lead.status]}</span>{" "}
              {lead.date ? <time dateTime={lead.date}>{formatDate(lead.date)}</time> : lead.dateText}
              {lead.date && lead.dateText && <> · {lead.dateText}</>}
              {" · "}
              {formatList(lead.countries.map((code) => dataset.countryByCode.get(code)?.name ?? code))}
            </p>
            <h2 className="mt-1 font-serif text-xl font-semibold leading-snug">{lead.who}</h2>
            <p className="mt-2 leading-relaxed">
              <span className="font-semibold">Reported: </span>
              {lead.claimed}
            </p>
            <p className="mt-2 leading-relaxed text-muted">
              <span className="font-semibold text-ink">{lead.status === "confirmed" ? "Why it was a lead: " : "Why it is not a record: "}</span>
              {lead.why}
            </p>
            {lead.status === "confirmed" && lead.record && (
              <p className="mt-2">
                Now a record: <Link href={callPath(lead.record)} className="underline">{dataset.callById.get(lead.record)?.headline ?? lead.record}</Link>
              </p>
            )}
            <h3 className="mt-3 text-xs font-semibold uppercase tracking-wider text-muted">{lead.sourceEntries.length === 1 ? "Source" : "Sources"}</h3>
            <ul className="mt-1 space-y-2">
              {lead.sourceEntries.map((source) => (
                <li key={source.id} className="text-sm">
                  <span className="font-semibold">{source.publisher}</span>
                  {source.date && (
                    <>
                      {" · "}
                      <time dateTime={source.date}>{formatDate(source.date)}</time>
                    </>
                  )}
                  {" · "}
                  {source.url ? <ExternalLink href={source.url} className="underline">{source.headline ?? urlHost(source.url)}</ExternalLink> : (source.headline ?? "Untitled")}
                  {source.lowReliability && (
                    <span className="block text-muted">
                      {LOW_RELIABILITY_REASON_LABELS[source.lowReliability.reason]}: {source.lowReliability.note}
                    </span>
                  )}
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ol>
    </>
  );
}
