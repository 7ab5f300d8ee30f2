import Link from "@/components/ui/link";
import { SITE_NAME, SITE_TAGLINE } from "@/lib/site";
import { NAV_ITEMS } from "./nav-items";

export function SiteHeader() {
  return (
    <header className="border-b border-rule">
      <div className="mx-auto flex max-w-6xl flex-col gap-3 px-4 pt-5 sm:px-6 md:flex-row md:items-end md:justify-between">
        <div>
          <Link href="/" className="font-serif text-3xl font-bold tracking-tight text-ink no-underline">
            {SITE_NAME}
          </Link>
          <p className="text-sm text-muted">{SITE_TAGLINE}</p>
        </div>
        <nav aria-label="Main" className="-mx-4 overflow-x-auto px-4 sm:mx-0 sm:px-0">
          <ul className="flex gap-5 whitespace-nowrap pb-3 text-sm font-medium md:pb-2">
            {NAV_ITEMS.map((item) => (
              <li key={item.href}>
                <Link href={item.href} className="text-ink no-underline hover:text-link hover:underline">
                  {item.label}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      </div>
    </header>
  );
}
