import { chartImageRoute } from "@/lib/exports/chart-route";

// Rendered on the server (resvg, fonts from node_modules); filtered by the timeline's parameters.
export const dynamic = "force-dynamic";
export const runtime = "nodejs";

export const GET = chartImageRoute("png");
