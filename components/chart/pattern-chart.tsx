import Link from "@/components/ui/link";
import { formatDate, formatDateShort, plural } from "@/lib/format";
import type { PatternChartView } from "@/lib/timeline/pattern";
import { OFFICIALS, PLOT_WIDTH, ROW_HEIGHT, type MatrixCell, type Official } from "@/lib/views/matrix";
import styles from "./pattern-chart.module.css";

type Props = {
  /** The chart of a view (lib/timeline/pattern.ts): its layout, words and links. */
  view: PatternChartView;
  /** The heading, when the page words it its own way; the view's title otherwise. */
  title?: string;
  /** Prefix for element ids, unique on the page. */
  id: string;
  headingLevel?: 2 | 3;
  /** Links that change the view (row order), shown above the chart. */
  controls?: React.ReactNode;
};

/** Space above the rows for the top axis labels, and below them for the bottom axis. */
const AXIS_TOP = 20;
const AXIS_BOTTOM = 22;

const pct = (x: number) => `${((x / PLOT_WIDTH) * 100).toFixed(2)}%`;

const MARK_CLASS: Record<Official, string> = { putin: "mx-p", lavrov: "mx-l", other: "mx-o" };

/** The marks' shapes, centred on the origin; the <use> elements place them. */
function Symbols({ id }: { id: string }) {
  return (
    <defs>
      <circle id={`${id}-putin`} r="4.5" />
      <path id={`${id}-lavrov`} d="M0-5.5L5.5 0 0 5.5-5.5 0z" />
      <path id={`${id}-other`} d="M0-5.5L5 4.2H-5z" />
    </defs>
  );
}

function tint(cell: MatrixCell, max: number): string {
  const share = cell.total / Math.max(1, max);
  return share > 0.6 ? "mx-q4" : share > 0.3 ? "mx-q3" : share > 0.1 ? "mx-q2" : "";
}

/**
 * Who Moscow called, and when: a dot-matrix of calls by counterpart country on a shared time axis,
 * the crisis events on the same axis. Plain server-rendered SVG: x positions are percentages, so
 * the plot stretches to its column while marks and text keep their size; below its narrowest
 * legible width it scrolls sideways and the country names stay in view. Each mark links to its
 * call; the same numbers follow as a table.
 */
