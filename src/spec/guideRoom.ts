/**
 * The room Vega's axes and legends take around the plot, estimated from the spec before anything is
 * drawn. The spec's autosize is `none` with this as its padding: with `fit`, Vega lays the whole chart out
 * twice on every first draw (once to measure the guides, once at the plot size that leaves them room).
 * The view checks the estimate against what it drew and corrects it when it is off (VegaView/fitPadding.ts),
 * so an estimate that misses costs that second pass, never a clipped label.
 */
import type { Spec as VegaSpec } from 'vega';
import { LABEL_GAP, TITLE_GAP, TICKS_DATASET } from './axisMarks';
import { LABEL_LIMIT, LEGEND_GAP, LEGEND_TEXTS_DATASET, TITLE_LIMIT, type LegendText } from './legendMarks';
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

/**
 * Width of the legends beside the plot (their widest text from the legends' left edge) or height of the
 * legends below it (their lowest row), from the texts legendMarks.ts draws. Gradient labels are the
 * widest label right of the gradient (beside) or a row under it (below).
 */
function legendExtent(texts: LegendText[], orient: string, fonts: Fonts, measure: MeasureText): number {
  if (orient === 'bottom') {
    return Math.max(0, ...texts.map((t) => (t.title ? t.h : t.y + t.h / 2)));
  }
  return Math.max(
    0,
    ...texts.map((t) =>
      t.title ? Math.min(TITLE_LIMIT, measure(t.text, fonts.legendTitle)) : t.x + Math.min(LABEL_LIMIT, measure(t.text, fonts.legendLabel))
    )
  );
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
    // The grid is one path, which Vega bounds by its whole stroke width past the plot's edge.
    right += 1;
  }

  const meta = (spec.usermeta ?? {}) as { legendOrient?: string | null };
  const texts = (((spec.data ?? []) as Named[]).find((d) => d.name === LEGEND_TEXTS_DATASET)?.values as LegendText[] | undefined) ?? [];
  if (meta.legendOrient && texts.length > 0) {
    // Both legends' texts start from one corner: the widest (beside) or lowest (below) of them all.
    const extent = legendExtent(texts, meta.legendOrient, fonts, measure);
    if (meta.legendOrient === 'bottom') {
      bottom += LEGEND_GAP + extent;
    } else {
      right += LEGEND_GAP + extent;
    }
  }
  return { left: Math.ceil(left), right: Math.ceil(right), top: Math.ceil(top), bottom: Math.ceil(bottom) };
}
