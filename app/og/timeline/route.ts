import { getDataset } from "@/lib/data";
import { parseCallQuery } from "@/lib/filter";
import { timelineCard } from "@/lib/og/cards";
import { renderCard } from "@/lib/og/render";

// The timeline's card depends on its filters (?country=QA&…): drawn per view, then cached per URL by proxy.ts like the view itself.
export const dynamic = "force-dynamic";

export async function GET(request: Request) {
  const dataset = getDataset();
  const { query } = parseCallQuery(new URL(request.url).searchParams, dataset);
  return renderCard(timelineCard(dataset, query));
}
