/** A timeline view's filters in words, for titles of the feed, the social card and the embed. */
import type { Dataset } from "../data/validate";
import { formatDateShort } from "../format";
import { SOURCING_FILTERS } from "../sourcing";
import { isUnfiltered, type CallQuery } from "./params";

/**
 * "calls with Qatar, on Mediation, from 2026-03-01" (`data`: the feed's title) or "calls with
 * Qatar, on mediation, from 1 Mar 2026" (`prose`: cards and embeds); undefined when the view
 * filters nothing.
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
  if (query.sourcing.length) parts.push(`sourced as ${query.sourcing.map((s) => SOURCING_FILTERS.find((f) => f.value === s)?.label.toLowerCase() ?? s).join(" or ")}`);
  if (query.from) parts.push(`from ${date(query.from)}`);
  if (query.to) parts.push(`to ${date(query.to)}`);
  if (query.q) parts.push(`matching “${query.q}”`);
  return `calls ${parts.join(", ")}`;
}
