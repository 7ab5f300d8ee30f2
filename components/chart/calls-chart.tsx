import Link from "@/components/ui/link";
import { formatDateShort, formatMonth, plural } from "@/lib/format";
import type { CallSeries } from "@/lib/stats";
import styles from "./calls-chart.module.css";
import { countTicks, layoutMarkers, timeAxis, timeTicks } from "./scale";

export type ChartEvent = { id: string; title: string; date: string; endDate?: string };

type Props = {
  series: CallSeries;
  events: readonly ChartEvent[];
  /** The chart's heading and its one-sentence description (also the SVG's title and desc). */
  title: string;
  description: string;
  /** Prefix for element ids, unique on the page. */
  id: string;
};

const PLOT_HEIGHT = "h-40 sm:h-48";
const ROW_REM = 1.5;
/** Beyond this many crisis events, their list is folded away under the chart. */
const LEGEND_OPEN_MAX = 24;

function binLabel(series: CallSeries, start: string, end: string): string {
  return series.unit === "week" ? `${formatDateShort(start)} – ${formatDateShort(end)}` : formatMonth(start);
}

/**
 * Calls per week over the whole period, crisis events marked on the same axis. Server-rendered:
 * the SVG draws bars and markers; text (axis labels, markers' numbers, values) is HTML laid over
 * it by percentage, so it keeps its size at any width. Every bar with calls is focusable and shows
 * its value on hover and focus; the numbers are also a table.
 */
