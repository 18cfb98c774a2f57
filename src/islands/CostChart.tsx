/**
 * Cumulative cost of each platform over the horizon, drawn by hand as SVG: one band per
 * platform from the low to the high estimate, both edges stroked in the platform's own
 * dash pattern (CSS) and named at the line end, so colour is never the only clue; a
 * dotted line and a dot where the record's option breaks even within the horizon. Labels
 * are placed by src/lib/calculator/labelLayout.ts so they never overlap. The figures are also in a
 * table (see CostCalculator), which is what screen readers get.
 *
 * SVG text scales with the drawing, so the chart is drawn at a few widths and CSS
 * container queries show the one nearest the space it has: its text stays about 12 px
 * from a phone to a wide screen, with or without JavaScript, and nothing measures the page.
 */
import type { JSX } from 'preact';
import type { Range } from '../lib/calculator/costModel';
import { formatMoney, formatNumber, type Lang } from '../lib/text/localeNumber';
import { spreadLabels } from '../lib/calculator/labelLayout';
import { monthStep } from '../lib/calculator/monthStep';

export interface ChartSeries {
  /** Printed at the line end. */
  name: string;
  /** Index m is the cost after m months. */
  points: Range[];
}

/** Where the record's option breaks even (src/lib/calculator/costVerdict.ts): month (a fraction) and cost. */
export interface ChartMark {
  at: number;
  cost: number;
}

interface Props {
  series: ChartSeries[];
  marks: ChartMark[];
  /** One label for the marks ("month 14", "month 16–27"), above the plot between them. */
  markLabel: string;
  lang: Lang;
  /** Accessible description of the whole chart. */
  label: string;
  /** Caption of the x axis ("months"). */
  axis: string;
}

/** Widths the chart is drawn at; CostCalculator.css picks one by the space available. */
export const CHART_WIDTHS = [300, 460, 640];

const HEIGHT = 260;
const TOP = 16;
const PLOT_HEIGHT = HEIGHT - TOP - 40;
/** Rough widths of one character of 12 px system text, plain and bold, to make room for labels. */
const CHAR = 7;
const BOLD_CHAR = 9;
const LABEL_GAP = 15;

/** 1, 2, 2.5 or 5 times a power of ten, at least `raw`. */
function niceStep(raw: number): number {
  const power = 10 ** Math.floor(Math.log10(raw));
  return ([1, 2, 2.5, 5, 10].find((k) => k * power >= raw) ?? 10) * power;
}


export function CostChart(props: Props): JSX.Element {
  return <div class="cc-chart-box">{CHART_WIDTHS.map((width) => drawing(props, width))}</div>;
}

function drawing({ series, marks, markLabel, lang, label, axis }: Props, width: number): JSX.Element {
  // Costs grow linearly, so each edge of a band is a straight line from month 0 to the horizon.
  const horizon = series[0]!.points.length - 1;
  const top = Math.max(1, ...series.map((s) => s.points[horizon]!.high));
  const yStep = niceStep(top / 4);
  const yTicks = Array.from({ length: Math.ceil(top / yStep - 1e-9) + 1 }, (_, i) => i * yStep);
  const yMax = yTicks.at(-1)!;
  const tickText = yTicks.map((v) => formatMoney(v, lang));

  const left = 10 + CHAR * Math.max(...tickText.map((t) => t.length));
  const plotW = width - left - 10 - BOLD_CHAR * Math.max(...series.map((s) => s.name.length));
  const x = (m: number) => Math.round(left + (m / horizon) * plotW);
  const y = (v: number) => Math.round(TOP + PLOT_HEIGHT - (v / yMax) * PLOT_HEIGHT);
  const xStep = monthStep(horizon, Math.max(2, Math.floor(plotW / 36)));

  // Names at the line ends, beside the middle of their band, a line apart at least.
  const labelY = spreadLabels(
    series.map((s) => (y(s.points[horizon]!.low) + y(s.points[horizon]!.high)) / 2),
    LABEL_GAP,
    TOP / 2,
    TOP + PLOT_HEIGHT,
  );
  // The break-even label above the plot, between its marks, kept inside the plot's width.
  const markHalf = (BOLD_CHAR * markLabel.length) / 2;
  const [markX] = marks.length
    ? spreadLabels([marks.reduce((sum, m) => sum + x(m.at), 0) / marks.length], 0, left + markHalf, left + plotW - markHalf)
    : [];

  return (
    <svg class={`cc-chart cc-w${width}`} role="img" aria-label={label} viewBox={`0 0 ${width} ${HEIGHT}`}>
      <g class="cc-grid">
        {yTicks.map((v, i) => (
          <>
            <line x1={left} x2={left + plotW} y1={y(v)} y2={y(v)} />
            <text class="cc-y" x={left - 6} y={y(v)}>
              {tickText[i]}
            </text>
          </>
        ))}
        {Array.from({ length: Math.floor(horizon / xStep) + 1 }, (_, i) => (
          <text x={x(i * xStep)} y={HEIGHT - 24}>
            {formatNumber(i * xStep, lang)}
          </text>
        ))}
        <text x={left + plotW / 2} y={HEIGHT - 4}>
          {axis}
        </text>
      </g>
      {series.map(({ name, points }, i) => {
        const [start, end] = [points[0]!, points[horizon]!];
        const edge = (e: keyof Range) => `M${x(0)} ${y(start[e])}L${x(horizon)} ${y(end[e])}`;
        return (
          <g class={`cc-s-${i}`}>
            <path class="cc-band" d={`${edge('low')}L${x(horizon)} ${y(end.high)}L${x(0)} ${y(start.high)}Z`} />
            <path class="cc-line" d={edge('low') + edge('high')} />
            <text class="cc-end" x={left + plotW + 6} y={labelY[i]}>
              {name}
            </text>
          </g>
        );
      })}
      {marks.map((m) => (
        <g class="cc-mark">
          <path d={`M${x(m.at)} ${TOP + 6}V${TOP + PLOT_HEIGHT}`} />
          <circle cx={x(m.at)} cy={y(m.cost)} r="4" />
        </g>
      ))}
      {marks.length > 0 && (
        <text class="cc-mark-label" x={markX} y={TOP}>
          {markLabel}
        </text>
      )}
    </svg>
  );
}
