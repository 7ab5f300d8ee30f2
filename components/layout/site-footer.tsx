import Link from "@/components/ui/link";
import { SITE_NAME } from "@/lib/site";
import { FOOTER_ITEMS } from "./nav-items";

export function SiteFooter() {
  return (
    <footer className="border-t border-rule bg-panel text-sm text-muted">
      <div className="mx-auto flex max-w-6xl flex-col gap-2 px-4 py-6 sm:flex-row sm:justify-between sm:px-6">
        <p>
          {SITE_NAME} records what was reported, by whom. Summaries are our own words; quotations are officials&rsquo; words as
          the cited source gives them.
        </p>
        <p className="flex gap-4">
          {FOOTER_ITEMS.map((item) => (
            <Link key={item.href} href={item.href} className="text-muted">
              {item.label}
            </Link>
          ))}
        </p>
      </div>
    </footer>
  );
}
