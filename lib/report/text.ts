/** The health report as one screen of plain text (`npm run report`). `npm run report -- --json` prints the Health object instead. */
import type { CallRef, Health, SourceRef } from "./health";

/** How many items of a list the text shows; the JSON has them all. */
const SHOWN = 5;
/** Officials with a column of their own in the table by month; the rest are summed as "others". */
const OFFICIAL_COLUMNS = 4;

function surname(name: string): string {
  return name.split(" ").at(-1) ?? name;
}

function table(rows: string[][], rightAligned: (column: number) => boolean): string[] {
  const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => r[c]!.length)));
  return rows.map((row) => row.map((cell, c) => (rightAligned(c) ? cell.padStart(widths[c]!) : cell.padEnd(widths[c]!))).join("  ").trimEnd());
}

function list<T>(title: string, items: readonly T[], line: (item: T) => string, none = "none"): string[] {
  if (items.length === 0) return [`${title}: ${none}`];
  const out = [`${title}: ${items.length}`, ...items.slice(0, SHOWN).map((item) => `  ${line(item)}`)];
  if (items.length > SHOWN) out.push(`  … and ${items.length - SHOWN} more (--json lists them all)`);
  return out;
}

const call = (c: CallRef) => `${c.id}`;
const short = (text: string, max: number) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);
const source = (s: SourceRef) => `${s.id} (${s.publisher}${s.date ? `, ${s.date}` : ""})`;

export function healthText(health: Health, today: string): string {
  const shown = health.officials.slice(0, OFFICIAL_COLUMNS);
  const others = health.officials.length > OFFICIAL_COLUMNS;
  const header = ["month", "calls", ...shown.map((o) => surname(o.name)), ...(others ? ["others"] : [])];
  const rows: string[][] = [];
  // A run of months without a call is one row, so the gaps show without filling the screen.
  for (let i = 0; i < health.months.length; i++) {
    const m = health.months[i]!;
    if (m.calls === 0) {
      let j = i;
      while (health.months[j + 1]?.calls === 0) j++;
      const span = j > i ? `${m.month}–${health.months[j]!.month}` : m.month;
      rows.push([span, "0", ...shown.map(() => "·"), ...(others ? ["·"] : [])]);
      i = j;
      continue;
    }
    const own = shown.map((o) => m.byOfficial[o.id] ?? 0);
    const all = Object.values(m.byOfficial).reduce((a, b) => a + b, 0);
    rows.push([m.month, String(m.calls), ...own.map(String), ...(others ? [String(all - own.reduce((a, b) => a + b, 0))] : [])]);
  }
  const totals = ["all", String(health.calls), ...shown.map((o) => String(o.calls)), ...(others ? [String(health.officials.slice(OFFICIAL_COLUMNS).reduce((a, o) => a + o.calls, 0))] : [])];

  const lines = [
    `Record health on ${today}: ${health.calls} calls, ${health.sources} sources (data version ${health.version})`,
    "",
    "Calls by month and Russian official (an official counts once per call they took part in)",
    ...table([header, ...rows, totals], (c) => c > 0).map((l) => `  ${l}`),
    "",
    ...list("Single-source calls (one independent report)", health.singleSource, call),
    ...list("Calls without the counterpart's account", health.withoutCounterpartAccount, call),
    ...list("Low-reliability sources", health.lowReliabilitySources, (s) => `${source(s)}, cited by ${s.calls} call${s.calls === 1 ? "" : "s"}`),
    ...list("Leads waiting", health.leadsWaiting, (l) => `${l.id}: ${short(l.who, 60)}`),
    ...list("Sources cited by nothing", health.uncitedSources, source),
    ...list("Sources cited by no call (only by events, offices or leads)", health.citedByNoCall, source),
    ...list(
      "Records not corrected since a later source appeared",
      health.notCorrectedSinceLaterSource,
      (c) => `${c.id}: published ${c.published}, cites ${c.laterSources.map(source).join(", ")}`,
    ),
  ];
  if (health.undatedSourcesOnly.length) lines.push(`  (not knowable for ${health.undatedSourcesOnly.length} record${health.undatedSourcesOnly.length === 1 ? "" : "s"} whose sources carry no date)`);
  return `${lines.join("\n")}\n`;
}
