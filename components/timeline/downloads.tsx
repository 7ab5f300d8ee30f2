import { exportLinks } from "@/lib/exports/catalog";
import type { CallQuery } from "@/lib/filter";

/** "Download this view": the exports filtered exactly like the list (every page of it). */
export function Downloads({ query }: { query: CallQuery }) {
  const links = exportLinks(query);
  const items = [
    { href: links.callsCsv, label: "CSV" },
    { href: links.claimsCsv, label: "claims CSV" },
    { href: links.callsJson, label: "JSON" },
    { href: links.plover, label: "PLOVER" },
    { href: links.feed, label: "Atom feed" },
  ];
  return (
    <p className="mt-8 border-t border-rule pt-4 text-sm text-muted">
      Download this view:{" "}
      {items.map((item, i) => (
        <span key={item.label}>
          {i > 0 && " · "}
          <a href={item.href} className="underline">
            {item.label}
          </a>
        </span>
      ))}
      . <a href="/data" className="underline">About the downloads</a>
    </p>
  );
}
