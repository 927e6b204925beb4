/**
 * The room Vega's axes and legends take around the plot, estimated from the spec before anything is
 * drawn. The spec's autosize is `none` with this as its padding: with `fit`, Vega lays the whole chart out
 * twice on every first draw (once to measure the guides, once at the plot size that leaves them room).
 * The view checks the estimate against what it drew and corrects it when it is off (VegaView/fitPadding.ts),
 * so an estimate that misses costs that second pass, never a clipped label.
 */
import { scale as vegaScale, type Spec as VegaSpec } from 'vega';
import { SIGNALS } from './signals';

export interface Padding {
  left: number;
  right: number;
  top: number;
  bottom: number;
}

export interface TextStyle {
  font: string;
  fontSize: number;
  fontWeight?: number | string;
}

/** Width in px of `text` drawn in `style` (the view measures with Vega's own text metrics). */
export type MeasureText = (text: string, style: TextStyle) => number;

/** Empty room around the guides (px), as in the spec. */
export const CHART_PADDING = 8;

// Vega's defaults for what the spec does not set (vega-parser config).
const AXIS = { tickSize: 5, labelPadding: 2, titlePadding: 4, labelLimit: 180 };
const LEGEND = {
  offset: 18,
  titlePadding: 5,
  titleLimit: 180,
  labelOffset: 4,
  labelLimit: 160,
  gradientThickness: 16,
  gradientLength: 200,
  symbolSize: 100,
  symbolStrokeWidth: 1.5,
  rowPadding: 2,
  /** Between two legends stacked beside the plot or side by side below it. */
  gap: 18,
};
/** About one tick per 40 px (guides.ts). */
const TICK_SPACING = 40;

type Named = { name: string; value?: unknown; [k: string]: unknown };
type GuideSpec = Record<string, unknown> & { orient?: string; size?: string; fill?: string; type?: string };

interface Fonts {
  axisLabel: TextStyle;
  axisTitle: TextStyle;
  legendLabel: TextStyle;
  legendTitle: TextStyle;
}

function fontsOf(spec: VegaSpec): Fonts {
  const config = (spec.config ?? {}) as { axis?: Record<string, unknown>; legend?: Record<string, unknown> };
  const style = (c: Record<string, unknown> | undefined, part: 'label' | 'title', size: number): TextStyle => ({
    font: String(c?.[`${part}Font`] ?? 'sans-serif'),
    fontSize: Number(c?.[`${part}FontSize`] ?? size),
    fontWeight: (c?.[`${part}FontWeight`] as number | string | undefined) ?? (part === 'title' ? 'bold' : undefined),
  });
  return {
    axisLabel: style(config.axis, 'label', 10),
    axisTitle: style(config.axis, 'title', 11),
    legendLabel: style(config.legend, 'label', 10),
    legendTitle: style(config.legend, 'title', 11),
  };
}

const widest = (texts: string[], style: TextStyle, measure: MeasureText) =>
  texts.reduce((w, t) => Math.max(w, measure(t, style)), 0);

/** The tick labels Vega's axis writes for a linear or log scale over `domain` (its default format). */
function tickLabels(type: string, domain: [number, number], count: number): string[] {
  const s = vegaScale(type === 'log' ? 'log' : 'linear')().domain(domain) as unknown as {
    ticks(count: number): number[];
    tickFormat(count: number): (v: number) => string;
  };
  const format = s.tickFormat(count);
  return s.ticks(count).map(format);
}

function axisLabels(spec: VegaSpec, channel: 'x' | 'y', signal: (name: string) => unknown, length: number): string[] {
  const categories = signal(channel === 'x' ? SIGNALS.xCategories : SIGNALS.yCategories);
  if (Array.isArray(categories) && categories.length > 0) {
    return categories.map(String);
  }
  const domain = signal(channel === 'x' ? SIGNALS.xDomain : SIGNALS.yDomain);
  const scale = ((spec.scales ?? []) as Named[]).find((s) => s.name === channel);
  if (!Array.isArray(domain) || domain.length !== 2 || !domain.every(Number.isFinite)) {
    return [];
  }
  try {
    return tickLabels(String(scale?.type ?? 'linear'), domain as [number, number], Math.ceil(length / TICK_SPACING));
  } catch {
    return [];
  }
}

/** Diverging legends label the ends and the middle of the domain, signed (colour.ts). */
function gradientLabels(domain: unknown): string[] {
  if (!Array.isArray(domain)) {
    return [];
  }
  return domain.map((v) =>
    typeof v === 'number' && v !== 0 ? `${v > 0 ? '+' : '−'}${formatNumber(Math.abs(v))}` : '0'
  );
}

const formatNumber = (v: number) =>
  Number.isInteger(v) ? v.toLocaleString('en-US') : String(Number(v.toPrecision(3)));

interface LegendBox {
  width: number;
  height: number;
}

