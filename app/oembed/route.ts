import { getDataset } from "@/lib/data";
import { oembed } from "@/lib/embed/oembed";

export const dynamic = "force-dynamic";

/** oEmbed 1.0 provider: `?url=<a page of this site>&format=json&maxwidth=&maxheight=` (see lib/embed/oembed.ts). */
export function GET(request: Request) {
  const url = new URL(request.url);
  // The origin asked, as the Host header names it (Next's request.url says "localhost" whatever the host).
  const host = request.headers.get("host");
  const origins = [url.origin, ...(host ? [`${url.protocol}//${host}`] : [])];
  const result = oembed(getDataset(), url.searchParams, origins);
  const headers = { "Access-Control-Allow-Origin": "*" };
  if (result.status !== 200) {
    return new Response(`${result.message}\n`, { status: result.status, headers: { ...headers, "Content-Type": "text/plain; charset=utf-8" } });
  }
  return Response.json(result.body, { headers });
}
