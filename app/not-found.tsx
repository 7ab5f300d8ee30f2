import type { Metadata } from "next";
import Link from "@/components/ui/link";

export const metadata: Metadata = {
  title: "Page not found",
};

const WAYS_ON = [
  { href: "/calls", label: "The timeline", text: "every reported call in order, with filters by country, leader, topic and date" },
  { href: "/leaders", label: "Leaders", text: "Russian officials and their counterparts, with their calls" },
  { href: "/countries", label: "Countries", text: "all calls with one country's leaders" },
  { href: "/claims", label: "Claims ledger", text: "every claim made in the calls, by speaker and account" },
] as const;

/** The 404 for unknown calls, leaders, countries and any other address: a way back in. */
export default function NotFound() {
  return (
    <div className="max-w-2xl">
      <p className="text-xs font-semibold uppercase tracking-[0.08em] text-muted">Error 404</p>
      <h1 className="mt-2 font-serif text-4xl font-bold tracking-tight">Page not found</h1>
      <p className="mt-3 text-lg text-muted">
        There is no page at this address. A call&rsquo;s address is its date and participants, such as{" "}
        <span className="whitespace-nowrap font-mono text-base text-ink">/calls/2024-04-16-putin-raisi</span>; a link may have been
        mistyped or cut short.
      </p>

      <form action="/calls" method="get" role="search" className="mt-8">
        <label htmlFor="not-found-search" className="block font-semibold">
          Search the calls
        </label>
        <div className="mt-2 flex gap-2">
          <input
            id="not-found-search"
            type="search"
            name="q"
            placeholder="A name, a country, a topic…"
            className="min-w-0 flex-1 rounded-sm border border-rule bg-paper px-3 py-2 text-ink placeholder:text-muted"
          />
          <button type="submit" className="rounded-sm bg-link px-4 py-2 font-semibold text-paper hover:underline">
            Search
          </button>
        </div>
      </form>

      <h2 className="mt-10 border-t-2 border-ink pt-2 font-serif text-xl font-bold">Or start from</h2>
      <ul className="mt-2">
        {WAYS_ON.map((way) => (
          <li key={way.href} className="border-t border-rule py-3 first:border-t-0">
            <Link href={way.href} className="font-semibold">
              {way.label}
            </Link>
            <span className="block text-sm text-muted">{way.text}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}
