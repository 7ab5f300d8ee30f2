/** The public origin, used for permalinks in exports, citations and metadata. Set SITE_URL when deploying. */
export const SITE_URL = (process.env.SITE_URL ?? "http://localhost:3000").replace(/\/+$/, "");
export const SITE_NAME = "Readout";
export const SITE_TAGLINE = "Russia's Iran-crisis diplomacy, call by call";

export function absoluteUrl(path: string): string {
  return `${SITE_URL}${path.startsWith("/") ? path : `/${path}`}`;
}

export function callPath(id: string): string {
  return `/calls/${id}`;
}

/**
 * How many permalinks (newest first) the build prerenders. The rest render on the first request
 * and are then cached like the prerendered ones, so every permalink answers and a build at
 * 10,000 calls stays within minutes.
 */
export const PRERENDERED_CALLS = 500;
