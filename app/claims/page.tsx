import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { ActiveFilters } from "@/components/claims/active-filters";
import { ClaimList } from "@/components/claims/claim-list";
import { ClaimsFilterForm, type FilterField } from "@/components/claims/claims-filter-form";
import { Pager } from "@/components/claims/pager";
import { QueryNotices } from "@/components/claims/query-notices";
import { CLAIM_FILTER_KEYS, claimFacetCounts, claimFilterOptions, claimOptionLabels, claimLedger, filterClaims, paginate, type ClaimFilterKey } from "@/lib/claims";
import { allowedValues, CLAIMS_PATH, claimsHref, hasFilters, parseClaimsQuery, type RawSearchParams } from "@/lib/claims-query";
import { pageMetadata } from "@/lib/page-meta";
import { getDataset } from "@/lib/data";
import { plural } from "@/lib/format";

const PAGE_SIZE = 50;

const FIELD_LABELS: Record<ClaimFilterKey, string> = {
  speaker: "Speaker",
  kind: "Kind",
  reportedBy: "Reported by",
  country: "Country",
  topic: "Topic",
};

const ANY_LABELS: Record<ClaimFilterKey, string> = {
  speaker: "Anyone",
  kind: "Any kind",
  reportedBy: "Any account",
  country: "Any country",
  topic: "Any topic",
};

const description =
  "Every claim in every reported call — position, offer, denial, warning... — with who made it and which account reports it. Filter by speaker, kind, reporter, country and topic.";

export const metadata: Metadata = pageMetadata({ title: "Claims ledger", description, path: CLAIMS_PATH });

/** True when the query has a parameter with no value, as a GET form leaves for each "Any" choice. */
function hasEmptyValues(params: RawSearchParams): boolean {
  return Object.values(params).some((v) => (Array.isArray(v) ? v.some((x) => x.trim() === "") : v !== undefined && v.trim() === ""));
}

export default async function ClaimsPage({ searchParams }: { searchParams: Promise<RawSearchParams> }) {
  const params = await searchParams;
  const dataset = getDataset();
  const options = claimFilterOptions(dataset);
  const { filters, page: requestedPage, notices } = parseClaimsQuery(params, allowedValues(options));
  // The form submits "Any" as an empty value: give the reader the short URL that means the same.
  if (notices.length === 0 && hasEmptyValues(params)) redirect(claimsHref(filters, requestedPage));

  const ledger = claimLedger(dataset);
  const matching = filterClaims(ledger.entries, filters);
  const page = paginate(matching, requestedPage, PAGE_SIZE);
  if (page.page !== requestedPage && matching.length > 0) {
    notices.push(`There is no page ${requestedPage}; showing page ${page.page}, the last.`);
  }
  const counts = claimFacetCounts(ledger.entries, filters);
  const fields: FilterField[] = CLAIM_FILTER_KEYS.map((key) => ({ key, label: FIELD_LABELS[key], anyLabel: ANY_LABELS[key], options: options[key] }));

  return (
    <>
      <h1 className="font-serif text-4xl font-bold tracking-tight">Claims ledger</h1>
      <p className="mt-2 max-w-3xl text-lg text-muted">
        Every claim in every reported call, in our words: who made it, of what kind, and which account reports it — the Kremlin&rsquo;s,
        the other side&rsquo;s or a third party&rsquo;s. Each links to its place on the call&rsquo;s page.
      </p>
      <QueryNotices notices={notices} />
      <ClaimsFilterForm fields={fields} filters={filters} counts={counts} />
      <ActiveFilters filters={filters} labels={claimOptionLabels(options)} fieldLabels={FIELD_LABELS} />

      <h2 className="mt-8 font-serif text-2xl font-bold" id="results">
        {matching.length === 0
          ? "No claims match"
          : page.pageCount > 1
            ? `Claims ${page.start + 1}–${page.start + page.items.length} of ${matching.length.toLocaleString("en-GB")}`
            : plural(matching.length, "claim")}
        {hasFilters(filters) && <span className="font-sans text-base font-normal text-muted"> (of {ledger.entries.length.toLocaleString("en-GB")} in all)</span>}
      </h2>
      {matching.length === 0 ? (
        <p className="mt-3 text-muted">Try removing a filter above.</p>
      ) : (
        <ClaimList dataset={dataset} entries={page.items} />
      )}
      <Pager page={page.page} pageCount={page.pageCount} href={(n) => claimsHref(filters, n)} />
    </>
  );
}
