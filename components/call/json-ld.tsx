import { serializeJsonLd } from "@/lib/json-ld";

/** Structured data for search engines, escaped so no text in the data can end the script. */
export function JsonLd({ data }: { data: unknown }) {
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: serializeJsonLd(data) }} />;
}
