import "server-only";
import { notFound } from "next/navigation";
import { getCall, getDataset, getPrerenderedCallIds } from "../data";
import { PRERENDERED_CALLS } from "../site";
import { callCsl, citationResponse, datasetCsl, type CitationFormat } from "./citation";

/** The permalinks the build prerenders get their citations prerendered too; the others on their first request. */
export function generateCallCitationParams() {
  return getPrerenderedCallIds(PRERENDERED_CALLS);
}

/** GET handler of `/calls/<id>/citation.<ext>`. */
export function callCitationRoute(format: CitationFormat) {
  return async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
    const call = getCall((await params).id);
    if (!call) notFound();
    return citationResponse(callCsl(getDataset(), call), format);
  };
}

/** GET handler of `/data/citation.<ext>`: the dataset with its version. */
export function datasetCitationRoute(format: CitationFormat) {
  return function GET(): Response {
    return citationResponse(datasetCsl(getDataset()), format);
  };
}
