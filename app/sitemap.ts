import type { MetadataRoute } from "next";
import { SITE_PAGES } from "@/components/layout/nav-items";
import { getDataset } from "@/lib/data";
import { sitemapEntries } from "@/lib/exports/sitemap";

/** Every page: the sections, the footer's pages, each call's permalink, each leader and each counterpart country. Built at build time. */
export default function sitemap(): MetadataRoute.Sitemap {
  return sitemapEntries(getDataset(), SITE_PAGES);
}
