/** Axes and legends of the matrix as Vega guides, styled by the theme config (see ./theme.ts). */
import type { Axis, Legend } from 'vega';
import type { AxisModel } from '../model/types';
import type { ColourScale } from './colour';
import { HIDDEN_GROUPS, LEGEND_MARKS, SIGNALS } from './signals';
import type { SpecTheme } from './theme';

/** About one tick per 40 px, as Vega-Lite does. */
const TICK_SPACING = 40;
/** Title and end labels of a gradient legend (px). */
const COLOUR_LEGEND_CHROME = 40;
/** Opacity of a legend entry whose group is switched off. */
export const LEGEND_OFF_OPACITY = 0.25;

type Channel = 'x' | 'y';

function tickCount(channel: Channel) {
  return { signal: `ceil(${channel === 'x' ? 'width' : 'height'} / ${TICK_SPACING})` };
}

/** An ordinal axis is drawn on category positions 0…n−1: a tick at each, labelled with its category. */
function ticks(channel: Channel, axis: AxisModel): Partial<Axis> {
  if (axis.scale !== 'ordinal' || !axis.categories) {
    return { tickCount: tickCount(channel) };
  }
  const categories = channel === 'x' ? SIGNALS.xCategories : SIGNALS.yCategories;
  return {
    values: { signal: `sequence(length(${categories}))` },
    encode: { labels: { update: { text: { signal: `${categories}[datum.value] || ''` } } } },
  };
}

/**
 * Per channel one axis under the marks: grid, domain, ticks, labels and title (a separate grid-only axis,
 * as Vega-Lite makes, would double the axis operators Vega builds and runs on every render).
 */
export function axes(x: AxisModel, y: AxisModel): Axis[] {
  const axis = (channel: Channel, model: AxisModel): Axis => ({
    scale: channel,
    orient: channel === 'x' ? 'bottom' : 'left',
    grid: true,
    gridScale: channel === 'x' ? 'y' : 'x',
    title: { signal: channel === 'x' ? SIGNALS.xTitle : SIGNALS.yTitle },
    // A title longer than its side of the plot ends in an ellipsis instead of running off the chart.
    titleLimit: { signal: channel === 'x' ? 'width' : 'height' },
    labelOverlap: true,
    ...(channel === 'x' ? { labelFlush: true } : {}),
    zindex: 0,
    ...ticks(channel, model),
  });
  return [axis('x', x), axis('y', y)];
}

export interface LegendInput {
  orient: 'right' | 'bottom';
  colour: ColourScale;
  /** Whether the size legend is drawn (a size measure and values to show). */
  sized: boolean;
  theme: SpecTheme;
}

/**
 * The size legend (its circles come from the bubbles' own size scale, so they match the drawn areas) and
 * the colour legend: a gradient for a diverging scale, clickable entries that switch a group off for a
 * categorical one.
 */
export function legends({ orient, colour, sized, theme }: LegendInput): Legend[] {
  const out: Legend[] = [];
  if (sized) {
    out.push({
      size: 'size',
      orient,
      title: { signal: SIGNALS.sizeTitle },
      values: { signal: SIGNALS.sizeLegendValues },
      symbolType: 'circle',
      symbolFillColor: theme.neutral,
      symbolOpacity: 0.5,
      symbolStrokeColor: theme.text,
      symbolStrokeWidth: 0.5,
    });
  }
  if (colour.type === 'diverging') {
    out.push({
      fill: 'color',
      type: 'gradient',
      orient,
      title: { signal: SIGNALS.colourTitle },
      // Beside the plot the gradient takes the height the size legend leaves.
      ...(orient === 'right'
        ? { gradientLength: { signal: `clamp(height - ${SIGNALS.sizeLegendReserve} - ${COLOUR_LEGEND_CHROME}, 30, 160)` } }
        : {}),
      encode: {
        gradient: { update: { opacity: { value: 0.85 } } },
        ...(colour.labelExpr ? { labels: { update: { text: { signal: colour.labelExpr } } } } : {}),
      },
    });
    return out;
  }
  const off = { signal: `indata('${HIDDEN_GROUPS}', 'value', datum.value) ? ${LEGEND_OFF_OPACITY} : 1` };
  out.push({
    fill: 'color',
    orient,
    title: { signal: SIGNALS.colourTitle },
    symbolType: 'circle',
    encode: {
      symbols: {
        name: LEGEND_MARKS.symbols,
        interactive: true,
        enter: { cursor: { value: 'pointer' } },
        update: { opacity: off },
      },
      labels: {
        name: LEGEND_MARKS.labels,
        interactive: true,
        enter: { cursor: { value: 'pointer' } },
        update: { opacity: off },
      },
    },
  });
  return out;
}
