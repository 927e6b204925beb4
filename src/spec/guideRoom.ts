/**
 * The room Vega's axes and legends take around the plot, estimated from the spec before anything is
 * drawn. The spec's autosize is `none` with this as its padding: with `fit`, Vega lays the whole chart out
 * twice on every first draw (once to measure the guides, once at the plot size that leaves them room).
 * The view checks the estimate against what it drew and corrects it when it is off (VegaView/fitPadding.ts),
 * so an estimate that misses costs that second pass, never a clipped label.
 */
import type { Spec as VegaSpec } from 'vega';
import { LABEL_GAP, TITLE_GAP, TICKS_DATASET } from './axisMarks';
import {
  COLOUR_LEGEND_DATASET,
  GRADIENT_LENGTH,
  GRADIENT_THICKNESS,
  LABEL_LIMIT,
  LABEL_OFFSET,
  LEGEND_GAP,
  legendHeight,
  SIZE_LEGEND_DATASET,
  TITLE_LIMIT,
  type LegendRow,
} from './legendMarks';
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

type Named = { name: string; value?: unknown; [k: string]: unknown };

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

interface LegendBox {
  width: number;
  height: number;
}

/** Width and height of a legend drawn by legendMarks.ts from its rows. */
function legendBox(
  rows: LegendRow[],
  titleText: string,
  gradient: boolean,
  orient: string,
  fonts: Fonts,
  measure: MeasureText
): LegendBox {
  const title = Math.min(TITLE_LIMIT, measure(titleText, fonts.legendTitle));
  const label = (r: LegendRow) => Math.min(LABEL_LIMIT, measure(r.label, fonts.legendLabel));
  const legendFont = { label: fonts.legendLabel.fontSize, title: fonts.legendTitle.fontSize };
  const height = legendHeight(rows, gradient, legendFont, orient === 'bottom' ? 'bottom' : 'right');
  if (gradient) {
    const labels =
      orient === 'bottom'
        ? GRADIENT_LENGTH + Math.max(0, ...rows.map(label)) / 2
        : GRADIENT_THICKNESS + LABEL_OFFSET + Math.max(0, ...rows.map(label));
    return { width: Math.max(title, labels), height };
  }
  return { width: Math.max(title, ...rows.map((r) => r.labelX + label(r))), height };
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
  const hasAxes = ((spec.data ?? []) as Named[]).some((d) => d.name === TICKS_DATASET);
  const pad = typeof spec.padding === 'number' ? spec.padding : CHART_PADDING;

  let left = pad;
  let bottom = pad;
  let top = pad;
  // The plot's right edge: half the grid lines' width, rounded up.
  let right = pad + 1;
  if (hasAxes) {
    // axisMarks.ts: the y labels (as wide as the spec estimates them) and the title left of the plot,
    // one row of x labels and the title under it.
    // (+1: Vega's text bounds round outwards.)
    left += LABEL_GAP + Number(signal(SIGNALS.yLabelRoom) ?? 0) + TITLE_GAP + fonts.axisTitle.fontSize + 1;
    bottom += LABEL_GAP + fonts.axisLabel.fontSize + TITLE_GAP + fonts.axisTitle.fontSize + 1;
    // The label of a tick at the top edge reaches half its height above the plot.
    top += Math.ceil(fonts.axisLabel.fontSize / 2);
  }

  const meta = (spec.usermeta ?? {}) as { legendOrient?: string | null; colourLegend?: string };
  if (meta.legendOrient) {
    const rows = (name: string) =>
      (((spec.data ?? []) as Named[]).find((d) => d.name === name)?.values as LegendRow[] | undefined) ?? [];
    const size = rows(SIZE_LEGEND_DATASET);
    const boxes = [
      legendBox(
        rows(COLOUR_LEGEND_DATASET),
        String(signal(SIGNALS.colourTitle) ?? ''),
        meta.colourLegend === 'diverging',
        meta.legendOrient,
        fonts,
        measure
      ),
    ];
    if (size.length > 0) {
      boxes.push(legendBox(size, String(signal(SIGNALS.sizeTitle) ?? ''), false, meta.legendOrient, fonts, measure));
    }
    if (meta.legendOrient === 'bottom') {
      bottom += LEGEND_GAP + Math.max(...boxes.map((b) => b.height));
    } else {
      right += LEGEND_GAP + Math.max(...boxes.map((b) => b.width));
    }
  }
  return { left: Math.ceil(left), right: Math.ceil(right), top: Math.ceil(top), bottom: Math.ceil(bottom) };
}
