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
