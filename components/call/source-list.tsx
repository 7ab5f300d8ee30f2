import { LOW_RELIABILITY_REASON_LABELS, SOURCE_KIND_LABELS } from "@/lib/constants";
import { formatDate, languageName } from "@/lib/format";
import { urlHost, type CitedSource } from "@/lib/sources";
import { ExternalLink } from "./external-link";

/** The numbered sources of a call: publisher, kind, date, headline (linked) and our note. */
export function SourceList({ sources }: { sources: readonly CitedSource[] }) {
  return (
    <ol className="mt-4 list-decimal space-y-5 pl-8 marker:text-sm marker:text-muted">
      {sources.map(({ number, source }) => (
        <li key={source.id} id={`source-${source.id}`} value={number} className="min-w-0 scroll-mt-4 target:bg-warn-bg">
          <p className="text-sm text-muted">
            <span className="font-semibold text-ink">{source.publisher}</span>
            {" · "}
            {SOURCE_KIND_LABELS[source.kind]}
            {source.via && <> (via {source.via})</>}
            {" · "}
            {source.date ? <time dateTime={source.date}>{formatDate(source.date)}</time> : "undated"}
            {source.language !== "en" && (
              <>
                {" · "}
                in {languageName(source.language)}
              </>
            )}
          </p>
          <p className="mt-0.5 break-words font-serif text-lg leading-snug" lang={source.language}>
            {source.url ? (
              <ExternalLink href={source.url}>{source.headline ?? urlHost(source.url)}</ExternalLink>
            ) : (
              (source.headline ?? "Untitled")
            )}
          </p>
          {source.author && <p className="text-sm text-muted">By {source.author}</p>}
          {source.note && <p className="mt-1 text-sm leading-snug text-muted">{source.note}</p>}
          {source.lowReliability && (
            <p className="mt-1 text-sm leading-snug text-muted">
              <span className="badge badge-warn">{LOW_RELIABILITY_REASON_LABELS[source.lowReliability.reason]}</span>
              {source.lowReliability.note} Not counted as an independent report.
            </p>
          )}
        </li>
      ))}
    </ol>
  );
}
