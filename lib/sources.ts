/** The sources a call cites, as its permalink lists them and refers to them. */
import type { Dataset } from "./data/validate";
import type { Call, Source } from "./schema";
import { formatDateShort } from "./format";

export type CitedSource = { number: number; source: Source; /** Short name in references: the publisher, with the date where a publisher appears twice. */ label: string };

export function citedSources(dataset: Dataset, call: Call): CitedSource[] {
  const sources = call.sources.flatMap((id) => dataset.sourceById.get(id) ?? []);
  const perPublisher = new Map<string, number>();
  for (const s of sources) perPublisher.set(s.publisher, (perPublisher.get(s.publisher) ?? 0) + 1);
  return sources.map((source, i) => {
    const shared = (perPublisher.get(source.publisher) ?? 0) > 1;
    const label = shared ? `${source.publisher}, ${source.date ? formatDateShort(source.date) : `source ${i + 1}`}` : source.publisher;
    return { number: i + 1, source, label };
  });
}

/** The host of a URL, for a source with no headline ("trtworld.com"). */
export function urlHost(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, "");
  } catch {
    return url;
  }
}