function legendBox(
  legend: GuideSpec,
  signal: (name: string) => unknown,
  fonts: Fonts,
  measure: MeasureText,
  plotHeight: number
): LegendBox {
  const box = contentBox(legend, signal, fonts, measure, plotHeight);
  // Symbol strokes and text rounding Vega adds on top of the sizes above.
  return { width: box.width + 2, height: box.height + 4 };
}

function contentBox(
  legend: GuideSpec,
  signal: (name: string) => unknown,
  fonts: Fonts,
  measure: MeasureText,
  plotHeight: number
): LegendBox {
  const titleSignal = legend.size ? SIGNALS.sizeTitle : SIGNALS.colourTitle;
  const title = Math.min(LEGEND.titleLimit, measure(String(signal(titleSignal) ?? ''), fonts.legendTitle));
  const titleRow = fonts.legendTitle.fontSize + LEGEND.titlePadding;
  const labelHeight = fonts.legendLabel.fontSize;
  if (legend.size) {
    const values = (signal(SIGNALS.sizeLegendValues) as number[] | undefined) ?? [];
    const domain = (signal(SIGNALS.sizeDomain) as number[] | undefined) ?? [0, 1];
    const maxArea = Number(signal(SIGNALS.sizeMaxArea) ?? 0);
    const top = Math.max(1e-9, domain[domain.length - 1] ?? 1);
    const diameters = values.map((v) => Math.sqrt(Math.max(0, (v / top) * maxArea)));
    const symbol = Math.max(0, ...diameters) + Number(legend.symbolStrokeWidth ?? LEGEND.symbolStrokeWidth);
    const labels = Math.min(LEGEND.labelLimit, widest(values.map(formatNumber), fonts.legendLabel, measure));
    const rows = diameters.reduce((h, d) => h + Math.max(d + 1, labelHeight) + LEGEND.rowPadding, 0);
    return { width: Math.max(title, symbol + LEGEND.labelOffset + labels), height: titleRow + rows };
  }
  if (legend.type === 'gradient') {
    const labels = widest(gradientLabels(signal(SIGNALS.colourDomain)), fonts.legendLabel, measure);
    // Beside the plot the spec shortens the gradient (guides.ts); below it Vega draws its default length.
    const length = legend.orient === 'right' ? Math.min(160, Math.max(30, plotHeight)) : LEGEND.gradientLength;
    return {
      width: Math.max(title, LEGEND.gradientThickness + LEGEND.labelOffset + labels),
      height: titleRow + length,
    };
  }
  const groups = ((signal(SIGNALS.colourDomain) as unknown[] | undefined) ?? []).map(String);
  const symbol = Math.sqrt(LEGEND.symbolSize) + LEGEND.symbolStrokeWidth;
  const labels = Math.min(LEGEND.labelLimit, widest(groups, fonts.legendLabel, measure));
  return {
    width: Math.max(title, symbol + LEGEND.labelOffset + labels),
    height: titleRow + groups.length * (Math.max(symbol, labelHeight) + LEGEND.rowPadding),
  };
}

/**
 * Padding (px on each side of the plot) for a chart of `width` × `height` drawn from `spec`: the spec's
 * own padding plus the axes (ticks, labels, title) on the left and bottom and the legends beside or below
 * the plot.
 */
export function guideRoom(spec: VegaSpec, width: number, height: number, measure: MeasureText): Padding {
  const signals = new Map(((spec.signals ?? []) as Named[]).map((s) => [s.name, s.value]));
  const signal = (name: string) => signals.get(name);
  const fonts = fontsOf(spec);
  const axisRoom = AXIS.tickSize + AXIS.labelPadding;
  const titleRoom = AXIS.titlePadding + fonts.axisTitle.fontSize;
  const hasAxes = ((spec.axes ?? []) as unknown[]).length > 0;
  const pad = typeof spec.padding === 'number' ? spec.padding : CHART_PADDING;

  let left = pad;
  let bottom = pad;
  let top = pad;
  // The plot's right edge: half the domain and grid lines' width, rounded up.
  let right = pad + 1;
  if (hasAxes) {
    const yLabels = axisLabels(spec, 'y', signal, height);
    left += axisRoom + Math.min(AXIS.labelLimit, widest(yLabels, fonts.axisLabel, measure)) + titleRoom;
    bottom += axisRoom + fonts.axisLabel.fontSize + titleRoom;
    // The label of the top tick reaches half its height above the plot.
    top += Math.ceil(fonts.axisLabel.fontSize / 2);
  }

  const legends = (spec.legends ?? []) as GuideSpec[];
  if (legends.length > 0) {
    const plotHeight = height - top - bottom;
    const boxes = legends.map((l) => legendBox(l, signal, fonts, measure, plotHeight));
    if (legends[0].orient === 'bottom') {
      bottom += LEGEND.offset + Math.max(...boxes.map((b) => b.height));
    } else {
      right += LEGEND.offset + Math.max(...boxes.map((b) => b.width));
    }
  }
  return { left: Math.ceil(left), right: Math.ceil(right), top: Math.ceil(top), bottom: Math.ceil(bottom) };
}
