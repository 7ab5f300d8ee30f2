/**
 * /changes.xml: the changelog as an Atom 1.0 feed (RFC 4287), built with the `feed` library like
 * /feed.xml. One entry per addition or correction, newest first: an addition links to the record,
 * a correction to the correction on the record's page. Entry ids are permanent: the permalink
 * with `#added` or `#correction-<n>` (a record's corrections are only ever appended).
 */
import { Feed } from "feed";
import { resolveParticipants } from "../calls";
import type { Dataset } from "../data/validate";
import { DATA_LICENSE } from "../exports/meta";
import { formatDate, formatList } from "../format";
import { absoluteUrl, callPath, SITE_NAME, SITE_URL } from "../site";
import { changeAnchor, getChanges, type Change } from "./changes";
import { CHANGES_FEED_PATH, CHANGES_PATH } from "./paths";

/** Feed readers want the recent changes, not the whole history. */
export const CHANGES_FEED_LIMIT = 100;

/** Titles and summaries are declared as HTML by the library: escape our plain text for it. */
function html(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

const midnightUtc = (isoDate: string) => new Date(`${isoDate}T00:00:00Z`);

/** "Added: <headline>" or "Corrected: <headline>". */
export function changeTitle(change: Change): string {
  return `${change.kind === "added" ? "Added" : "Corrected"}: ${change.call.headline}`;
}

function changeSummary(dataset: Dataset, change: Change): string {
  if (change.kind === "corrected") return `Correction to the record of the call of ${formatDate(change.call.date)}: ${change.note}`;
  const { russians, counterparts } = resolveParticipants(dataset, change.call);
  const who = `${formatList(russians.map((p) => p.person.name))} with ${formatList(counterparts.map((p) => p.person.name))}`;
  return `New record: the call of ${formatDate(change.call.date)}, ${who}. ${change.call.summary}`;
}

const cache = new WeakMap<Dataset, string>();

export function buildChangesFeed(dataset: Dataset, limit = CHANGES_FEED_LIMIT): string {
  const cached = limit === CHANGES_FEED_LIMIT ? cache.get(dataset) : undefined;
  if (cached) return cached;
  const changes = getChanges(dataset).slice(0, limit);
  const feed = new Feed({
    id: absoluteUrl(CHANGES_FEED_PATH),
    title: `${SITE_NAME}: additions and corrections`,
    description: "Every call added to the record and every correction to a record, newest first.",
    link: absoluteUrl(CHANGES_PATH),
    feed: absoluteUrl(CHANGES_FEED_PATH),
    language: "en",
    updated: midnightUtc(changes[0]?.date ?? "1970-01-01"),
    author: { name: SITE_NAME, link: SITE_URL },
    copyright: `Data: ${DATA_LICENSE.name}`,
    generator: false,
  });
  for (const change of changes) {
    const permalink = absoluteUrl(callPath(change.call.id));
    feed.addItem({
      id: change.kind === "added" ? `${permalink}#added` : `${permalink}#correction-${change.number}`,
      link: change.kind === "added" ? permalink : `${permalink}#${changeAnchor(change)}`,
      title: html(changeTitle(change)),
      date: midnightUtc(change.date),
      published: midnightUtc(change.date),
      description: html(changeSummary(dataset, change)),
      category: [{ term: change.kind, name: change.kind === "added" ? "Addition" : "Correction" }],
    });
  }
  const xml = feed.atom1();
  if (limit === CHANGES_FEED_LIMIT) cache.set(dataset, xml);
  return xml;
}
