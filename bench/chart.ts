/**
 * A small SVG line chart for the benchmark report: panels side by side sharing a logarithmic x axis
 * (store size), each with a linear y axis from 0, optional dashed goal lines, a legend, and the
 * value printed beside every point. Hand-written, no dependency, no browser.
 */

export interface ChartPoint {
  readonly x: number;
  readonly y: number;
  /** Printed beside the point; default: `y` formatted. */
  readonly label?: string;
}

export interface ChartSeries {
  readonly name: string;
  readonly color: string;
  readonly dashed?: boolean;
  readonly points: readonly ChartPoint[];
}

export interface ChartGoal {
  readonly y: number;
  readonly label: string;
  readonly color: string;
}

export interface ChartPanel {
  readonly title: string;
  readonly yLabel: string;
  readonly series: readonly ChartSeries[];
  readonly goals?: readonly ChartGoal[];
  /** A logarithmic y axis (1-2-5 ticks) instead of a linear one from 0. */
  readonly yLog?: boolean;
  /** A line of small print under the legend. */
  readonly note?: string;
}

export interface ChartSpec {
  readonly title: string;
  readonly subtitle: string;
  readonly xLabel: string;
  /** Tick marks on the x axis: the measured sizes, each with up to two lines of label. */
  readonly xTicks: readonly { readonly x: number; readonly lines: readonly string[] }[];
  readonly panels: readonly ChartPanel[];
}

const PANEL_W = 520;
const PANEL_H = 330;
const MARGIN = { left: 64, right: 24, top: 34, bottom: 62 };
const LEGEND_LINE = 17;
const FONT = "font-family='system-ui, -apple-system, Segoe UI, Helvetica, Arial, sans-serif'";

