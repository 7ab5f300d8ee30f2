/** A view of the timeline in words, for titles: the feed's, a chart's ("calls with Qatar, on mediation"). */
import type { Dataset } from "../data/validate";
import type { Level } from "../constants";
import { formatDate } from "../format";
import { isUnfiltered, type CallQuery } from "./params";
import { SOURCING_FILTERS } from "../sourcing";

const LEVEL_PHRASES: Record<Level, string> = {
  head: "a head of state or government",
  "foreign-minister": "a foreign minister",
  other: "another official",
};

/** "calls with Qatar, involving Vladimir Putin, on mediation, from 1 March 2026"; undefined when nothing is filtered. */
export function describeCallQuery(dataset: Dataset, query: CallQuery): string | undefined {
  if (isUnfiltered(query)) return undefined;
  const parts: string[] = [];
  if (query.countries.length) parts.push(`with ${query.countries.map((c) => dataset.countryByCode.get(c)?.name ?? c).join(" or ")}`);
  if (query.leaders.length) parts.push(`involving ${query.leaders.map((l) => dataset.personById.get(l)?.name ?? l).join(" or ")}`);
  if (query.topics.length) parts.push(`on ${query.topics.map((t) => dataset.topicById.get(t)?.label ?? t).join(" or ")}`);
  if (query.levels.length) parts.push(`where ${query.levels.map((l) => LEVEL_PHRASES[l]).join(" or ")} took part`);
  if (query.sourcing.length) {
    const labels = query.sourcing.map((s) => SOURCING_FILTERS.find((f) => f.value === s)?.label ?? s);
    parts.push(`sourced by ${labels.map((l) => l.charAt(0).toLowerCase() + l.slice(1)).join(" or ")}`);
  }
  if (query.from) parts.push(`from ${formatDate(query.from)}`);
  if (query.to) parts.push(`to ${formatDate(query.to)}`);
  if (query.addedSince) parts.push(`added since ${formatDate(query.addedSince)}`);
  if (query.q) parts.push(`matching “${query.q}”`);
  return `calls ${parts.join(", ")}`;
}
