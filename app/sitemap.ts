import type { MetadataRoute } from "next";
import { getDataset } from "@/lib/data";
import { sitemapEntries } from "@/lib/exports/sitemap";

/** Every page: the sections, each call's permalink, each leader and each counterpart country. Built at build time. */
export default function sitemap(): MetadataRoute.Sitemap {
  return sitemapEntries(getDataset());
}
