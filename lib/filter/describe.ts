/** A timeline view's filters in words, for titles: the feed's, a chart's, the social card's and the embed's. */
import type { Dataset } from "../data/validate";
import type { Level } from "../constants";
import { formatDateShort } from "../format";
import { SOURCING_FILTERS } from "../sourcing";
import { isUnfiltered, type CallQuery } from "./params";

const LEVEL_PHRASES: Record<Level, string> = {
  head: "a head of state or government",
  "foreign-minister": "a foreign minister",
  other: "another official",
};

/**
 * "calls with Qatar, on Mediation, from 2026-03-01" (`data`: the feed's title) or "calls with
 * Qatar, on mediation, from 1 Mar 2026" (`prose`: charts, cards and embeds); undefined when the
 * view filters nothing.
 */
export function describeCallQuery(dataset: Dataset, query: CallQuery, style: "data" | "prose" = "data"): string | undefined {
  if (isUnfiltered(query)) return undefined;
  const date = (iso: string) => (style === "data" ? iso : formatDateShort(iso));
  const parts: string[] = [];
  if (query.countries.length) parts.push(`with ${query.countries.map((c) => dataset.countryByCode.get(c)?.name ?? c).join(" or ")}`);
  if (query.leaders.length) parts.push(`involving ${query.leaders.map((l) => dataset.personById.get(l)?.name ?? l).join(" or ")}`);
  if (query.topics.length) {
    const label = (t: string) => dataset.topicById.get(t)?.label ?? t;
    parts.push(`on ${query.topics.map((t) => (style === "prose" ? label(t).toLowerCase() : label(t))).join(" or ")}`);
  }
  if (query.levels.length) parts.push(`where ${query.levels.map((l) => LEVEL_PHRASES[l]).join(" or ")} took part`);
  if (query.sourcing.length) parts.push(`sourced as ${query.sourcing.map((s) => SOURCING_FILTERS.find((f) => f.value === s)?.label.toLowerCase() ?? s).join(" or ")}`);
  if (query.from) parts.push(`from ${date(query.from)}`);
  if (query.to) parts.push(`to ${date(query.to)}`);
  if (query.addedSince) parts.push(`added since ${date(query.addedSince)}`);
  if (query.q) parts.push(`matching “${query.q}”`);
  return `calls ${parts.join(", ")}`;
}
