import type { Dataset } from "@/lib/data";
import { todayUtc } from "@/lib/data/validate";
import type { Call } from "@/lib/schema";
import { callCitationParts } from "@/lib/call-meta";
import { formatDate } from "@/lib/format";
import { callJsonPath } from "@/lib/paths";
import { absoluteUrl, callPath } from "@/lib/site";
import { CITATION_FORMATS, callCitationPath } from "@/lib/citation/citation";
import { EMBED_WIDTH, embedCallPath, embedHeight } from "@/lib/embed/paths";
import { EmbedCode } from "../embed/embed-code";
import { CopyField } from "./copy-field";

/** The permalink and a ready citation to copy, the citation for reference managers, the record as JSON, and the embed. */
export function CiteCall({ dataset, call }: { dataset: Dataset; call: Call }) {
  const [before, after] = callCitationParts(dataset, call);
  return (
    <div className="max-w-3xl">
      <CopyField id="permalink" label="Permalink" text={absoluteUrl(callPath(call.id))} />
      <CopyField id="citation" label="Citation" text={before} textAfterDate={after} serverDate={formatDate(todayUtc())} />
      <p className="text-sm">
        For reference managers (Zotero, EndNote, Mendeley, BibTeX):{" "}
        {(["bibtex", "ris", "csl"] as const).map((format, i) => (
          <span key={format}>
            {i > 0 && " · "}
            <a href={callCitationPath(call.id, format)} download className="underline underline-offset-2">
              {CITATION_FORMATS[format].label}
            </a>
          </span>
        ))}
        .
      </p>
      <p className="mt-2 text-sm">
        <a href={callJsonPath(call.id)} type="application/json" className="underline underline-offset-2">
          This record as JSON
        </a>{" "}
        <span className="text-muted">— the curated record with the people, sources, topics and events it refers to.</span>
      </p>
      <EmbedCode id="embed-code" what="this call" src={embedCallPath(call.id)} title={call.headline} height={embedHeight("call", EMBED_WIDTH.default)} />
    </div>
  );
}
