/** A timeline view's filters in words, for titles of the feed, the social card and the embed. */
import type { Dataset } from "../data/validate";
import { formatDateShort } from "../format";
import { SOURCING_FILTERS } from "../sourcing";
import { isUnfiltered, type CallQuery } from "./params";

/** "calls with Qatar, on mediation, from 1 Mar 2026"; undefined when the view filters nothing. */
export function describeCallQuery(dataset: Dataset, query: CallQuery, dates: "iso" | "words" = "iso"): string | undefined {
  if (isUnfiltered(query)) return undefined;
  const date = (iso: string) => (dates === "iso" ? iso : formatDateShort(iso));
  const parts: string[] = [];
  if (query.countries.length) parts.push(`with ${query.countries.map((c) => dataset.countryByCode.get(c)?.name ?? c).join(" or ")}`);
  if (query.leaders.length) parts.push(`involving ${query.leaders.map((l) => dataset.personById.get(l)?.name ?? l).join(" or ")}`);
  if (query.topics.length) parts.push(`on ${query.topics.map((t) => dataset.topicById.get(t)?.label ?? t).join(" or ")}`);
  if (query.sourcing.length) parts.push(`sourced as ${query.sourcing.map((s) => SOURCING_FILTERS.find((f) => f.value === s)?.label.toLowerCase() ?? s).join(" or ")}`);
  if (query.from) parts.push(`from ${date(query.from)}`);
  if (query.to) parts.push(`to ${date(query.to)}`);
  if (query.q) parts.push(`matching “${query.q}”`);
  return `calls ${parts.join(", ")}`;
}