export function CallsChart({ series, events, title, description, id }: Props) {
  if (series.bins.length === 0) return null;
  const axis = timeAxis(series.start, series.end);
  const { top, ticks } = countTicks(series.max);
  const xTicks = timeTicks(axis);
  const unitNoun = series.unit;
  const inRange = events.filter((e) => e.date >= series.start && e.date <= series.end);
  const markers = layoutMarkers(inRange.map((e) => axis.percent(e.date)));
  const rowCount = markers.length ? Math.max(...markers.map((m) => m.row)) + 1 : 0;
  const withCalls = series.bins.filter((b) => b.count > 0);
  const titleId = `${id}-title`;
  const descId = `${id}-desc`;
  // Bars leave a gap between bins: a seventh of a week, a tenth of a month.
  const pad = series.unit === "week" ? 0.5 : 1.5;

  const legend = (
    <ol className="mt-4 grid gap-x-6 gap-y-1.5 text-sm sm:grid-cols-2 xl:grid-cols-3" aria-label="Crisis events marked on the chart">
      {inRange.map((event, i) => (
        <li key={event.id} className="flex gap-2">
          <span className={`${styles.badge} ${styles.listBadge} mt-0.5 shrink-0`} aria-hidden="true">
            {i + 1}
          </span>
          <span>
            <time dateTime={event.date} className="tabular-nums text-muted">
              {formatDateShort(event.date)}
              {event.endDate && event.endDate > event.date ? ` – ${formatDateShort(event.endDate)}` : ""}
            </time>{" "}
            {event.title}
          </span>
        </li>
      ))}
    </ol>
  );

  return (
    <figure aria-labelledby={titleId} data-unit={series.unit} data-bins={series.bins.length} className="min-w-0">
      <figcaption>
        <h2 id={titleId} className="font-serif text-2xl font-semibold">
          {title}
        </h2>
        <p id={descId} className="mt-1 max-w-3xl text-sm text-muted">
          {description}
        </p>
      </figcaption>

      <div className="mt-5 grid grid-cols-[1.75rem_minmax(0,1fr)] gap-x-2">
        {/* Row 1: numbered event markers above the plot. */}
        <div />
        <div className="relative" style={{ height: `${rowCount * ROW_REM}rem` }} aria-hidden="true">
          {markers.map((marker) => (
            <span
              key={marker.label}
              className={`${styles.badge} absolute ${marker.align === "end" ? "-translate-x-full" : "-translate-x-1/2"}`}
              style={{ left: `${marker.percent}%`, top: `${marker.row * ROW_REM}rem` }}
            >
              {marker.label}
            </span>
          ))}
        </div>

        {/* Row 2: the count axis and the plot. */}
        <div className={`relative ${PLOT_HEIGHT} text-right text-xs text-muted tabular-nums`} aria-hidden="true">
          {ticks.map((t) => (
            <span key={t} className="absolute right-0 -translate-y-1/2 leading-none" style={{ top: `${100 - (t / top) * 100}%` }}>
              {t}
            </span>
          ))}
        </div>
        <div className={`relative ${PLOT_HEIGHT}`}>
          <svg
            role="img"
            aria-labelledby={`${id}-svg-title`}
            aria-describedby={`${id}-svg-desc`}
            viewBox={`0 0 ${axis.days} ${top}`}
            preserveAspectRatio="none"
            className="absolute inset-0 h-full w-full overflow-visible"
          >
            <title id={`${id}-svg-title`}>{title}</title>
            <desc id={`${id}-svg-desc`}>{description}</desc>
            {/* Each layer is one path (event ranges, grid lines, event lines, bars): the same drawing as an element per shape, in a fraction of the markup. */}
            <path
              d={inRange
                .filter((e) => e.endDate && e.endDate > e.date)
                .map((e) => {
                  const width = axis.offset(e.endDate!) - axis.offset(e.date) + 1;
                  return `M${axis.offset(e.date)} 0h${width}v${top}h-${width}z`;
                })
                .join("")}
              className="fill-event-bg"
            />
            <path d={ticks.map((t) => `M0 ${top - t}H${axis.days}`).join("")} className="stroke-rule" strokeWidth={1} vectorEffect="non-scaling-stroke" />
            <path
              d={inRange.map((e) => `M${axis.offset(e.date) + 0.5} 0V${top}`).join("")}
              className="stroke-event"
              strokeWidth={1.5}
              strokeDasharray="3 3"
              vectorEffect="non-scaling-stroke"
            />
            {/* On a phone a week is a few pixels wide: a non-scaling outline keeps thin bars visible. */}
            <path
              d={withCalls
                .map((bin) => {
                  const x = axis.offset(bin.start);
                  const width = axis.offset(bin.end) - x + 1 - 2 * pad;
                  return `M${x + pad} ${top - bin.count}h${width}v${bin.count}h-${width}z`;
                })
                .join("")}
              vectorEffect="non-scaling-stroke"
              className="fill-kremlin stroke-kremlin stroke-[1.5px] sm:stroke-0"
            />
            <line x1={0} x2={axis.days} y1={top} y2={top} className="stroke-muted" strokeWidth={1} vectorEffect="non-scaling-stroke" />
          </svg>

          {/* Hover and focus targets: one element per bar, the full height of the plot; the tip with the value is drawn by CSS from data-tip. */}
          {withCalls.map((bin) => {
            const left = axis.percent(bin.start);
            const width = axis.percent(bin.end) - left + 100 / axis.days;
            const label = `${series.unit === "week" ? "Week of" : ""} ${binLabel(series, bin.start, bin.end)}: ${plural(bin.count, "call")}`.trim();
            return (
              <span
                key={bin.start}
                role="img"
                aria-label={label}
                tabIndex={0}
                data-bar={bin.start}
                data-tip={`${plural(bin.count, "call")}\n${binLabel(series, bin.start, bin.end)}`}
                className={`${styles.bar} ${left > 60 ? styles.tipEnd : styles.tipStart}`}
                style={{ left: `${left}%`, width: `${width}%` }}
              />
            );
          })}
        </div>

        {/* Row 3: the time axis. */}
        <div />
        <div className="relative mt-1 h-5 text-xs text-muted" aria-hidden="true">
          {xTicks.map((t) => (
            <span
              key={t.date}
              className={`absolute top-0 whitespace-nowrap border-l border-muted pl-1 leading-tight ${t.major ? "font-medium text-ink" : "hidden sm:block"}`}
              style={{ left: `${t.percent}%` }}
            >
              {t.label}
            </span>
          ))}
        </div>
      </div>

      {inRange.length > 0 && inRange.length <= LEGEND_OPEN_MAX && legend}
      {inRange.length > LEGEND_OPEN_MAX && (
        <details className="mt-4 text-sm">
          <summary className="cursor-pointer text-link">The {inRange.length} crisis events marked on the chart</summary>
          {legend}
        </details>
      )}

      <details className="mt-4 text-sm">
        <summary className="cursor-pointer text-link">The numbers, {unitNoun} by {unitNoun}</summary>
        <table className="mt-2 w-full max-w-md border-collapse text-left">
          <caption className="mb-2 text-left text-muted">
            Calls per {unitNoun}, {plural(withCalls.length, unitNoun)} with at least one call; the other{" "}
            {plural(series.bins.length - withCalls.length, unitNoun)} of the period had none. Each {unitNoun} links to its calls on the timeline.
          </caption>
          <thead>
            <tr className="border-b border-rule">
              <th scope="col" className="py-1 pr-4 font-semibold">
                {unitNoun === "week" ? "Week" : "Month"}
              </th>
              <th scope="col" className="py-1 text-right font-semibold">
                Calls
              </th>
            </tr>
          </thead>
          <tbody>
            {withCalls.map((bin) => (
              <tr key={bin.start} className={styles.row}>
                <th scope="row" className="pr-4 font-normal">
                  <Link href={`/calls?from=${bin.start}&to=${bin.end}`} className="inline-block py-0.5">
                    {binLabel(series, bin.start, bin.end)}
                  </Link>
                </th>
                <td className="text-right tabular-nums">{bin.count}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}
