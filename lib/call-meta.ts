/**
 * How one call is described to the outside: the search/share description, the citation, the
 * JSON-LD and the JSON record. Pure functions over the dataset.
 */
import type { Dataset } from "./data/validate";
import type { Call } from "./schema";
import { CALL_MODE_LABELS } from "./constants";
import { counterpartCountries, resolveParticipants, type ResolvedParticipant } from "./calls";
import { formatDate, formatList } from "./format";
import { callJsonPath, leaderPath } from "./paths";
import { SITE_NAME, absoluteUrl, callPath } from "./site";

/** Shortens `text` to at most `max` characters at a word boundary, with an ellipsis. */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  // Drop a word cut in half, unless that would drop most of the text.
  const space = /\s/.test(text[cut.length] ?? "") ? cut.length : cut.lastIndexOf(" ");
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.–—-]+$/, "")}…`;
}

const names = (people: readonly ResolvedParticipant[]) => formatList(people.map((p) => p.person.name));

/** "Vladimir Putin with Ebrahim Raisi (Iran)" */
export function callParticipantsText(dataset: Dataset, call: Call): string {
  const { russians, counterparts } = resolveParticipants(dataset, call);
  const countries = formatList(counterpartCountries(dataset, call).map((c) => c.name));
  return `${names(russians)} with ${names(counterparts)} (${countries})`;
}

/** The meta description: when, who, then the summary, in about 200 characters. */
export function callDescription(dataset: Dataset, call: Call): string {
  const mode = CALL_MODE_LABELS[call.mode].toLowerCase();
  return truncate(`${formatDate(call.date)}, ${mode}: ${callParticipantsText(dataset, call)}. ${call.summary}`, 200);
}

/**
 * A plain-text citation, in two parts around the access date: the date is the reader's, so the
 * page fills it in when it is read.
 */
export function callCitationParts(dataset: Dataset, call: Call): [before: string, after: string] {
  const mode = CALL_MODE_LABELS[call.mode].toLowerCase();
  return [
    `${SITE_NAME}, “${call.headline}”, ${mode} of ${formatDate(call.date)}, ${callParticipantsText(dataset, call)}. ${absoluteUrl(callPath(call.id))} (accessed `,
    ").",
  ];
}

export function callCitation(dataset: Dataset, call: Call, accessed: string): string {
  const [before, after] = callCitationParts(dataset, call);
  return `${before}${accessed}${after}`;
}

/** schema.org description of the call: an Event with its attendees and the reports about it. */
export function callJsonLd(dataset: Dataset, call: Call) {
  const url = absoluteUrl(callPath(call.id));
  const { russians, counterparts } = resolveParticipants(dataset, call);
  const person = (p: ResolvedParticipant) => ({
    "@type": "Person",
    name: p.person.name,
    jobTitle: p.office.title,
    nationality: { "@type": "Country", name: p.country.name },
    url: absoluteUrl(leaderPath(p.person.id)),
  });
  return {
    "@context": "https://schema.org",
    "@type": "Event",
    "@id": `${url}#call`,
    name: call.headline,
    description: call.summary,
    url,
    startDate: call.date,
    eventAttendanceMode: "https://schema.org/OnlineEventAttendanceMode",
    eventStatus: "https://schema.org/EventScheduled",
    location: { "@type": "VirtualLocation", name: CALL_MODE_LABELS[call.mode] },
    attendee: [...russians, ...counterparts].map(person),
    about: call.topics.flatMap((id) => {
      const topic = dataset.topicById.get(id);
      return topic ? [{ "@type": "Thing", name: topic.label }] : [];
    }),
    subjectOf: call.sources.flatMap((id) => {
      const source = dataset.sourceById.get(id);
      if (!source) return [];
      return [
        {
          "@type": "NewsArticle",
          ...(source.headline ? { headline: source.headline } : {}),
          ...(source.date ? { datePublished: source.date } : {}),
          ...(source.url ? { url: source.url } : {}),
          inLanguage: source.language,
          publisher: { "@type": "Organization", name: source.publisher },
        },
      ];
    }),
  };
}

/**
 * The call as `/calls/<id>/record.json` serves it: the record exactly as curated, with the
 * registry entries it refers to, so the file stands alone.
 */
export function callRecordJson(dataset: Dataset, call: Call) {
  const { russians, counterparts } = resolveParticipants(dataset, call);
  const participants = [...russians, ...counterparts];
  const { kremlin, others } = call.readouts;
  const readouts = kremlin.status === "reported" ? [kremlin, ...others] : others;
  const peopleIds = new Set([
    ...participants.map((p) => p.person.id),
    ...call.claims.flatMap((c) => c.speakers),
    ...readouts.flatMap((r) => [r.person, ...r.quotes.map((q) => q.person)].filter((id) => id !== undefined)),
  ]);
  const pick = <T>(ids: Iterable<string>, map: ReadonlyMap<string, T>) => [...ids].flatMap((id) => map.get(id) ?? []);
  return {
    id: call.id,
    url: absoluteUrl(callPath(call.id)),
    json: absoluteUrl(callJsonPath(call.id)),
    record: call,
    people: pick(peopleIds, dataset.personById),
    countries: pick(new Set(participants.map((p) => p.country.code)), dataset.countryByCode),
    sources: pick(call.sources, dataset.sourceById),
    topics: pick(call.topics, dataset.topicById),
    events: pick(call.events, dataset.eventById),
    datasetVersion: dataset.version,
  };
}
