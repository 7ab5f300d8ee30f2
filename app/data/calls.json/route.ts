import { toCallExport } from "@/lib/calls";
import { getDataset } from "@/lib/data";

export const dynamic = "force-static";

/** Every call, oldest first, with participants resolved and the permalink. Built at build time. */
export function GET() {
  const dataset = getDataset();
  return Response.json(dataset.calls.map((call) => toCallExport(dataset, call)));
}
