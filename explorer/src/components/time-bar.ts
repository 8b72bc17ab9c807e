import { brushX, type D3BrushEvent } from "d3-brush";
import { scaleLinear, scaleUtc } from "d3-scale";
import { select } from "d3-selection";
import { dayEnd, dayStart, isoDay } from "../dates.js";
import type { ExplorerTimeBarQuery } from "../generated/operations.js";

type Bucket = ExplorerTimeBarQuery["months"][number];

/** Beyond this many years, bars are years rather than months. */
const MONTHLY_UP_TO_YEARS = 8;
const WIDTH = 900;
const HEIGHT = 120;
const MARGIN = { top: 8, right: 12, bottom: 22, left: 12 };

/**
 * Where a moment (ms since the epoch) lies along the time bar, as a fraction of its width: the
 * event list draws each date's interval on the same scale.
 */
export type TimeScale = (ms: number) => number;

/**
 * A histogram of the entity's events by month or year (from `eventHistogram`, aggregated on the
 * server). Events dated less precisely than a bar are its lighter top part. Brushing a range calls
 * `onBrush` with its first and last day; a click that clears the brush calls it with nulls.
 */
export function timeBar(
  histogram: ExplorerTimeBarQuery,
  brushed: { from: string | null; to: string | null },
  onBrush: (from: string | null, to: string | null) => void,
): { element: SVGSVGElement; scale: TimeScale | null } {
  const svg = select(document.createElementNS("http://www.w3.org/2000/svg", "svg"))
    .attr("class", "time-bar")
    .attr("viewBox", `0 0 ${WIDTH} ${HEIGHT}`)
    .attr("role", "img");
  const buckets = chooseBuckets(histogram);
  if (buckets.length === 0) {
    svg
      .append("text")
      .attr("x", WIDTH / 2)
      .attr("y", HEIGHT / 2)
      .attr("text-anchor", "middle")
      .text("No dated events");
    return { element: svg.node()!, scale: null };
  }
  const x = scaleUtc()
    .domain([dayStart(buckets[0]!.from), dayEnd(buckets.at(-1)!.to)])
    .range([MARGIN.left, WIDTH - MARGIN.right]);
  const y = scaleLinear()
    .domain([0, Math.max(...buckets.map((bucket) => bucket.count))])
    .range([HEIGHT - MARGIN.bottom, MARGIN.top]);
  const bars = svg
    .append("g")
    .selectAll("g")
    .data(buckets)
    .join("g")
    .attr("class", "bar")
    .attr("data-bucket", (bucket) => bucket.bucket);
  bars
    .append("title")
    .text(
      (bucket) =>
        `${bucket.bucket}: ${bucket.count} event${bucket.count === 1 ? "" : "s"}` +
        (bucket.imprecise ? ` (${bucket.imprecise} dated less precisely)` : ""),
    );
  const barX = (bucket: Bucket) => x(dayStart(bucket.from)) + 0.5;
  const barWidth = (bucket: Bucket) => Math.max(1, x(dayEnd(bucket.to)) - x(dayStart(bucket.from)) - 1);
  bars
    .append("rect")
    .attr("class", "precise")
    .attr("x", barX)
    .attr("width", barWidth)
    .attr("y", (bucket) => y(bucket.count - bucket.imprecise))
    .attr("height", (bucket) => y(0) - y(bucket.count - bucket.imprecise));
  bars
    .append("rect")
    .attr("class", "imprecise")
    .attr("x", barX)
    .attr("width", barWidth)
    .attr("y", (bucket) => y(bucket.count))
    .attr("height", (bucket) => y(bucket.count - bucket.imprecise) - y(bucket.count));
  const axis = svg.append("g").attr("class", "axis");
  for (const tick of x.ticks(8)) {
    axis
      .append("text")
      .attr("x", x(tick))
      .attr("y", HEIGHT - 6)
      .attr("text-anchor", "middle")
      .text(x.tickFormat(8)(tick));
  }
  const brush = brushX<unknown>()
    .extent([
      [MARGIN.left, MARGIN.top],
      [WIDTH - MARGIN.right, HEIGHT - MARGIN.bottom],
    ])
    .on("end", (event: D3BrushEvent<unknown>) => {
      if (!event.sourceEvent) return; // moved by code, not by the user
      const selection = event.selection as [number, number] | null;
      if (!selection) return onBrush(null, null);
      onBrush(isoDay(x.invert(selection[0]).getTime()), isoDay(x.invert(selection[1]).getTime() - 1));
    });
  const brushLayer = svg.append("g").attr("class", "brush").call(brush);
  if (brushed.from || brushed.to) {
    const start = brushed.from ? x(dayStart(brushed.from)) : MARGIN.left;
    const end = brushed.to ? x(dayEnd(brushed.to)) : WIDTH - MARGIN.right;
    brushLayer.call(brush.move, [Math.max(MARGIN.left, start), Math.min(WIDTH - MARGIN.right, end)]);
  }
  return { element: svg.node()!, scale: (ms: number) => (x(ms) - MARGIN.left) / (WIDTH - MARGIN.left - MARGIN.right) };
}

/** Months while they span a few years, years beyond. */
function chooseBuckets(histogram: ExplorerTimeBarQuery): Bucket[] {
  const { months, years } = histogram;
  if (months.length === 0) return [];
  const spanYears = Number(months.at(-1)!.from.slice(0, 4)) - Number(months[0]!.from.slice(0, 4)) + 1;
  return spanYears <= MONTHLY_UP_TO_YEARS ? months : years;
}
