import type { MetadataRoute } from "next";
import { NAV_ITEMS } from "@/components/layout/nav-items";
import { CHANGES_PATH } from "@/lib/changes/paths";
import { getDataset } from "@/lib/data";
import { sitemapEntries } from "@/lib/exports/sitemap";

/** Every page: the sections (and the changelog, linked from the footer), each call's permalink, each leader and each counterpart country. Built at build time. */
export default function sitemap(): MetadataRoute.Sitemap {
  return sitemapEntries(
    getDataset(),
    [...NAV_ITEMS.map((item) => item.href), CHANGES_PATH],
  );
}
