import type { Dataset } from "@/lib/data";
import { todayUtc } from "@/lib/data/validate";
import type { Call } from "@/lib/schema";
import { callCitationParts } from "@/lib/call-meta";
import { formatDate } from "@/lib/format";
import { callJsonPath } from "@/lib/paths";
import { absoluteUrl, callPath } from "@/lib/site";
import { CopyField } from "./copy-field";

/** The permalink and a ready citation to copy, and the record as JSON. */
export function CiteCall({ dataset, call }: { dataset: Dataset; call: Call }) {
  const [before, after] = callCitationParts(dataset, call);
  return (
    <div className="max-w-3xl">
      <CopyField id="permalink" label="Permalink" text={absoluteUrl(callPath(call.id))} />
      <CopyField id="citation" label="Citation" text={before} textAfterDate={after} serverDate={formatDate(todayUtc())} />
      <p className="text-sm">
        <a href={callJsonPath(call.id)} type="application/json" className="underline underline-offset-2">
          This record as JSON
        </a>{" "}
        <span className="text-muted">— the curated record with the people, sources, topics and events it refers to.</span>
      </p>
    </div>
  );
}
