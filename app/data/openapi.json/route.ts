import { openApiText } from "@/lib/exports/openapi";

export const dynamic = "force-static";

/** The OpenAPI 3.1 description of every read-only endpoint (lib/exports/openapi.ts). */
export function GET() {
  return new Response(openApiText(), {
    headers: { "Content-Type": "application/json; charset=utf-8", "Access-Control-Allow-Origin": "*" },
  });
}
