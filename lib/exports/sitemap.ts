import type { MetadataRoute } from "next";
import type { Dataset } from "../data/validate";
import type { Call } from "../schema";
import { absoluteUrl, callPath } from "../site";

/** The day a call's record last changed: its latest correction, else the day it was published (never before the call). */
export function callLastModified(call: Call): string {
  let latest = call.published > call.date ? call.published : call.date;
  for (const correction of call.corrections ?? []) if (correction.date > latest) latest = correction.date;
  return latest;
}

function latestOf(calls: readonly Call[] | undefined): string | undefined {
  let latest: string | undefined;
  for (const call of calls ?? []) {
    const modified = callLastModified(call);
    if (!latest || modified > latest) latest = modified;
  }
  return latest;
}

/**
 * Every page worth indexing: the site's sections (`sectionPaths`), each call's permalink, a page
 * for every person in the registry and for every country that occurs as a counterpart.
 * `lastModified` comes from the data.
 */
export function sitemapEntries(dataset: Dataset, sectionPaths: readonly string[]): MetadataRoute.Sitemap {
  const entry = (path: string, lastModified: string | undefined): MetadataRoute.Sitemap[number] => ({
    url: absoluteUrl(path),
    ...(lastModified ? { lastModified } : {}),
  });
  const latest = latestOf(dataset.calls);
  return [
    ...sectionPaths.map((path) => entry(path, latest)),
    ...dataset.calls.map((call) => entry(callPath(call.id), callLastModified(call))),
    ...dataset.people.map((person) => entry(`/leaders/${person.id}`, latestOf(dataset.callsByPerson.get(person.id)))),
    ...[...dataset.callsByCountry.keys()].sort().map((code) => entry(`/countries/${code}`, latestOf(dataset.callsByCountry.get(code)))),
  ];
}
