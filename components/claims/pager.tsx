import Link from "@/components/ui/link";

/** Previous / next page links with "Page 2 of 5"; nothing when everything fits on one page. */
export function Pager({ page, pageCount, href }: { page: number; pageCount: number; href: (page: number) => string }) {
  if (pageCount <= 1) return null;
  const link = "rounded-sm border border-rule px-3 py-1.5 no-underline hover:border-link";
  return (
    <nav aria-label="Pages" className="mt-6 flex items-center justify-between gap-4 border-t border-rule pt-4 text-sm">
      {page > 1 ? (
        <Link href={href(page - 1)} rel="prev" className={link}>
          ← Previous page
        </Link>
      ) : (
        <span />
      )}
      <span className="text-muted" aria-current="page">
        Page {page} of {pageCount}
      </span>
      {page < pageCount ? (
        <Link href={href(page + 1)} rel="next" className={link}>
          Next page →
        </Link>
      ) : (
        <span />
      )}
    </nav>
  );
}
