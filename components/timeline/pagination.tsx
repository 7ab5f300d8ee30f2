import Link from "@/components/ui/link";
import type { CallQuery } from "@/lib/filter";
import { timelineHref } from "@/lib/timeline/chips";

type Step = { label: string; target: number; enabled: boolean; text: string; rel?: "prev" | "next" };

/** First, previous, next and last page links, with where the reader is. Only when there is more than one page. */
export function Pagination({ query, page, pageCount }: { query: CallQuery; page: number; pageCount: number }) {
  if (pageCount <= 1) return null;
  const step = ({ label, target, enabled, text, rel }: Step) =>
    enabled ? (
      <Link
        key={label}
        href={timelineHref(query, { page: target })}
        rel={rel}
        aria-label={`${label} page (${target} of ${pageCount})`}
        className="rounded border border-rule px-3 py-1.5 no-underline hover:border-link"
      >
        {text}
      </Link>
    ) : (
      // Holds the place on the first and last pages so the others do not move; not shown.
      <span key={label} aria-hidden="true" className="invisible px-3 py-1.5">
        {text}
      </span>
    );
  return (
    <nav aria-label="Pages of results" className="mt-8 flex flex-wrap items-center justify-between gap-3 border-t border-rule pt-4 text-sm">
      <div className="flex gap-2">
        {step({ label: "First", target: 1, enabled: page > 1, text: "« First" })}
        {step({ label: "Previous", target: page - 1, enabled: page > 1, text: "‹ Previous", rel: "prev" })}
      </div>
      <p className="text-muted">
        Page <span className="font-semibold text-ink">{page}</span> of {pageCount}
      </p>
      <div className="flex gap-2">
        {step({ label: "Next", target: page + 1, enabled: page < pageCount, text: "Next ›", rel: "next" })}
        {step({ label: "Last", target: pageCount, enabled: page < pageCount, text: "Last »" })}
      </div>
    </nav>
  );
}
