import Link from "@/components/ui/link";
import { BarList } from "@/components/chart/bar-list";
import { plural } from "@/lib/format";
import type { Overview, RankedItem } from "@/lib/stats";

type Ranking = {
  title: string;
  note: string;
  items: readonly RankedItem[];
  total: number;
  param: "country" | "leader";
  tone: "kremlin" | "counterpart";
  /** Where the full list is, when the ranking shows only the top. */
  more: { href: string; label: string };
};

/** Counterpart countries, counterparts and Russian officials ranked by calls, each row a link into the filtered timeline. */
export function WhoMoscowTalksTo({ rankings, totals }: Pick<Overview, "rankings" | "totals">) {
  const sections: Ranking[] = [
    {
      title: "Counterpart countries",
      note: plural(totals.countries, "country", "countries"),
      items: rankings.countries,
      total: totals.countries,
      param: "country",
      tone: "counterpart",
      more: { href: "/countries", label: `All ${totals.countries} countries` },
    },
    {
      title: "Counterparts",
      note: plural(totals.counterparts, "foreign leader or official", "foreign leaders and officials"),
      items: rankings.counterparts,
      total: totals.counterparts,
      param: "leader",
      tone: "counterpart",
      more: { href: "/leaders", label: `All ${totals.counterparts} counterparts` },
    },
    {
      title: "For Moscow",
      note: `${plural(totals.russians, "Russian official")} on the calls`,
      items: rankings.russians,
      total: totals.russians,
      param: "leader",
      tone: "kremlin",
      more: { href: "/leaders", label: `All ${totals.russians} Russian officials` },
    },
  ];
  return (
    <div className="mt-5 grid gap-x-10 gap-y-8 lg:grid-cols-3">
      {sections.map((section) => (
        <section key={section.title} className="min-w-0">
          <h3 className="font-semibold">{section.title}</h3>
          <p className="mb-2 text-sm text-muted">{section.note}</p>
          <BarList
            label={`${section.title} by number of calls`}
            tone={section.tone}
            items={section.items.map((item) => ({
              key: item.id,
              label: item.label,
              ...(item.detail ? { detail: item.detail } : {}),
              count: item.count,
              href: `/calls?${section.param}=${encodeURIComponent(item.id)}`,
            }))}
          />
          {section.total > section.items.length && (
            <p className="mt-2 text-sm">
              <Link href={section.more.href}>{section.more.label}</Link>
            </p>
          )}
        </section>
      ))}
    </div>
  );
}
