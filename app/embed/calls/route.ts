import { getDataset } from "@/lib/data";
import { embedParams, timelineEmbed, timelineEmbedHtml } from "@/lib/embed/embed";
import { embedResponse } from "@/lib/embed/respond";

// Filtered by the timeline's parameters; proxy.ts caches each URL.
export const dynamic = "force-dynamic";

/** The newest `limit` calls of a timeline view (`?country=QA&limit=5&theme=dark`) for other sites' <iframe>s. */
export function GET(request: Request) {
  const dataset = getDataset();
  const { theme, limit, rest } = embedParams(new URL(request.url).searchParams);
  return embedResponse(timelineEmbedHtml(dataset, timelineEmbed(dataset, rest, limit), { theme }));
}
