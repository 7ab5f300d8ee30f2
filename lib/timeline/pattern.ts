/**
 * The pattern chart of a view of the timeline: its layout, its words (title, description, the
 * filter) and its links (a row's calls, a bin's calls, the chart as an image). One function for the
 * pages and the image downloads, so the picture on the page and the one taken away agree.
 */
import type { Dataset } from "../data/validate";
import { filterCalls, type CallQuery } from "../filter";
import { describeCallQuery } from "../filter/describe";
import { callQueryToParams } from "../filter/params";
import { formatDate, plural } from "../format";
import type { Call } from "../schema";
import { layoutMatrix, type MatrixLayout } from "../views/matrix";
import { timelineHref } from "./chips";

export const PATTERN_TITLE = "Who Moscow called, and when";

export const CHART_IMAGE_PATHS = { svg: "/charts/pattern.svg", png: "/charts/pattern.png" } as const;

/** A query with no filter: the whole record. */
export const WHOLE_RECORD: CallQuery = { countries: [], leaders: [], topics: [], levels: [], sourcing: [], sort: "newest", page: 1 };

export type PatternChartView = {
  layout: MatrixLayout;
  title: string;
  /** The filter in words ("calls with Qatar, on mediation"), if any. */
  filter?: string;
  description: string;
  rowHref: (code: string) => string;
  cellHref: (code: string, from: string, to: string) => string;
  downloads: { svg: string; png: string };
};

/** The URLs of the chart of a view as SVG and PNG: the view's filters and row order; page and list settings left out. */
export function chartImageLinks(query: CallQuery): { svg: string; png: string } {
  const search = callQueryToParams(query, { page: 1, view: undefined, sort: "newest" }).toString();
  return {
    svg: search ? `${CHART_IMAGE_PATHS.svg}?${search}` : CHART_IMAGE_PATHS.svg,
    png: search ? `${CHART_IMAGE_PATHS.png}?${search}` : CHART_IMAGE_PATHS.png,
  };
}

/** The chart of the calls matching `query` (`calls`, when the caller has filtered them already). */
export function patternChart(dataset: Dataset, query: CallQuery, calls: readonly Call[] = filterCalls(dataset, query)): PatternChartView {
  const layout = layoutMatrix(dataset, calls, {
    ...(query.from ? { from: query.from } : {}),
    ...(query.to ? { to: query.to } : {}),
    ...(query.rows ? { rows: query.rows } : {}),
    events: query.events === "hide" ? [] : dataset.events,
  });
  const filter = describeCallQuery(dataset, query, "prose");
  const base: CallQuery = { ...query, page: 1 };
  const order = query.rows === "first" ? "in order of first call" : "most calls first";
  const marks =
    layout.mode === "marks"
      ? "Each mark is a call: circles Putin’s, diamonds Lavrov’s, triangles other officials’; filled where the other side was a head of state or government."
      : `Each box counts a ${layout.unit}’s calls, with the share of Putin, Lavrov and other officials.`;
  // The filter's own dates already say the period.
  const period = !layout.total || query.from || query.to ? "" : layout.start === layout.end ? ` on ${formatDate(layout.start)}` : ` from ${formatDate(layout.start)} to ${formatDate(layout.end)}`;
  return {
    layout,
    title: PATTERN_TITLE,
    ...(filter ? { filter } : {}),
    description: `${plural(layout.total, "reported call")}${filter ? ` (${filter})` : ""}${period}, a row for each counterpart country, ${order}. ${marks}${
      layout.events.length ? " Dashed lines and shaded bands are crisis events." : ""
    }`,
    rowHref: (code) => timelineHref(base, { countries: [code], view: "chart" }),
    cellHref: (code, from, to) =>
      timelineHref(base, {
        countries: [code],
        from: base.from && base.from > from ? base.from : from,
        to: base.to && base.to < to ? base.to : to,
        view: undefined,
        rows: undefined,
      }),
    downloads: chartImageLinks(query),
  };
}
