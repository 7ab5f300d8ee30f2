import { notFound } from "next/navigation";
import { callRecordJson } from "@/lib/call-meta";
import { getCall, getDataset, getPrerenderedCallIds } from "@/lib/data";
import { PRERENDERED_CALLS } from "@/lib/site";

export const dynamic = "force-static";

export function generateStaticParams() {
  return getPrerenderedCallIds(PRERENDERED_CALLS);
}

/** One call record, with the registry entries it refers to. Built at build time like the permalink. */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const call = getCall(id);
  if (!call) notFound();
  return Response.json(callRecordJson(getDataset(), call), {
    // Open data: other newsrooms' pages may fetch it.
    headers: { "Content-Disposition": `inline; filename="${call.id}.json"`, "Access-Control-Allow-Origin": "*" },
  });
}
