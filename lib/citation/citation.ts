/**
 * Citations that reference managers read: one call, or the dataset as a whole, as CSL-JSON (the
 * item every format is made from), BibTeX and RIS, made by citation-js rather than by hand, and
 * the Highwire `citation_*` meta tags that Zotero's browser connector reads from a permalink.
 */
import { Cite } from "@citation-js/core";
import "@citation-js/plugin-bibtex";
import "@citation-js/plugin-ris";
import "@citation-js/plugin-csl";
import type { Dataset } from "../data/validate";
import type { Call } from "../schema";
import { CALL_MODE_LABELS } from "../constants";
import { callParticipantsText } from "../call-meta";
import { DATA_LICENSE, DATASET_DESCRIPTION, DATASET_TITLE } from "../exports/meta";
import { SITE_NAME, SITE_URL, absoluteUrl, callPath } from "../site";

export const CITATION_FORMATS = {
  bibtex: { extension: "bib", contentType: "application/x-bibtex; charset=utf-8", label: "BibTeX" },
  ris: { extension: "ris", contentType: "application/x-research-info-systems; charset=utf-8", label: "RIS" },
  csl: { extension: "json", contentType: "application/vnd.citationstyles.csl+json; charset=utf-8", label: "CSL-JSON" },
} as const;
export type CitationFormat = keyof typeof CITATION_FORMATS;

/** `/calls/<id>/citation.bib`, `.ris`, `.json`. */
export function callCitationPath(id: string, format: CitationFormat): string {
  return `${callPath(id)}/citation.${CITATION_FORMATS[format].extension}`;
}

/** `/data/citation.bib`, `.ris`, `.json`: the dataset as a whole. */
export function datasetCitationPath(format: CitationFormat): string {
  return `/data/citation.${CITATION_FORMATS[format].extension}`;
}

/**
 * Record text as one line: a newline inside a title would start a new tag in RIS (or break a
 * BibTeX field), so every run of white space becomes one space. citation-js escapes the rest.
 */
function oneLine(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}

/** A BibTeX key citation-js accepts as given: letters, digits and underscores (readout_2026_03_02_putin_raisi). */
function citationKey(id: string): string {
  return id.replace(/[^A-Za-z0-9]+/g, "_");
}

const dateParts = (iso: string) => ({ "date-parts": [iso.split("-").map(Number)] });

/** The newest date in the record (a call or a correction): the dataset's "as of" date. */
export function datasetDate(dataset: Dataset): string {
  let latest = "";
  for (const call of dataset.calls) {
    if (call.date > latest) latest = call.date;
    for (const c of call.corrections ?? []) if (c.date > latest) latest = c.date;
  }
  return latest;
}

export type CslItem = Record<string, unknown> & { id: string; type: string; title: string; URL: string };

/** The call as a CSL-JSON item: a web page of Readout, dated the day of the call. */
export function callCsl(dataset: Dataset, call: Call): CslItem {
  const mode = CALL_MODE_LABELS[call.mode];
  return {
    id: `readout-${call.id}`,
    "citation-key": citationKey(`readout-${call.id}`),
    type: "webpage",
    title: oneLine(call.headline),
    "container-title": SITE_NAME,
    publisher: SITE_NAME,
    author: [{ literal: SITE_NAME }],
    issued: dateParts(call.date),
    URL: absoluteUrl(callPath(call.id)),
    abstract: oneLine(call.summary),
    genre: "Call record",
    language: "en",
    keyword: call.topics.map((id) => dataset.topicById.get(id)?.label ?? id).join(","),
    note: oneLine(`${mode}: ${callParticipantsText(dataset, call)}. Data version ${dataset.version}. Licence ${DATA_LICENSE.id}.`),
    version: dataset.version,
  };
}

/** The dataset as a CSL-JSON item, with its version. */
export function datasetCsl(dataset: Dataset): CslItem {
  return {
    id: "readout-dataset",
    "citation-key": citationKey("readout-dataset"),
    type: "dataset",
    title: DATASET_TITLE,
    publisher: SITE_NAME,
    author: [{ literal: SITE_NAME }],
    issued: dateParts(datasetDate(dataset) || "2026-01-01"),
    URL: `${SITE_URL}/`,
    abstract: DATASET_DESCRIPTION,
    language: "en",
    version: dataset.version,
    note: `Version ${dataset.version}. Licence ${DATA_LICENSE.id} (${DATA_LICENSE.url}).`,
  };
}

/** The item in a format: BibTeX, RIS or CSL-JSON (an array of one item, as reference managers expect). */
export function formatCitation(item: CslItem, format: CitationFormat): string {
  if (format === "csl") return `${JSON.stringify([item], null, 2)}\n`;
  const cite = new Cite(item);
  if (format === "bibtex") return cite.format("bibtex", { format: "text" });
  return unwrapRis(cite.format("ris", { format: "text" }));
}

/**
 * citation-js breaks RIS values every 70 characters, mid-word; reference managers join such
 * continuation lines differently (some put a space between). Our values are single lines (see
 * `oneLine`), so every line that does not start a tag continues the one before, exactly.
 */
function unwrapRis(ris: string): string {
  return ris.replace(/\r?\n(?![A-Z][A-Z0-9] {2}- ?)/g, "");
}

/** A download's file name: readout-2026-03-02-putin-mohammed-bin-zayed.bib */
export function citationFileName(item: CslItem, format: CitationFormat): string {
  return `${item.id}.${CITATION_FORMATS[format].extension}`;
}

export function citationResponse(item: CslItem, format: CitationFormat): Response {
  return new Response(formatCitation(item, format), {
    headers: {
      "Content-Type": CITATION_FORMATS[format].contentType,
      "Content-Disposition": `attachment; filename="${citationFileName(item, format)}"`,
      "Access-Control-Allow-Origin": "*",
    },
  });
}

/**
 * Highwire Press tags for the permalink's <head> (Next's metadata `other`). Zotero reads them as
 * a report by Readout: title, date, URL, abstract, keywords.
 */
export function callHighwireTags(dataset: Dataset, call: Call): Record<string, string | string[]> {
  const item = callCsl(dataset, call);
  const topics = call.topics.map((id) => dataset.topicById.get(id)?.label ?? id);
  return {
    citation_title: item.title,
    citation_author: SITE_NAME,
    citation_publication_date: call.date.replaceAll("-", "/"),
    citation_date: call.date.replaceAll("-", "/"),
    citation_public_url: item.URL,
    citation_abstract_html_url: item.URL,
    citation_abstract: String(item.abstract),
    citation_publisher: SITE_NAME,
    citation_technical_report_institution: SITE_NAME,
    citation_technical_report_number: call.id,
    citation_language: "en",
    ...(topics.length ? { citation_keywords: topics.join("; ") } : {}),
  };
}
