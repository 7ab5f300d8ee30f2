/** How a leader's page is described to search engines and when shared. */
import type { Dataset } from "./data/validate";
import type { Person } from "./schema";
import { formatDate, formatList, plural } from "./format";
import { callSpan, interlocutors, latestOffice, personCountry } from "./leaders";
import { leaderPath } from "./paths";
import { absoluteUrl } from "./site";

export function leaderProfile(dataset: Dataset, person: Person) {
  const office = latestOffice(person);
  const country = personCountry(dataset, person);
  const span = callSpan(dataset.callsByPerson.get(person.id) ?? []);
  const others = interlocutors(dataset, person.id);
  const named = others.slice(0, 2).map((i) => i.person.name);
  const rest = others.length - named.length;
  const withWhom = named.length === 0 ? "" : ` with ${formatList(rest > 0 ? [...named, plural(rest, "other")] : named)}`;
  const when = span.first && span.last ? (span.count === 1 ? ` on ${formatDate(span.first.date)}` : `, ${formatDate(span.first.date)} – ${formatDate(span.last.date)}`) : "";
  const description = `${person.name}, ${office.title}: ${plural(span.count, "reported call")} in the Iran crisis${when}${withWhom}. Offices, calls and the claims attributed to them.`;
  const jsonLd = {
    "@context": "https://schema.org",
    "@type": "ProfilePage",
    url: absoluteUrl(leaderPath(person.id)),
    mainEntity: {
      "@type": "Person",
      name: person.name,
      ...(person.nativeName || person.aliases ? { alternateName: [person.nativeName, ...(person.aliases ?? [])].filter(Boolean) } : {}),
      jobTitle: office.title,
      ...(country ? { nationality: { "@type": "Country", name: country.name } } : {}),
    },
  };
  return { description, jsonLd };
}
