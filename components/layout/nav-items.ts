/** The site's sections, in the order of the header navigation. */
export const NAV_ITEMS = [
  { href: "/", label: "Overview" },
  { href: "/calls", label: "Timeline" },
  { href: "/leaders", label: "Leaders" },
  { href: "/countries", label: "Countries" },
  { href: "/claims", label: "Claims" },
  { href: "/data", label: "Data" },
  { href: "/about", label: "About" },
] as const;

/** Pages linked from the footer only (and in the sitemap): not sections of their own. */
export const FOOTER_ITEMS = [
  { href: "/about", label: "Method" },
  { href: "/data", label: "Data" },
  { href: "/leads", label: "Leads" },
] as const;

/** Every page the sitemap lists besides the records: the sections and the footer's pages, once each. */
export const SITE_PAGES: readonly string[] = [...new Set([...NAV_ITEMS, ...FOOTER_ITEMS].map((item) => item.href))];
