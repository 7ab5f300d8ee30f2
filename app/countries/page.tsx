import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { countrySummary, listCounterpartCountries } from "@/lib/countries";
import { pageMetadata } from "@/lib/page-meta";
import { getDataset } from "@/lib/data";
import { formatDateShort, plural } from "@/lib/format";
import { countryPath, leaderPath, timelineHref } from "@/lib/paths";
import { callPath } from "@/lib/site";

const description = "Every country whose leaders Russian officials called during the Iran crisis, with the number of calls and the leaders on each.";

export const metadata: Metadata = pageMetadata({ title: "Countries", description, path: "/countries" });

export default function CountriesPage() {
  const dataset = getDataset();
  const summaries = listCounterpartCountries(dataset).flatMap((country) => countrySummary(dataset, country.code) ?? []);
  const max = Math.max(1, ...summaries.map((s) => s.calls.length));
  return (
    <>
      <h1 className="font-serif text-4xl font-bold tracking-tight">Countries</h1>
      <p className="mt-2 max-w-2xl text-lg text-muted">
        The {plural(summaries.length, "country", "countries")} whose leaders Russian officials spoke with, most calls first.
      </p>
      <ol className="mt-8 max-w-4xl">
        {summaries.map(({ country, calls, leaders }) => {
          const latest = calls.at(-1);
          return (
            <li key={country.code} className="grid gap-x-6 gap-y-1 border-t border-rule py-4 sm:grid-cols-[minmax(0,1fr)_9rem]">
              <div className="min-w-0">
                <h2 className="font-serif text-2xl font-bold">
                  <Link href={countryPath(country.code)} className="text-ink hover:text-link">
                    {country.name}
                  </Link>
                </h2>
                <p className="text-sm text-muted">
                  {country.region}
                  {latest && (
                    <>
                      {" · "}
                      latest call <Link href={callPath(latest.id)} className="underline underline-offset-2">{formatDateShort(latest.date)}</Link>
                    </>
                  )}
                  {" · "}
                  <Link href={timelineHref({ country: [country.code] })} className="underline underline-offset-2">
                    in the timeline
                  </Link>
                </p>
                <p className="mt-2 text-sm">
                  <span className="text-muted">{leaders.filter((l) => l.count > 0).length === 1 ? "Leader: " : "Leaders: "}</span>
                  {leaders
                    .filter((l) => l.count > 0)
                    .map(({ item: person, count }, i) => (
                      <span key={person.id}>
                        {i > 0 && ", "}
                        <Link href={leaderPath(person.id)} className="text-counterpart">
                          {person.name}
                        </Link>{" "}
                        <span className="tabular-nums text-muted">({count})</span>
                      </span>
                    ))}
                </p>
              </div>
              <div className="flex items-center gap-3 sm:flex-col sm:items-end sm:gap-1">
                <span className="font-serif text-3xl font-bold tabular-nums">{calls.length}</span>{" "}
                <span className="text-sm text-muted">{calls.length === 1 ? "call" : "calls"}</span>
                <span aria-hidden="true" className="h-1.5 w-full max-w-32 bg-panel">
                  <span className="block h-1.5 bg-counterpart" style={{ width: `${(calls.length / max) * 100}%` }} />
                </span>
              </div>
            </li>
          );
        })}
      </ol>
    </>
  );
}
