import { CITATION_FORMATS, datasetCitationPath } from "@/lib/citation/citation";

/** "BibTeX, RIS or CSL-JSON": the dataset's citation downloads, for the method and data pages. */
export function CitationDownloads() {
  return (["bibtex", "ris", "csl"] as const).map((format, i) => (
    <span key={format}>
      {i > 0 && (i === 2 ? " or " : ", ")}
      <a href={datasetCitationPath(format)} download>
        {CITATION_FORMATS[format].label}
      </a>
    </span>
  ));
}
