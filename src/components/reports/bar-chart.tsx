import { Group } from "@visx/group";
import { scaleBand, scaleLinear } from "@visx/scale";
import { Bar } from "@visx/shape";
import { categoryLabelLayout } from "./category-labels";

// A bar chart drawn on the server with visx (Airbnb's React charting primitives): plain SVG in the HTML, no script
// sent to the browser, so the reports page stays as light as the rest of the console. The figures are always
// also in a table next to the chart (the accessible alternative); the SVG carries a one-sentence summary.

export interface ChartSeries {
  key: string;
  label: string;
  color: string;
}

export interface BarChartProps {
  /** The sentence a screen reader hears for the picture (the table beside it has the figures). */
  summary: string;
  categories: string[];
  series: ChartSeries[];
  /** values[category][series] */
  values: number[][];
  mode?: "stack" | "group";
  /** Bars along the x axis (default) or, for long category names, along the y axis. */
  horizontal?: boolean;
  /** The axis maximum when it is fixed (100 for a percentage). */
  max?: number;
  tick?: (n: number) => string;
  testId?: string;
}

/** Colours with at least 3:1 contrast on white, told apart also by the legend's order and the table. */
export const CHART_COLORS = ["#084a8c", "#c2410c", "#15803d", "#7e22ce", "#b91c1c", "#0e7490", "#a16207", "#475569"];

export function BarChart({
  summary,
  categories,
  series,
  values,
  mode = "stack",
  horizontal = false,
  max,
  tick = String,
  testId,
}: BarChartProps) {
  const rowHeight = 26;
  const width = 720;
  const plotHeight = 204;
  const left = horizontal ? 230 : 56;
  const right = horizontal ? 16 : 12;
  // Under a vertical chart, the categories' names slant when they are wider than their bars' places.
  const labels = categoryLabelLayout(
    horizontal ? [] : categories,
    (width - left - right) / Math.max(1, categories.length),
  );
  const margin = horizontal ? { top: 8, right, bottom: 28, left } : { top: 12, right, bottom: labels.bottom, left };
  const height = horizontal
    ? Math.max(80, categories.length * rowHeight * (mode === "group" ? series.length : 1)) + margin.top + margin.bottom
    : plotHeight + margin.top + margin.bottom;
  const inner = { w: width - margin.left - margin.right, h: height - margin.top - margin.bottom };
  const totals = values.map((row) => (mode === "stack" ? row.reduce((a, b) => a + b, 0) : Math.max(0, ...row)));
  const top = max ?? Math.max(1, ...totals);

  // Categories are placed by position: two inspectors may share a name.
  const band = scaleBand<string>({
    domain: categories.map((_, i) => String(i)),
    range: [0, horizontal ? inner.h : inner.w],
    padding: 0.2,
  });
  const value = scaleLinear<number>({
    domain: [0, top],
    range: horizontal ? [0, inner.w] : [inner.h, 0],
    nice: max === undefined,
  });
  const sub = scaleBand<string>({ domain: series.map((s) => s.key), range: [0, band.bandwidth()], padding: 0.05 });
  // Counts have no fractions: a scale of 0–2 would otherwise tick at 0.5 refusals.
  const counts = values.every((row) => row.every(Number.isInteger));
  const ticks = value.ticks(4).filter((t) => !counts || Number.isInteger(t));
  const shorten = (text: string) => (text.length > 34 ? `${text.slice(0, 33)}…` : text);

  return (
    <div className="space-y-2">
      <svg
        role="img"
        aria-label={summary}
        viewBox={`0 0 ${width} ${height}`}
        className="h-auto w-full max-w-3xl"
        data-testid={testId}
      >
        <Group left={margin.left} top={margin.top}>
          {ticks.map((t) => (
            <g key={t} aria-hidden="true">
              {horizontal ? (
                <>
                  <line x1={value(t)} x2={value(t)} y1={0} y2={inner.h} stroke="#cbd5e1" />
                  <text x={value(t)} y={inner.h + 18} textAnchor="middle" fontSize={12} fill="#334155">
                    {tick(t)}
                  </text>
                </>
              ) : (
                <>
                  <line x1={0} x2={inner.w} y1={value(t)} y2={value(t)} stroke="#cbd5e1" />
                  <text x={-8} y={value(t) + 4} textAnchor="end" fontSize={12} fill="#334155">
                    {tick(t)}
                  </text>
                </>
              )}
            </g>
          ))}
          {categories.map((category, ci) => {
            const at = band(String(ci)) ?? 0;
            let offset = 0;
            return (
              <g key={ci}>
                {series.map((s, si) => {
                  const v = values[ci]?.[si] ?? 0;
                  const length = horizontal ? value(v) : inner.h - value(v);
                  const start = mode === "stack" ? offset : 0;
                  offset += length;
                  const thickness = mode === "group" ? sub.bandwidth() : band.bandwidth();
                  const across = at + (mode === "group" ? (sub(s.key) ?? 0) : 0);
                  return horizontal ? (
                    <Bar
                      key={s.key}
                      x={start}
                      y={across}
                      width={Math.max(0, length)}
                      height={thickness}
                      fill={s.color}
                    />
                  ) : (
                    <Bar
                      key={s.key}
                      x={across}
                      y={inner.h - start - length}
                      width={thickness}
                      height={Math.max(0, length)}
                      fill={s.color}
                    />
                  );
                })}
                {horizontal ? (
                  <text
                    x={-8}
                    y={at + band.bandwidth() / 2 + 4}
                    textAnchor="end"
                    fontSize={12}
                    fill="#0f172a"
                    aria-hidden="true"
                  >
                    {shorten(category)}
                  </text>
                ) : (
                  <text
                    x={at + band.bandwidth() / 2}
                    y={inner.h + 18}
                    textAnchor={labels.angle === 0 ? "middle" : "end"}
                    transform={
                      labels.angle === 0
                        ? undefined
                        : `rotate(${labels.angle} ${at + band.bandwidth() / 2} ${inner.h + 18})`
                    }
                    fontSize={11}
                    fill="#0f172a"
                    aria-hidden="true"
                  >
                    {category}
                  </text>
                )}
              </g>
            );
          })}
        </Group>
      </svg>
      {series.length > 1 && (
        <ul className="flex flex-wrap gap-x-4 gap-y-1 text-sm" aria-hidden="true">
          {series.map((s) => (
            <li key={s.key} className="flex items-center gap-1">
              <span className="inline-block h-3 w-3" style={{ backgroundColor: s.color }} />
              {s.label}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
