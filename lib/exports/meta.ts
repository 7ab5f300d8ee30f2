/** What every download says about itself: title, licence, how to cite. One place, read by the exports and the pages. */
import { SITE_NAME, SITE_TAGLINE, SITE_URL, absoluteUrl } from "../site";

export const DATASET_TITLE = `${SITE_NAME}: ${SITE_TAGLINE}`;

export const DATASET_DESCRIPTION =
  "Every reported phone and video call by Russian officials about the Iran crisis of 2024–2026: who spoke, when, " +
  "what the Kremlin and the other side said, the claims each account makes, and the sources for all of it.";

/** The licence of the data (our records, summaries and structure). Quotations remain their speakers' words, as the cited source gives them. */
export const DATA_LICENSE = {
  name: "Creative Commons Attribution 4.0 International (CC BY 4.0)",
  id: "CC-BY-4.0",
  url: "https://creativecommons.org/licenses/by/4.0/",
} as const;

/** "Readout: Russia's Iran-crisis diplomacy, call by call (data version 1a2b…), http://…" */
export function datasetCitation(version: string): string {
  return `${DATASET_TITLE}. Dataset, version ${version}. ${SITE_URL}/ (licence: ${DATA_LICENSE.id}).`;
}

/** The citation of one call: "Readout, “Headline”, 2 March 2026 call record, <permalink>." */
export function callCitation(headline: string, date: string, permalink: string): string {
  return `${SITE_NAME}, “${headline}”, call of ${date}, ${permalink}.`;
}

export const SCHEMA_URL = absoluteUrl("/data/schema.json");

/** A field of a download (a CSV column, a JSON or PLOVER field) and what it holds, as the /data page lists it. */
export type FieldDoc = { name: string; description: string };
