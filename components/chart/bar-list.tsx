import Link from "@/components/ui/link";
import { plural } from "@/lib/format";

export type BarItem = { key: string; label: string; detail?: string; count: number; href: string };

/**
 * A ranking drawn as horizontal bars (the name above its bar where columns are narrow), one link per row (to the filtered timeline). The number is
 * printed beside each bar, so hovering or focusing a row shows it too; the bars are decoration.
 */
export function BarList({ items, tone, label }: { items: readonly BarItem[]; tone: "kremlin" | "counterpart"; label: string }) {
  const max = Math.max(1, ...items.map((i) => i.count));
  return (
    <ol className="space-y-1" aria-label={label}>
      {items.map((item) => (
        <li key={item.key}>
          <Link
            href={item.href}
            className="group grid grid-cols-[minmax(0,1fr)_2.5rem] items-center gap-x-3 rounded-sm px-1 py-1 text-sm text-ink no-underline hover:bg-panel sm:grid-cols-[minmax(0,14rem)_minmax(0,1fr)_2.5rem] lg:grid-cols-[minmax(0,1fr)_2.5rem]"
          >
            <span
              className="col-span-2 min-w-0 truncate group-hover:text-link group-hover:underline sm:col-span-1 lg:col-span-2"
              title={item.detail ? `${item.label} · ${item.detail}` : item.label}
            >
              {item.label}
              {item.detail && <span className="text-muted"> · {item.detail}</span>}
            </span>
            <span aria-hidden="true" className="h-3">
              <span
                className={`block h-full rounded-sm ${tone === "kremlin" ? "bg-kremlin" : "bg-counterpart"}`}
                style={{ width: `${Math.max(2, (item.count / max) * 100)}%` }}
              />
            </span>
            <span className="text-right tabular-nums" title={plural(item.count, "call")}>
              {item.count}
              <span className="sr-only"> {item.count === 1 ? "call" : "calls"}</span>
            </span>
          </Link>
        </li>
      ))}
    </ol>
  );
}
