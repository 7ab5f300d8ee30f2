import Link from "@/components/ui/link";
import type { Dataset } from "@/lib/data";
import type { Person } from "@/lib/schema";
import { formatDate } from "@/lib/format";
import { callSpan, nativeNameLanguage, officeSpan, officesInOrder, personCountry, personSide } from "@/lib/leaders";
import { countryPath } from "@/lib/paths";
import { CallStats } from "../call/call-stats";
import { ExternalLink } from "../call/external-link";

/** Name, native name, other spellings, side and country; then the number of calls, the first and the latest. */
export function LeaderHeader({ dataset, person }: { dataset: Dataset; person: Person }) {
  const side = personSide(person);
  const country = personCountry(dataset, person);
  return (
    <header>
      <nav aria-label="Breadcrumb" className="text-sm">
        <Link href="/leaders">Leaders</Link>
      </nav>
      <p className="mt-4 text-xs font-semibold uppercase tracking-[0.08em] text-muted">
        {side === "russia" ? "Russian official" : "Counterpart"}
        {country && side === "counterpart" && (
          <>
            {" · "}
            <Link href={countryPath(country.code)} className="text-muted">
              {country.name}
            </Link>
          </>
        )}
      </p>
      <h1 className={`mt-2 font-serif text-4xl font-bold tracking-tight sm:text-5xl ${side === "russia" ? "text-kremlin" : "text-counterpart"}`}>
        {person.name}
      </h1>
      {person.nativeName && (
        <p className="mt-2 text-xl text-muted">
          {/* Isolated, so a right-to-left name keeps its own direction without turning the line around. */}
          <bdi lang={nativeNameLanguage(person)}>{person.nativeName}</bdi>
        </p>
      )}
      {person.aliases && person.aliases.length > 0 && (
        <p className="mt-1 text-sm text-muted">Also written: {person.aliases.join(", ")}</p>
      )}
      <CallStats span={callSpan(dataset.callsByPerson.get(person.id) ?? [])} />
    </header>
  );
}

/** The offices the registry records for the person, in order, with their dates and notes. */
export function OfficeList({ dataset, person }: { dataset: Dataset; person: Person }) {
  return (
    <ol className="mt-4 max-w-3xl space-y-4">
      {officesInOrder(person).map((office) => {
        const span = officeSpan(office);
        const country = dataset.countryByCode.get(office.country);
        return (
          <li key={office.id} className="border-l-4 border-rule pl-3">
            <p className="font-semibold">{office.title}</p>
            <p className="text-sm text-muted">
              {country?.name ?? office.country}
              {" · "}
              {span || "dates not recorded in our sources"}
            </p>
            {office.note && <p className="mt-1 text-sm leading-snug">{office.note}</p>}
            {office.sources && office.sources.length > 0 && (
              <p className="mt-1 text-sm text-muted">
                {office.sources.length === 1 ? "Source: " : "Sources: "}
                {office.sources.map((id, i) => {
                  const source = dataset.sourceById.get(id);
                  if (!source) return null;
                  const label = `${source.publisher}${source.date ? `, ${formatDate(source.date)}` : ""}`;
                  return (
                    <span key={id}>
                      {i > 0 && " · "}
                      {source.url ? (
                        <ExternalLink href={source.url} className="underline underline-offset-2">
                          {label}
                        </ExternalLink>
                      ) : (
                        label
                      )}
                    </span>
                  );
                })}
              </p>
            )}
          </li>
        );
      })}
    </ol>
  );
}
