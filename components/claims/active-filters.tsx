import Link from "@/components/ui/link";
import { CLAIM_FILTER_KEYS, type ClaimFilterKey, type ClaimFilters } from "@/lib/claims";
import { claimsHref, withoutValue } from "@/lib/claims-query";

/** The filters in force, each removable on its own, and a way to clear them all. */
export function ActiveFilters({
  filters,
  labels,
  fieldLabels,
}: {
  filters: ClaimFilters;
  labels: Record<ClaimFilterKey, ReadonlyMap<string, string>>;
  fieldLabels: Record<ClaimFilterKey, string>;
}) {
  const active = CLAIM_FILTER_KEYS.flatMap((key) => filters[key].map((value: string) => ({ key, value })));
  if (active.length === 0) return null;
  return (
    <div className="mt-4 flex flex-wrap items-center gap-2 text-sm">
      <span className="text-muted">Filtered by:</span>
      <ul className="contents">
        {active.map(({ key, value }) => {
          const text = `${fieldLabels[key]}: ${labels[key].get(value) ?? value}`;
          return (
            <li key={`${key}-${value}`}>
              <Link
                href={claimsHref(withoutValue(filters, key, value))}
                aria-label={`Remove filter ${text}`}
                className="inline-flex items-center gap-1.5 rounded-full border border-rule bg-panel px-3 py-1 text-ink no-underline hover:border-link"
              >
                {text}
                <span aria-hidden="true" className="text-muted">
                  ×
                </span>
              </Link>
            </li>
          );
        })}
      </ul>
      <Link href="/claims">Clear all</Link>
    </div>
  );
}
