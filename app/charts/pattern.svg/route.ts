import { chartImageRoute } from "@/lib/exports/chart-route";

// Filtered by the timeline's parameters, so it answers per request; the whole record's image is built once per process.
export const dynamic = "force-dynamic";

export const GET = chartImageRoute("svg");
