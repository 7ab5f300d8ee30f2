/** The metadata every page of this site sets the same way: title, description, canonical URL, Open Graph and Twitter cards. */
import type { Metadata } from "next";
import { SITE_NAME } from "./site";

export function pageMetadata({
  title,
  description,
  path,
  type = "website",
}: {
  title: string;
  description: string;
  /** The canonical path; `metadataBase` (the root layout) makes it absolute. */
  path: string;
  type?: "website" | "article" | "profile";
}): Metadata {
  return {
    title,
    description,
    alternates: { canonical: path },
    openGraph: { type, title, description, url: path, siteName: SITE_NAME, locale: "en_GB" },
    // The large card: every page type has a 1200×630 image (its opengraph-image route).
    twitter: { card: "summary_large_image", title, description },
  };
}
