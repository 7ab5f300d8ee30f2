import { buildChangesFeed } from "@/lib/changes/feed";
import { getDataset } from "@/lib/data";

// Read from the data directory in use when the server runs (built once per process), like /feed.xml.
export const dynamic = "force-dynamic";

export function GET(): Response {
  return new Response(buildChangesFeed(getDataset()), {
    headers: { "Content-Type": "application/atom+xml; charset=utf-8", "Access-Control-Allow-Origin": "*" },
  });
}
