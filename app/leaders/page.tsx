import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { Section } from "@/components/call/section";
import { PeopleGroup } from "@/components/leader/people-group";
import { isCounterpartCountry } from "@/lib/countries";
import { pageMetadata } from "@/lib/page-meta";
import { getDataset } from "@/lib/data";
import { plural } from "@/lib/format";
import { peopleBySide } from "@/lib/leaders";
import { countryPath } from "@/lib/paths";

const description = "Every Russian official and every counterpart in the record of calls, grouped by country, with the number of calls of each.";

export const metadata: Metadata = pageMetadata({ title: "Leaders", description, path: "/leaders" });

export default function LeadersPage() {
  const dataset = getDataset();
  const { russia, counterparts } = peopleBySide(dataset);
  const counterpartCount = counterparts.reduce((n, g) => n + g.people.length, 0);
  return (
    <>
      <h1 className="font-serif text-4xl font-bold tracking-tight">Leaders</h1>
      <p className="mt-2 max-w-2xl text-lg text-muted">
        Everyone who took part in a reported call: {plural(russia.length, "Russian official")} and {plural(counterpartCount, "counterpart")}{" "}
        from {plural(counterparts.length, "country", "countries")}.
      </p>
      <div className="grid gap-x-12 lg:grid-cols-[20rem_minmax(0,1fr)]">
        <Section id="russia" title="Russia">
          <PeopleGroup people={russia} side="russia" />
        </Section>
        <Section id="counterparts" title="Counterparts">
          <div className="grid gap-x-10 sm:grid-cols-2">
            {counterparts.map(({ country, people }) => (
              <div key={country.code} className="mt-6">
                <h3 className="font-serif text-lg font-bold">
                  {isCounterpartCountry(dataset, country.code) ? (
                    <Link href={countryPath(country.code)} className="text-ink hover:text-link">
                      {country.name}
                    </Link>
                  ) : (
                    country.name
                  )}
                </h3>
                <PeopleGroup people={people} side="counterpart" />
              </div>
            ))}
          </div>
        </Section>
      </div>
    </>
  );
}
