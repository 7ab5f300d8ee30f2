/**
 * What each page's social card says: pure functions from the dataset to a card's text, so they
 * are unit-tested without drawing anything (lib/og/render.tsx draws them).
 */
import type { Dataset } from "../data/validate";
import type { Call, Person } from "../schema";
import { CALL_MODE_LABELS } from "../constants";
import { resolveParticipants, type ResolvedParticipant } from "../calls";
import { truncate } from "../call-meta";
import { countrySummary } from "../countries";
import { filterCalls, type CallQuery } from "../filter";
import { describeCallQuery } from "../filter/describe";
import { formatDate, formatDateShort, formatList, formatMonth, plural } from "../format";
import { callSpan, interlocutors, latestOffice, personCountry } from "../leaders";
import { sourcingLine } from "../sourcing";
import { keyFigures } from "../stats";
import { SITE_TAGLINE } from "../site";

export type CardPerson = { name: string; nativeName?: string; detail: string };

export type CardContent = {
  /** The small capitals above the title: "Phone call · 2 March 2026". */
  kicker: string;
  /** The call's participants, Russian side first. */
  sides?: { russians: CardPerson[]; counterparts: CardPerson[]; more: [number, number] };
  title: string;
  /** A name in its own script under the title (a leader's card). */
  nativeName?: string;
  /** Up to three short lines under the title. */
  lines: string[];
  /** The bottom line: the call's sourcing, or what the page adds up to. */
  footer: string;
  /** The image's text alternative. */
  alt: string;
};

/** Two people a side fit on a card; the rest are counted. */
const PER_SIDE = 2;

function cardPerson(p: ResolvedParticipant): CardPerson {
  return { name: p.person.name, ...(p.person.nativeName ? { nativeName: p.person.nativeName } : {}), detail: p.country.name };
}

function span(first: string | undefined, last: string | undefined): string {
  if (!first || !last) return "";
  return first === last ? formatDate(first) : `${formatMonth(first)} – ${formatMonth(last)}`;
}

export function callCard(dataset: Dataset, call: Call): CardContent {
  const { russians, counterparts } = resolveParticipants(dataset, call);
  const kicker = `${CALL_MODE_LABELS[call.mode]} · ${formatDate(call.date)}${call.dateCertainty === "inferred" ? " (date inferred)" : ""}`;
  const footer = sourcingLine(dataset, call);
  const names = (people: ResolvedParticipant[]) => formatList(people.map((p) => p.person.name));
  return {
    kicker,
    sides: {
      russians: russians.slice(0, PER_SIDE).map(cardPerson),
      counterparts: counterparts.slice(0, PER_SIDE).map(cardPerson),
      more: [Math.max(0, russians.length - PER_SIDE), Math.max(0, counterparts.length - PER_SIDE)],
    },
    title: truncate(call.headline, 140),
    lines: [],
    footer,
    alt: `${kicker}: ${names(russians)} with ${names(counterparts)}. ${call.headline}. ${footer}.`,
  };
}

export function leaderCard(dataset: Dataset, person: Person): CardContent {
  const office = latestOffice(person);
  const country = personCountry(dataset, person);
  const calls = dataset.callsByPerson.get(person.id) ?? [];
  const { first, last } = callSpan(calls);
  const others = interlocutors(dataset, person.id).slice(0, 3);
  const lines = [office.title, `${plural(calls.length, "reported call")}${first && last ? ` · ${span(first.date, last.date)}` : ""}`];
  const footer = others.length ? `Spoke most with ${formatList(others.map((o) => `${o.person.name} (${o.count})`))}` : "No calls recorded";
  return {
    kicker: `Leader${country ? ` · ${country.name}` : ""}`,
    title: person.name,
    ...(person.nativeName ? { nativeName: person.nativeName } : {}),
    lines,
    footer,
    alt: `${person.name}, ${office.title}: ${lines[1]}. ${footer}.`,
  };
}

export function countryCard(dataset: Dataset, code: string): CardContent | undefined {
  const summary = countrySummary(dataset, code);
  if (!summary) return undefined;
  const { country, calls, leaders, topics } = summary;
  const { first, last } = callSpan(calls);
  const who = leaders.filter((l) => l.count > 0).slice(0, 3);
  const lines = [`${plural(calls.length, "reported call")}${first && last ? ` · ${span(first.date, last.date)}` : ""}`];
  if (who.length) lines.push(`With ${formatList(who.map((l) => l.item.name))}`);
  const footer = topics.length ? `Most discussed: ${formatList(topics.slice(0, 3).map((t) => t.item.label.toLowerCase()))}` : "What each side said, and the sources";
  return {
    kicker: `Country · ${country.name}`,
    title: `Russia’s calls with ${country.name}`,
    lines,
    footer,
    alt: `Russia’s calls with ${country.name}: ${lines.join(". ")}. ${footer}.`,
  };
}

export function overviewCard(dataset: Dataset): CardContent {
  const figures = keyFigures(dataset);
  const latest = figures.latestCall;
  const lines = [
    `${plural(figures.calls, "reported call")} · ${plural(figures.counterpartCountries, "country", "countries")} · ${span(figures.firstCall?.date, latest?.date)}`,
    "What each side said, side by side, with the sources",
  ];
  const footer = latest ? `Latest: ${formatDateShort(latest.date)}, ${truncate(latest.headline, 90)}` : "No calls yet";
  return { kicker: "The record", title: SITE_TAGLINE, lines, footer, alt: `${SITE_TAGLINE}: ${lines.join(". ")}. ${footer}.` };
}

/** The timeline's card: the view's filters in words, how many calls, over what period, and the newest. */
export function timelineCard(dataset: Dataset, query: CallQuery): CardContent {
  const described = describeCallQuery(dataset, query, "prose");
  const title = described ? truncate(`${described[0]!.toUpperCase()}${described.slice(1)}`, 140) : "Every reported call";
  const calls = filterCalls(dataset, { ...query, sort: "oldest" });
  const first = calls[0];
  const latest = calls.at(-1);
  const lines = [`${plural(calls.length, "reported call")}${first && latest ? ` · ${span(first.date, latest.date)}` : ""}`];
  const footer = latest ? `Latest: ${formatDateShort(latest.date)}, ${truncate(latest.headline, 90)}` : "No calls match this view";
  return { kicker: "Timeline", title, lines, footer, alt: `Timeline: ${title}. ${lines[0]}. ${footer}.` };
}
