/** Axes of the matrix as Vega guides, styled by the theme config (see ./theme.ts); the legends are marks (./legendMarks.ts). */
import type { Axis } from 'vega';
import type { AxisModel } from '../model/types';
import { SIGNALS } from './signals';
import { axisFonts, type SpecTheme } from './theme';

/** About one tick per 40 px, as Vega-Lite does. */
const TICK_SPACING = 40;

type Channel = 'x' | 'y';

/** Vega's defaults for the axes (vega-parser config): tick length, label and title padding (px). */
export const AXIS_METRICS = { tickSize: 5, labelPadding: 2, titlePadding: 4, labelLimit: 180 };

/** Room the x axis takes under the plot: ticks, one row of labels, the title. */
export function xAxisRoom(theme: SpecTheme): number {
  const { tickSize, labelPadding, titlePadding } = AXIS_METRICS;
  return tickSize + labelPadding + axisFonts(theme).label + titlePadding + axisFonts(theme).title;
}

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
