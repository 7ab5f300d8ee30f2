/**
 * calls.plover.jsonl: each call as a PLOVER event record, one JSON object per line, following the
 * PLOVER manual's JSON data fields (Open Event Data Alliance, draft 0.7b1):
 *
 * - `event: ["CONSULT"]`, `mode: ["phone"]` — CONSULT covers "consultation by phone or other
 *   media"; its mode "phone" is "consultation occurs via phone or some other remote medium", so
 *   video calls are "phone" too. `quad_code: 1` (verbal cooperation).
 * - `source`: every participant. A call has no host and no visitor, and the manual codes all
 *   participants of such a CONSULT as source actors, with no `recipient`.
 * - Actors: `code` is the ISO 3166-1 alpha-3 code of the country of the office held that day,
 *   `sector` "GOV" (every office in our registry is an executive one), `actor_text` the name as
 *   the source gives it, `identifier_id`/`identifier_text` our person id and canonical name (the
 *   manual suggests Wikidata ids, which the registry does not hold), `office` the office's title.
 * - `link`: the call's permalink — the manual's common reference for related events, so events
 *   that others code from the same call can share it.
 * - `cite_info`: the principal source (the Kremlin readout's first, else the first account's);
 *   the extension field `sources` cites every source in the same form.
 * - `comment`: our summary. Extensions beyond the manual's fields (which it allows): `headline`,
 *   `date_certainty`, `side` on actors, `topics`, `sources`.
 */
import isoCodes from "i18n-iso-countries/codes.json";
import { resolveParticipant } from "../calls";
import type { Dataset } from "../data/validate";
import type { Call, Participant, Source } from "../schema";
import { absoluteUrl, callPath, SITE_NAME } from "../site";
import type { FieldDoc } from "./meta";
import type { Level } from "../constants";

export const PLOVER_CODEBOOK = "PLOVER (Open Event Data Alliance), manual draft 0.7b1";

const ALPHA3 = new Map<string, string>((isoCodes as string[][]).map(([alpha2, alpha3]) => [alpha2!, alpha3!]));

/** ISO 3166-1 alpha-3 for an alpha-2 code (PLOVER's actor codes are alpha-3). */
export function alpha3(alpha2: string): string {
  const code = ALPHA3.get(alpha2);
  if (!code) throw new Error(`No ISO 3166-1 alpha-3 code for "${alpha2}"`);
  return code;
}

export type PloverActor = {
  code: string;
  sector: "GOV";
  actor_text: string;
  identifier_id: string;
  identifier_text: string;
  office: string;
  /** Extension: the office's level (head, foreign-minister, other). */
  level: Level;
  side: "russia" | "counterpart";
};

export type PloverCiteInfo = {
  corpus: string;
  citation: string;
  title?: string;
  url?: string;
  language: string;
  publication: string;
  codebook: string;
  version: string;
};

export type PloverEvent = {
  id: string;
  has_event: true;
  date: string;
  source: PloverActor[];
  event: ["CONSULT"];
  mode: ["phone"];
  quad_code: 1;
  link: string;
  comment: string;
  coder: string;
  cite_info: PloverCiteInfo;
  headline: string;
  date_certainty: Call["dateCertainty"];
  topics: string[];
  sources: PloverCiteInfo[];
};

function actor(dataset: Dataset, participant: Participant, side: PloverActor["side"]): PloverActor {
  const { person, office, country } = resolveParticipant(dataset, participant);
  return {
    code: alpha3(country.code),
    sector: "GOV",
    actor_text: participant.namedAs ?? person.name,
    identifier_id: person.id,
    identifier_text: person.name,
    office: office.title,
    level: office.level,
    side,
  };
}

function citeInfo(source: Source, version: string): PloverCiteInfo {
  const citation = [source.publisher, source.headline ? `“${source.headline}”` : undefined, source.date, source.url].filter(Boolean).join(", ");
  return {
    corpus: SITE_NAME,
    citation,
    ...(source.headline ? { title: source.headline } : {}),
    ...(source.url ? { url: source.url } : {}),
    language: source.language,
    publication: source.via ? `${source.publisher} (${source.via})` : source.publisher,
    codebook: PLOVER_CODEBOOK,
    version,
  };
}

/** The source that best stands for the call: the Kremlin's account if reported, else the first other account. */
function principalSourceId(call: Call): string {
  const kremlin = call.readouts.kremlin;
  if (kremlin.status === "reported" && kremlin.sources[0]) return kremlin.sources[0];
  return call.readouts.others[0]?.sources[0] ?? call.sources[0]!;
}

export function toPloverEvent(dataset: Dataset, call: Call): PloverEvent {
  const cite = (id: string) => {
    const source = dataset.sourceById.get(id);
    if (!source) throw new Error(`Dataset invariant broken: source "${id}" does not resolve`);
    return citeInfo(source, dataset.version);
  };
  return {
    id: call.id,
    has_event: true,
    date: call.date,
    source: [...call.russians.map((p) => actor(dataset, p, "russia")), ...call.counterparts.map((p) => actor(dataset, p, "counterpart"))],
    event: ["CONSULT"],
    mode: ["phone"],
    quad_code: 1,
    link: absoluteUrl(callPath(call.id)),
    comment: call.summary,
    coder: `${SITE_NAME} editors, by hand from the cited sources`,
    cite_info: cite(principalSourceId(call)),
    headline: call.headline,
    date_certainty: call.dateCertainty,
    topics: [...call.topics],
    sources: call.sources.map(cite),
  };
}

/** One event per line, each line a complete JSON object, LF line ends. */
export function callsPlover(dataset: Dataset, calls: readonly Call[]): string {
  return calls.map((call) => `${JSON.stringify(toPloverEvent(dataset, call))}\n`).join("");
}

/** The fields of each PLOVER line, for the /data page. */
export const PLOVER_FIELDS: readonly FieldDoc[] = [
  { name: "id", description: "The call's id (unique in the file)." },
  { name: "has_event", description: "Always true: every line is a coded event." },
  { name: "date", description: "Date of the call, YYYY-MM-DD." },
  {
    name: "source",
    description:
      "Every participant as an actor — code (ISO 3166-1 alpha-3 of the office's country), sector (GOV), actor_text, identifier_id and identifier_text (our person id and name), office; plus level (head, foreign-minister or other) and side (russia or counterpart). A call has no host and no visitor, so all participants are source actors and there is no recipient.",
  },
  { name: "event", description: "[\"CONSULT\"]." },
  { name: "mode", description: "[\"phone\"]: consultation by phone or another remote medium, video calls included." },
  { name: "quad_code", description: "1, verbal cooperation." },
  { name: "link", description: "The call's permalink, a common reference for any other events coded from the same call." },
  { name: "cite_info", description: "The principal source: corpus, citation, title, url, language, publication, codebook, version (of our data)." },
  { name: "comment", description: "Our summary of the call." },
  { name: "coder", description: "Who coded the event: our editors, by hand." },
  { name: "headline, date_certainty, topics, sources", description: "Additional fields: our headline, whether the date is exact or inferred, topic ids, and every source in cite_info form." },
];
