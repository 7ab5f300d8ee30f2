import { getCall, getDataset } from "@/lib/data";
import { callEmbedHtml, embedParams, notFoundEmbedHtml } from "@/lib/embed/embed";
import { embedResponse } from "@/lib/embed/respond";

// `?theme=` is read per request; proxy.ts caches each URL.
export const dynamic = "force-dynamic";

/** One call as a compact card for other sites' <iframe>s. */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { theme } = embedParams(new URL(request.url).searchParams);
  const call = getCall((await params).id);
  if (!call) return embedResponse(notFoundEmbedHtml(theme), 404);
  return embedResponse(callEmbedHtml(getDataset(), call, { theme }));
}