function esc(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

function fmt(v: number): string {
  const text = Math.abs(v) >= 100 ? v.toFixed(0) : Math.abs(v) >= 10 ? v.toFixed(1) : v.toFixed(2);
  return text.includes('.') ? text.replace(/\.?0+$/, '') : text;
}

/** A "nice" step for about `count` ticks up to `max`: 1, 2 or 5 × 10^k. */
function niceStep(max: number, count: number): number {
  const raw = max / count;
  const power = 10 ** Math.floor(Math.log10(raw));
  const unit = raw / power;
  return (unit <= 1 ? 1 : unit <= 2 ? 2 : unit <= 5 ? 5 : 10) * power;
}

function panelSvg(panel: ChartPanel, spec: ChartSpec, offsetX: number, offsetY: number, legendRows: number): string {
  const plotW = PANEL_W - MARGIN.left - MARGIN.right;
  const plotH = PANEL_H - MARGIN.top - MARGIN.bottom;
  const x0 = offsetX + MARGIN.left;
  const y0 = offsetY + MARGIN.top;
  const xs = spec.xTicks.map((t) => t.x);
  // Room for the centred labels of the first and last sizes: a third of a decade, or a sixth of the range.
  const pad = Math.max(0.33, (Math.log10(Math.max(...xs)) - Math.log10(Math.min(...xs))) / 6);
  const lo = Math.log10(Math.min(...xs)) - pad;
  const hi = Math.log10(Math.max(...xs)) + pad;
  const px = (x: number) => x0 + ((Math.log10(x) - lo) / (hi - lo || 1)) * plotW;
  const values = [
    ...panel.series.flatMap((s) => s.points.map((p) => p.y)),
    ...(panel.goals ?? []).map((g) => g.y),
  ].filter((v) => Number.isFinite(v) && (!panel.yLog || v > 0));
  let py: (y: number) => number;
  let ticks: number[];
  if (panel.yLog) {
    const ladder = (from: number, to: number) => {
      const out: number[] = [];
      for (let d = Math.floor(Math.log10(from)); d <= Math.ceil(Math.log10(to)); d++)
        for (const m of [1, 2, 5]) out.push(m * 10 ** d);
      return out;
    };
    const all = ladder(Math.min(...values) / 1.3, Math.max(...values) * 1.15);
    const bottom = [...all].reverse().find((t) => t <= Math.min(...values) / 1.3) ?? all[0]!;
    const top = all.find((t) => t >= Math.max(...values) * 1.15) ?? all.at(-1)!;
    ticks = all.filter((t) => t >= bottom && t <= top);
    const [lb, lt] = [Math.log10(bottom), Math.log10(top)];
    py = (y: number) => y0 + plotH - ((Math.log10(Math.max(y, bottom)) - lb) / (lt - lb || 1)) * plotH;
  } else {
    const step = niceStep(Math.max(...values, 1e-9) * 1.12, 5);
    const top = Math.ceil((Math.max(...values, 1e-9) * 1.12) / step) * step;
    ticks = [];
    for (let v = 0; v <= top + step / 2; v += step) ticks.push(v);
    py = (y: number) => y0 + plotH - (y / top) * plotH;
  }
  const out: string[] = [];
  out.push(
    `<text x='${offsetX + PANEL_W / 2}' y='${offsetY + 20}' text-anchor='middle' font-size='15' font-weight='600'>${esc(panel.title)}</text>`,
  );
  // Grid and y ticks.
  for (const v of ticks) {
    const y = py(v);
    out.push(`<line x1='${x0}' x2='${x0 + plotW}' y1='${y.toFixed(1)}' y2='${y.toFixed(1)}' stroke='#e5e7eb'/>`);
    out.push(
      `<text x='${x0 - 6}' y='${(y + 4).toFixed(1)}' text-anchor='end' font-size='11' fill='#4b5563'>${fmt(v)}</text>`,
    );
  }
  // Decade grid lines on the log x axis.
  for (let d = Math.ceil(lo); d <= Math.floor(hi); d++) {
    const x = px(10 ** d);
    out.push(`<line x1='${x.toFixed(1)}' x2='${x.toFixed(1)}' y1='${y0}' y2='${y0 + plotH}' stroke='#f3f4f6'/>`);
  }
  for (const tick of spec.xTicks) {
    const x = px(tick.x);
    out.push(
      `<line x1='${x.toFixed(1)}' x2='${x.toFixed(1)}' y1='${y0}' y2='${y0 + plotH + 4}' stroke='#d1d5db' stroke-dasharray='2 3'/>`,
    );
    tick.lines.forEach((line, i) =>
      out.push(
        `<text x='${x.toFixed(1)}' y='${y0 + plotH + 17 + i * 13}' text-anchor='middle' font-size='${i === 0 ? 12 : 10.5}' fill='${i === 0 ? '#111827' : '#6b7280'}'>${esc(line)}</text>`,
      ),
    );
  }
  out.push(`<rect x='${x0}' y='${y0}' width='${plotW}' height='${plotH}' fill='none' stroke='#9ca3af'/>`);
  out.push(
    `<text x='${x0 + plotW / 2}' y='${y0 + plotH + 50}' text-anchor='middle' font-size='12' fill='#374151'>${esc(spec.xLabel)}</text>`,
  );
  out.push(
    `<text transform='translate(${offsetX + 16} ${y0 + plotH / 2}) rotate(-90)' text-anchor='middle' font-size='12' fill='#374151'>${esc(panel.yLabel)}</text>`,
  );
  // Goal lines (named in the legend).
  for (const goal of panel.goals ?? []) {
    const y = py(goal.y);
    out.push(
      `<line x1='${x0}' x2='${x0 + plotW}' y1='${y.toFixed(1)}' y2='${y.toFixed(1)}' stroke='${goal.color}' stroke-width='1.2' stroke-dasharray='6 4'/>`,
    );
  }
  // Lines and points.
  for (const s of panel.series) {
    const pts = s.points.filter((p) => Number.isFinite(p.y));
    if (pts.length > 1) {
      out.push(
        `<polyline fill='none' stroke='${s.color}' stroke-width='2'${s.dashed ? " stroke-dasharray='5 4'" : ''} points='${pts.map((p) => `${px(p.x).toFixed(1)},${py(p.y).toFixed(1)}`).join(' ')}'/>`,
      );
    }
    for (const p of pts)
      out.push(`<circle cx='${px(p.x).toFixed(1)}' cy='${py(p.y).toFixed(1)}' r='3.5' fill='${s.color}'/>`);
  }
  // Value labels: centred above their points; at each x, sorted top to bottom and pushed apart so they do not overlap.
  for (const x of xs) {
    const labels = panel.series
      .flatMap((s) => s.points.filter((p) => p.x === x && Number.isFinite(p.y)).map((p) => ({ s, p, y: py(p.y) - 7 })))
      .sort((a, b) => a.y - b.y);
    for (let i = 1; i < labels.length; i++) labels[i]!.y = Math.max(labels[i]!.y, labels[i - 1]!.y + 12);
    const overflow = labels.length ? labels.at(-1)!.y - (y0 + plotH - 3) : 0;
    if (overflow > 0) for (const l of labels) l.y -= overflow;
    for (const l of labels) {
      out.push(
        `<text x='${px(x).toFixed(1)}' y='${l.y.toFixed(1)}' text-anchor='middle' font-size='10.5' fill='${l.s.color}' stroke='#ffffff' stroke-width='3' paint-order='stroke'>${esc(l.p.label ?? fmt(l.p.y))}</text>`,
      );
    }
  }
  // Legend under the plot: the series, then the goals.
  const legendY = offsetY + PANEL_H + 4;
  panel.series.forEach((s, i) => {
    const y = legendY + i * LEGEND_LINE;
    out.push(
      `<line x1='${x0}' x2='${x0 + 22}' y1='${y}' y2='${y}' stroke='${s.color}' stroke-width='2'${s.dashed ? " stroke-dasharray='5 4'" : ''}/>`,
    );
    out.push(`<circle cx='${x0 + 11}' cy='${y}' r='3' fill='${s.color}'/>`);
    out.push(`<text x='${x0 + 30}' y='${y + 4}' font-size='11.5' fill='#111827'>${esc(s.name)}</text>`);
  });
  (panel.goals ?? []).forEach((g, i) => {
    const y = legendY + (panel.series.length + i) * LEGEND_LINE;
    out.push(
      `<line x1='${x0}' x2='${x0 + 22}' y1='${y}' y2='${y}' stroke='${g.color}' stroke-width='1.2' stroke-dasharray='6 4'/>`,
    );
    out.push(`<text x='${x0 + 30}' y='${y + 4}' font-size='11.5' fill='${g.color}'>${esc(g.label)}</text>`);
  });
  if (panel.note) {
    out.push(
      `<text x='${x0}' y='${legendY + legendRows * LEGEND_LINE + 2}' font-size='10.5' fill='#6b7280'>${esc(panel.note)}</text>`,
    );
  }
  return out.join('\n');
}

/** The chart as an SVG document. */
export function renderChart(spec: ChartSpec): string {
  const legendRows = Math.max(...spec.panels.map((p) => p.series.length + (p.goals?.length ?? 0)));
  const header = 56;
  const width = PANEL_W * spec.panels.length + 20;
  const height = header + PANEL_H + legendRows * LEGEND_LINE + (spec.panels.some((p) => p.note) ? 22 : 8);
  const body = spec.panels.map((panel, i) => panelSvg(panel, spec, 10 + i * PANEL_W, header, legendRows)).join('\n');
  return `<?xml version='1.0' encoding='UTF-8'?>
<svg xmlns='http://www.w3.org/2000/svg' width='${width}' height='${height}' viewBox='0 0 ${width} ${height}' ${FONT}>
<rect width='100%' height='100%' fill='#ffffff'/>
<text x='${width / 2}' y='24' text-anchor='middle' font-size='17' font-weight='700' fill='#111827'>${esc(spec.title)}</text>
<text x='${width / 2}' y='43' text-anchor='middle' font-size='12' fill='#4b5563'>${esc(spec.subtitle)}</text>
${body}
</svg>
`;
}
