/** One URL per page type, for the speed and load scripts. */
export const PAGE_TYPES = {
  overview: "/",
  timeline: "/calls",
  "timeline filtered": "/calls?country=IR&topic=ceasefire",
  permalink: "/calls/2026-03-02-putin-mohammed-bin-zayed",
  leader: "/leaders/putin",
  country: "/countries/IR",
  claims: "/claims",
};
