import { SCHEMA_EXPORT } from "@/lib/exports/catalog";
import { jsonSchemaText } from "@/lib/exports/json-schema";

export const dynamic = "force-static";

/** The JSON Schema generated from the zod schemas at build time. */
export function GET() {
  return new Response(jsonSchemaText(), {
    headers: {
      "Content-Type": SCHEMA_EXPORT.contentType,
      "Content-Disposition": 'inline; filename="readout-schema.json"',
      "Access-Control-Allow-Origin": "*",
    },
  });
}
