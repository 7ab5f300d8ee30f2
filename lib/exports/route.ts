import "server-only";
import { getDataset } from "../data";
import type { ExportId } from "./catalog";
import { exportResponse } from "./respond";

/** The GET handler of a download route: `export const GET = exportRoute("callsCsv")`. */
export function exportRoute(id: ExportId) {
  return function GET(request: Request): Response {
    return exportResponse(getDataset(), id, request);
  };
}