export function PatternChart({ view, title = view.title, id, headingLevel = 2, controls }: Props) {
  const { layout, description, rowHref, cellHref, downloads } = view;
  const Heading = `h${headingLevel}` as const;
  const titleId = `${id}-title`;
  const top = layout.eventsHeight + AXIS_TOP;
  const rowsHeight = layout.rowsHeight;
  const height = top + rowsHeight + AXIS_BOTTOM;
  const markCount = layout.rows.reduce((sum, r) => sum + r.marks.length, 0);
  const allRows = [...layout.rows, ...layout.hiddenRows];
  const unit = layout.unit;

  return (
    <figure aria-labelledby={titleId} data-mode={layout.mode} data-marks={markCount} className="mx min-w-0">
      <figcaption>
        <Heading id={titleId} className="font-serif text-2xl font-semibold">
          {title}
        </Heading>
        <p className="mt-1 max-w-3xl text-sm text-muted">{description}</p>
      </figcaption>

      <div className="mt-3 flex flex-wrap items-center justify-between gap-x-6 gap-y-2">
        <ul className={styles.legend} aria-label="Key">
          {OFFICIALS.map((o) => (
            <li key={o.id}>
              <svg width="12" height="12" viewBox="-6 -6 12 12" aria-hidden="true">
                <use href={`#${id}-${o.id}`} className={MARK_CLASS[o.id]} />
              </svg>
              {o.label}
            </li>
          ))}
          {layout.mode === "marks" && (
            <li>
              <svg width="12" height="12" viewBox="-6 -6 12 12" aria-hidden="true">
                <use href={`#${id}-putin`} className="mx-p mx-n" />
              </svg>
              hollow: no head of state or government on the other side
            </li>
          )}
          {layout.events.length > 0 && (
            <li>
              <svg width="10" height="14" aria-hidden="true">
                <line x1="5" x2="5" y1="0" y2="14" className={styles.ev} />
              </svg>
              crisis event
            </li>
          )}
        </ul>
        {controls}
      </div>
      {layout.mode === "bins" && unit && (
        <p className="mt-2 max-w-3xl text-sm text-muted">
          Too many calls to draw one by one: each box counts the calls in a {unit}, and its coloured line shows the share of Putin, Lavrov and others. The
          darker the box, the busier the {unit} (the busiest had {plural(layout.maxCell, "call")}).
        </p>
      )}

      <div className={`${styles.scroll} mt-3`}>
        <div className={styles.grid}>
          <div className={styles.labels}>
            <div style={{ height: top }} />
            <ol aria-label="Countries, with their number of calls">
              {layout.rows.map((row) => (
                <li key={row.key} className="mx-r" style={row.height === ROW_HEIGHT ? undefined : { height: row.height }}>
                  <a href={rowHref(row.key)}>{row.label}</a>
                  <span>
                    {row.total}
                    <span className="sr-only"> {row.total === 1 ? "call" : "calls"}</span>
                  </span>
                </li>
              ))}
            </ol>
          </div>
          <svg
            className={styles.plot}
            height={height}
            role="group"
            aria-label={`${title}: ${layout.mode === "marks" ? "each mark a call, linked to its record" : `calls per ${unit} and country, each box linked to its calls`}`}
          >
            <Symbols id={id} />
            <g aria-hidden="true">
              {layout.events.map((e) =>
                e.x2 !== undefined ? (
                  <rect key={`b${e.id}`} x={pct(e.x)} width={pct(e.x2 - e.x)} y={layout.eventsHeight} height={height - layout.eventsHeight - AXIS_BOTTOM} className={styles.band} />
                ) : null,
              )}
              {layout.ticks.map((t) => (
                <g key={t.date}>
                  <line x1={pct(t.x)} x2={pct(t.x)} y1={top - 4} y2={top + rowsHeight + 4} className={styles.tick} />
                  <text x={pct(t.x)} dx="3" y={top - 6} className={styles.ax} fontWeight={t.major ? 600 : undefined}>
                    {t.label}
                  </text>
                  <text x={pct(t.x)} dx="3" y={height - 6} className={styles.ax} fontWeight={t.major ? 600 : undefined}>
                    {t.label}
                  </text>
                </g>
              ))}
              {layout.rows.map((row) => (
                <line key={row.key} x1="0" x2="100%" y1={top + row.y + 0.5} y2={top + row.y + 0.5} className={styles.rule} />
              ))}
              <line x1="0" x2="100%" y1={top + rowsHeight + 0.5} y2={top + rowsHeight + 0.5} className={styles.rule} />
              {layout.events.map((e) => (
                <line key={`l${e.id}`} x1={pct(e.x)} x2={pct(e.x)} y1={layout.eventsHeight} y2={top + rowsHeight} className={styles.ev} />
              ))}
              {layout.badges.map((b) => (
                <svg key={b.label} x={pct(b.x)} y={b.row * 20} overflow="visible">
                  <rect x={-b.width / 2} y="1" width={b.width} height="17" rx="8.5" className={styles.badge} />
                  <text textAnchor="middle" y="14">
                    {b.label}
                  </text>
                </svg>
              ))}
            </g>
            {layout.rows.map((row) => {
              const cy = top + row.y + row.height / 2;
              if (layout.mode === "marks") {
                return (
                  <g key={row.key}>
                    {row.marks.map((m) => (
                      <a key={m.callId} href={`/calls/${m.callId}`} aria-label={m.label}>
                        <use href={`#${id}-${m.official}`} x={pct(m.x)} y={cy + m.dy} className={m.head ? MARK_CLASS[m.official] : `${MARK_CLASS[m.official]} mx-n`} />
                      </a>
                    ))}
                  </g>
                );
              }
              // Bins: the boxes and the split lines are drawn in the plot's own units in a row-high SVG
              // that stretches sideways (boxes may stretch, marks may not); the counts are text placed by
              // percentage above them, so they keep their shape. One path per official for the row's split lines.
              const r = (n: number) => Math.round(n * 10) / 10;
              const split: Record<Official, string> = { putin: "", lavrov: "", other: "" };
              for (const c of row.cells) {
                let offset = c.x;
                for (const o of OFFICIALS) {
                  const w = (c.width * c.counts[o.id]) / c.total;
                  if (w > 0) split[o.id] += `M${r(offset)} ${row.height - 9}h${r(w)}v3h-${r(w)}z`;
                  offset += w;
                }
              }
              return (
                <g key={row.key}>
                  <svg y={top + row.y} width="100%" height={row.height} viewBox={`0 0 ${PLOT_WIDTH} ${row.height}`} preserveAspectRatio="none">
                    {row.cells.map((c) => (
                      <a key={c.start} href={cellHref(row.key, c.start, c.end)} aria-label={c.label}>
                        <rect x={c.x} width={c.width} y="3" height={row.height - 6} className={`mx-c ${tint(c, layout.maxCell)}`} />
                      </a>
                    ))}
                    {OFFICIALS.map((o) => (split[o.id] ? <path key={o.id} d={split[o.id]} className={`${MARK_CLASS[o.id]} mx-s`} /> : null))}
                  </svg>
                  {row.cells.map((c) => (
                    <text key={c.start} x={pct(c.x + c.width / 2)} y={top + row.y + 19} className="mx-k" aria-hidden="true">
                      {c.total}
                    </text>
                  ))}
                </g>
              );
            })}
          </svg>
        </div>
      </div>

      {layout.events.length > 0 && (
        <details className="mt-3 text-sm" open={layout.events.length <= 12 ? true : undefined}>
          <summary className="cursor-pointer text-link">The {plural(layout.events.length, "crisis event")} on the chart</summary>
          <ol className="mt-2 grid gap-x-6 gap-y-1 sm:grid-cols-2 xl:grid-cols-3">
            {layout.events.map((e) => (
              <li key={e.id} className="flex gap-2">
                <span className="w-7 shrink-0 text-right font-semibold tabular-nums text-event">{e.number}</span>
                <span>
                  <time dateTime={e.date} className="tabular-nums text-muted">
                    {formatDateShort(e.date)}
                    {e.endDate ? ` – ${formatDateShort(e.endDate)}` : ""}
                  </time>{" "}
                  {e.title}
                </span>
              </li>
            ))}
          </ol>
        </details>
      )}

      <details className="mt-3 text-sm">
        <summary className="cursor-pointer text-link">The numbers, country by country</summary>
        <div className="overflow-x-auto">
          <table className="mt-2 w-full min-w-[34rem] border-collapse text-left">
            <caption className="mb-2 text-left text-muted">
              {plural(layout.total, "call")} with {plural(allRows.length, "counterpart country", "counterpart countries")}, by who spoke for Moscow
              {layout.hiddenRows.length > 0 ? `; the chart shows the ${layout.rows.length} with most calls` : ""}. A call with leaders of two
              countries counts for each.
            </caption>
            <thead>
              <tr className="border-b border-rule">
                <th scope="col" className="py-1 pr-3 font-semibold">Country</th>
                <th scope="col" className="py-1 pr-3 text-right font-semibold">Calls</th>
                {OFFICIALS.map((o) => (
                  <th key={o.id} scope="col" className="py-1 pr-3 text-right font-semibold">
                    {o.label}
                  </th>
                ))}
                <th scope="col" className="py-1 pr-3 font-semibold">First</th>
                <th scope="col" className="py-1 font-semibold">Latest</th>
              </tr>
            </thead>
            <tbody>
              {allRows.map((row) => (
                <tr key={row.key} className={styles.row}>
                  <th scope="row" className="font-normal">
                    <Link href={rowHref(row.key)}>{row.label}</Link>
                  </th>
                  <td className="text-right tabular-nums">{row.total}</td>
                  {OFFICIALS.map((o) => (
                    <td key={o.id} className="text-right tabular-nums">
                      {row.counts[o.id]}
                    </td>
                  ))}
                  <td className="tabular-nums">{formatDate(row.first)}</td>
                  <td className="tabular-nums">{formatDate(row.last)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>

      <p className="mt-3 text-sm text-muted">
        Download this chart, with its title, filters and credit:{" "}
        <a href={downloads.svg} download className="underline">
          SVG
        </a>{" "}
        ·{" "}
        <a href={downloads.png} download className="underline">
          PNG
        </a>
      </p>
    </figure>
  );
}
