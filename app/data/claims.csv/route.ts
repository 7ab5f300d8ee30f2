import { exportRoute } from "@/lib/exports/route";

// Filtered by the timeline's parameters (?country=QA&from=…), so it answers per request; the unfiltered body is built once per process.
export const dynamic = "force-dynamic";

export const GET = exportRoute("claimsCsv");
