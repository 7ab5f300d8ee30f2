/**
 * /feed.xml: the calls as an Atom 1.0 feed (RFC 4287), newest first, built with the `feed` library.
 * One entry per call, up to FEED_LIMIT: id and link are the permalink, `published` the call's
 * date, `updated` the day the record last changed (its latest correction, or the day it was
 * published), the summary our own words. /changes.xml follows the additions and corrections.
 */
import { Feed } from "feed";
import type { Dataset } from "../data/validate";
import type { Call } from "../schema";
import { absoluteUrl, callPath, SITE_NAME, SITE_TAGLINE, SITE_URL } from "../site";
import { formatList } from "../format";
import { resolveParticipants } from "../calls";
import { LEVEL_LABELS } from "../constants";
import { levelsOfCall } from "../views/levels";
import { DATA_LICENSE } from "./meta";
import { callLastModified } from "./sitemap";

/** Feed readers want the recent entries, not the archive: the newest calls only. */
export const FEED_LIMIT = 100;

/** Entry titles and summaries are declared as HTML by the library: escape our plain text for it. */
function html(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

function midnightUtc(isoDate: string): Date {
  return new Date(`${isoDate}T00:00:00Z`);
}

export type FeedOptions = {
  /** The feed's own URL path, with its filters (the self link). */
  path: string;
  /** A description of the filter, for the feed's title ("calls with Qatar"); none for every call. */
  filterLabel?: string;
  limit?: number;
};

/** `calls` in the order they should appear: newest first. */
export function buildAtomFeed(dataset: Dataset, calls: readonly Call[], options: FeedOptions): string {
  const entries = calls.slice(0, options.limit ?? FEED_LIMIT);
  const updated = entries.reduce((latest, call) => (callLastModified(call) > latest ? callLastModified(call) : latest), "");
  const feed = new Feed({
    // Each filtered feed is a feed of its own: its canonical URL identifies it.
    id: absoluteUrl(options.path),
    title: options.filterLabel ? `${SITE_NAME}: ${options.filterLabel}` : `${SITE_NAME}: every reported call`,
    description: SITE_TAGLINE,
    link: SITE_URL,
    feed: absoluteUrl(options.path),
    language: "en",
    updated: updated ? midnightUtc(updated) : midnightUtc(dataset.calls.at(-1)?.date ?? "1970-01-01"),
    author: { name: SITE_NAME, link: SITE_URL },
    copyright: `Data: ${DATA_LICENSE.name}`,
    generator: false,
  });
  for (const call of entries) {
    const { russians, counterparts } = resolveParticipants(dataset, call);
    const who = `${formatList(russians.map((p) => p.person.name))} with ${formatList(counterparts.map((p) => p.person.name))}`;
    const permalink = absoluteUrl(callPath(call.id));
    feed.addItem({
      id: permalink,
      link: permalink,
      title: html(call.headline),
      date: midnightUtc(callLastModified(call)),
      published: midnightUtc(call.date),
      description: html(`${call.date}: ${who}. ${call.summary}`),
      category: [
        ...call.topics.map((id) => ({ term: id, name: dataset.topicById.get(id)?.label ?? id })),
        // The seniority levels of the participants, in a scheme of their own so readers can tell them from topics.
        ...levelsOfCall(dataset, call).map((level) => ({ term: level, name: LEVEL_LABELS[level], scheme: absoluteUrl("/data#levels") })),
      ],
    });
  }
  return feed.atom1();
}
