/** What the speed and load scripts share. */

/** One URL per page type. */
export const PAGE_TYPES = {
  overview: "/",
  timeline: "/calls",
  "timeline filtered": "/calls?country=IR&topic=ceasefire",
  permalink: "/calls/2026-03-02-putin-mohammed-bin-zayed",
  leader: "/leaders/putin",
  country: "/countries/IR",
  claims: "/claims",
};

/** The middle value (the mean of the two middle ones for an even count). */
export const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};
