import Link from "@/components/ui/link";
import type { ClaimFacetCounts, ClaimFilterKey, ClaimFilters } from "@/lib/claims";
import { CLAIM_FILTER_PARAMS, CLAIMS_PATH } from "@/lib/claims-query";

export type FilterOption = { value: string; label: string; group?: string };
export type FilterField = { key: ClaimFilterKey; label: string; anyLabel: string; options: readonly FilterOption[] };

function optionLabel(option: FilterOption, count: number | undefined) {
  return `${option.label} (${(count ?? 0).toLocaleString("en-GB")})`;
}

function Options({ options, counts }: { options: readonly FilterOption[]; counts: ReadonlyMap<string, number> }) {
  const groups = [...new Set(options.map((o) => o.group))];
  if (groups.length === 1 && groups[0] === undefined) {
    return options.map((o) => (
      <option key={o.value} value={o.value}>
        {optionLabel(o, counts.get(o.value))}
      </option>
    ));
  }
  return groups.map((group) => (
    <optgroup key={group ?? ""} label={group ?? "Other"}>
      {options
        .filter((o) => o.group === group)
        .map((o) => (
          <option key={o.value} value={o.value}>
            {optionLabel(o, counts.get(o.value))}
          </option>
        ))}
    </optgroup>
  ));
}

/**
 * The ledger's filters as a plain GET form: it works without JavaScript, and the URL it produces is
 * the shareable state. Counts beside each option say how many claims it would give with the other
 * filters as they are. A filter with several values (from a shared link) shows as a multiple select
 * so that submitting keeps them all.
 */
export function ClaimsFilterForm({ fields, filters, counts }: { fields: readonly FilterField[]; filters: ClaimFilters; counts: ClaimFacetCounts }) {
  return (
    <form action={CLAIMS_PATH} method="get" aria-labelledby="filters-heading" className="mt-6 border-y border-rule bg-panel px-4 py-4 sm:px-5">
      <h2 id="filters-heading" className="text-sm font-bold uppercase tracking-wider">
        Filter the claims
      </h2>
      <div className="mt-3 grid grid-cols-2 gap-x-4 gap-y-3 sm:grid-cols-3 lg:grid-cols-5">
        {fields.map((field) => {
          const selected: readonly string[] = filters[field.key];
          const multiple = selected.length > 1;
          const id = `filter-${CLAIM_FILTER_PARAMS[field.key].param}`;
          return (
            <div key={field.key} className="min-w-0">
              <label htmlFor={id} className="block text-sm font-semibold">
                {field.label}
              </label>
              <select
                id={id}
                name={CLAIM_FILTER_PARAMS[field.key].param}
                multiple={multiple}
                size={multiple ? Math.min(6, field.options.length) : undefined}
                defaultValue={multiple ? [...selected] : (selected[0] ?? "")}
                className="mt-1 w-full rounded-sm border border-rule bg-paper px-2 py-2 text-sm text-ink"
              >
                {!multiple && <option value="">{field.anyLabel}</option>}
                <Options options={field.options} counts={counts[field.key]} />
              </select>
            </div>
          );
        })}
      </div>
      <div className="mt-4 flex flex-wrap items-center gap-4">
        <button type="submit" className="rounded-sm bg-link px-4 py-2 text-sm font-semibold text-paper hover:underline">
          Apply filters
        </button>
        <Link href={CLAIMS_PATH} className="text-sm">
          Clear all
        </Link>
      </div>
    </form>
  );
}
