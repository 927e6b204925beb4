/**
 * The axes as plain marks: grid lines, tick labels and titles, Grafana's look (no tick marks, no domain
 * line). The tick values and labels are computed here, with Vega's own scale ticks and formats, for every
 * density the plot can need; a filter on the plot's width (height) shows one set, about one tick per 40 px,
 * as Vega's axis would, never so dense that x labels overlap. Vega's axis guides did the same with about
 * forty operators per axis and their generated expressions, parsed and run on every first draw.
 */
import { tickIncrement } from 'd3-array';
import * as vega from 'vega';
import type { AxisModel } from '../model/types';
import { guideMark, textStyle } from './guideMark';
import type { VegaData, VegaMark } from './marks';
import { SIGNALS } from './signals';
import { axisFonts, type SpecTheme } from './theme';

/** About one tick per 40 px, as Vega-Lite does. */
export const TICK_SPACING = 40;
/** Between the plot and its tick labels, and between the labels and the title (px). */
export const LABEL_GAP = 6;
export const TITLE_GAP = 4;
export const LABEL_LIMIT = 180;
/** Widest a label is taken to be per character, in em (digits and most letters are narrower). */
const EM_PER_CHAR = 0.62;
/** Between two x labels (px). */
const LABEL_SPACING = 6;
/** Densest tick count computed (a 4K plot at one tick per 40 px). */
const MAX_TICKS = 100;
/** Width that never ends a tick set's range (the densest set stays on). */
const UNBOUNDED = 1e9;

export const TICKS_DATASET = 'sm_ticks';
export const AXIS_TITLES_DATASET = 'sm_axis_titles';

type Channel = 'x' | 'y';

/**
 * One tick of one density: its value and label, the plot lengths (px) at which its set is the one shown
 * ((lo, hi], as Vega's tick count for a length is ceil(length / 40)), and the label's estimated half width
 * (x labels at the plot's ends are kept inside it).
 */
export interface TickRow {
  axis: Channel;
  value: number;
  label: string;
  lo: number;
  hi: number;
  hw: number;
}

/** Estimated width of a label (px): an upper bound for Grafana's fonts, capped at the label limit. */
export const labelWidth = (label: string, fontSize: number) =>
  Math.min(LABEL_LIMIT, Math.ceil(label.length * fontSize * EM_PER_CHAR));

interface TickSet {
  ticks: number[];
  labels: string[];
  /** Smallest and largest tick count (one per 40 px) that give this set. */
  count: number;
  last: number;
}

type TickScale = { ticks(count: number): number[]; tickFormat(count: number): (v: number) => string };

// Vega writes log-axis labels in its locale's float format (0.2, 1, 3, 1,000), not d3's SI prefixes.
const { defaultLocale } = vega as unknown as {
  defaultLocale: () => { formatFloat: (specifier?: string) => (v: number) => string };
};
let floatFormat: ((v: number) => string) | undefined;
const logLabel = (v: number) => (floatFormat ??= defaultLocale().formatFloat())(v);

const sameTicks = (a: number[], b: number[]) => a.length === b.length && a.every((t, i) => t === b[i]);

/** The distinct tick sets of a linear or log scale over `domain`, sparsest first (Vega's axis ticks and labels). */
function tickSets(type: 'linear' | 'log', domain: [number, number]): TickSet[] {
  const scale = vega.scale(type)().domain(domain) as unknown as TickScale;
  const ticksAt = (count: number): number[] | null => {
    try {
      return scale.ticks(count);
    } catch {
      return null;
    }
  };
  // A linear scale's ticks for a count follow from d3's tick increment for it: counts are grouped by their
  // increment (arithmetic), and only one tick array is made per group.
  const [low, high] = domain[0] <= domain[1] ? domain : [domain[1], domain[0]];
  const sets: TickSet[] = [];
  let count = 1;
  while (count <= MAX_TICKS) {
    const ticks = ticksAt(count);
    if (!ticks) {
      break;
    }
    const increment = type === 'linear' ? tickIncrement(low, high, count) : NaN;
    const sameSet = (other: number) =>
      type === 'linear' ? tickIncrement(low, high, other) === increment : sameTicks(ticksAt(other) ?? [], ticks);
    let last = count;
    while (last < MAX_TICKS && sameSet(last + 1)) {
      last++;
    }
    // Two increments can give the same ticks (a narrow domain holding one of them): one set, as Vega shows it.
    const previous = sets[sets.length - 1];
    if (previous && sameTicks(previous.ticks, ticks)) {
      previous.last = last;
    } else {
      sets.push({ ticks, labels: [], count, last });
    }
    count = last + 1;
  }
  // Formatted for the largest count that gives the set: a log scale's format leaves out the labels of
  // in-between ticks when the count is small (linear formats depend on the step only).
  for (const set of sets) {
    const format = scale.tickFormat(set.last);
    set.labels = type === 'log' ? set.ticks.map((t) => (format(t) === '' ? '' : logLabel(t))) : set.ticks.map(format);
  }
  return sets;
}

/**
 * Every tick row of an axis. Ordinal axes: one row per category at its position 0…n−1, always shown.
 * Linear and log axes: each set is shown from the plot length where Vega's tick count reaches it (and, on
 * the x axis, where its labels fit side by side) to where the next one takes over.
 */
export function tickRows(channel: Channel, axis: AxisModel, domain: [number, number], fontSize: number): TickRow[] {
  const half = (label: string) => labelWidth(label, fontSize) / 2;
  if (axis.scale === 'ordinal') {
    return (axis.categories ?? []).map((label, value) => ({
      axis: channel,
      value,
      label,
      lo: 0,
      hi: UNBOUNDED,
      hw: half(label),
    }));
  }
  if (!domain.every(Number.isFinite) || domain[0] === domain[1]) {
    return [];
  }
  const sets = tickSets(axis.scale === 'log' ? 'log' : 'linear', domain);
  const starts: number[] = [];
  sets.forEach((set, i) => {
    const byCount = (set.count - 1) * TICK_SPACING;
    const widest = Math.max(0, ...set.labels.map((l) => labelWidth(l, fontSize)));
    const fit = channel === 'x' ? set.ticks.length * (widest + LABEL_SPACING) : 0;
    // The sparsest set shows from the start, crowded or not.
    starts.push(i === 0 ? 0 : Math.max(byCount, fit, starts[i - 1]));
  });
  return sets.flatMap((set, i) => {
    const lo = starts[i];
    const hi = starts[i + 1] ?? UNBOUNDED;
    // A set whose range is empty (the next, denser one starts where it does) is never shown.
    return hi > lo
      ? set.ticks.map((value, k) => ({ axis: channel, value, label: set.labels[k], lo, hi, hw: half(set.labels[k]) }))
      : [];
  });
}

/** The widest y label of any density (px, estimated): where the y title goes. */
export function yLabelRoom(rows: TickRow[]): number {
  return Math.max(0, ...rows.map((r) => r.hw * 2));
}

/** Room the x axis takes under the plot: labels and title. */
export function xAxisRoom(theme: SpecTheme): number {
  const fonts = axisFonts(theme);
  return LABEL_GAP + fonts.label + TITLE_GAP + fonts.title;
}

const onX = "datum.axis === 'x'";

/** Name of the expression function that draws the grid (registered by runtime/register.ts). */
export const GRID_FUNCTION = 'smGridPath';

/** The grid lines of the shown ticks as one SVG path: a vertical line per x tick, a horizontal one per y tick. */
export function gridPath(ticks: Array<{ axis: Channel; at: number }>, width: number, height: number): string {
  let path = '';
  for (const t of ticks) {
    if (Number.isFinite(t.at)) {
      path += t.axis === 'x' ? `M${t.at},0V${height}` : `M0,${t.at}H${width}`;
    }
  }
  return path;
}

/** One tick set of an axis as one row: its ticks' values, labels and half widths, shown for plot lengths in (lo, hi]. */
export interface TickSetRow {
  axis: Channel;
  lo: number;
  hi: number;
  values: number[];
  labels: string[];
  hws: number[];
  /** A key per tick, the same for the same tick in every set: its label's item is kept across sets and draws. */
  keys: string[];
}

/** Tick rows grouped by their set (axis and shown range), in order. */
export function tickSetRows(rows: TickRow[]): TickSetRow[] {
  const sets: TickSetRow[] = [];
  for (const r of rows) {
    let set = sets[sets.length - 1];
    if (!set || set.axis !== r.axis || set.lo !== r.lo || set.hi !== r.hi) {
      set = { axis: r.axis, lo: r.lo, hi: r.hi, values: [], labels: [], hws: [], keys: [] };
      sets.push(set);
    }
    set.values.push(r.value);
    set.labels.push(r.label);
    set.hws.push(r.hw);
    set.keys.push(`${r.axis}${r.value}`);
  }
  return sets;
}

/**
 * The ticks of both axes in one dataset: a row per tick set (every density, a few dozen rows where a row per
 * tick would be hundreds for Vega to take in on every first draw), the shown set of each axis filtered by
 * the plot's width (x) or height (y) and flattened into a row per tick, with its position on its axis
 * (`at`, px).
 */
export function axisData(x: TickRow[], y: TickRow[]): VegaData[] {
  const shown = (length: string) => `datum.lo < ${length} && ${length} <= datum.hi`;
  return [
    {
      name: TICKS_DATASET,
      values: tickSetRows(x.concat(y)),
      transform: [
        { type: 'filter', expr: `${onX} ? ${shown('width')} : ${shown('height')}` },
        // Vega's flatten makes new rows on every pulse through it (each resize): the label mark joins them
        // to its items by `key`, not by row, so that they are updated rather than made again.
        { type: 'flatten', fields: ['values', 'labels', 'hws', 'keys'], as: ['value', 'label', 'hw', 'key'] },
        { type: 'formula', as: 'at', expr: `${onX} ? scale('x', datum.value) : scale('y', datum.value)` },
      ],
    },
    { name: AXIS_TITLES_DATASET, values: [{ axis: 'x' }, { axis: 'y' }] },
  ] as VegaData[];
}

/**
 * Grid lines, labels and titles of both axes, under every other mark: one mark each for the two axes
 * (every mark costs its own dataflow operators on every first draw, every item its own SVG element).
 */
export function axisMarks(theme: SpecTheme): VegaMark[] {
  const fonts = axisFonts(theme);
  const either = (x: string, y: string) => ({ signal: `${onX} ? ${x} : ${y}` });
  const xTitleTop = LABEL_GAP + fonts.label + TITLE_GAP;
  return [
    // All grid lines as one path: a mark item and an SVG element for the whole grid, not one per line.
    guideMark('path', 'axis-grid', {
      encode: {
        enter: { stroke: { value: theme.border }, strokeWidth: { value: 1 }, x: { value: 0 }, y: { value: 0 } },
        update: { path: { signal: `${GRID_FUNCTION}(data('${TICKS_DATASET}'), width, height)` } },
      },
    }),
    guideMark('text', 'axis-label', {
      from: { data: TICKS_DATASET },
      key: 'key',
      encode: {
        enter: textStyle(theme, fonts.label, theme.textSecondary, LABEL_LIMIT),
        update: {
          text: { field: 'label' },
          x: either('datum.at', `${-LABEL_GAP}`),
          y: either(`height + ${LABEL_GAP}`, 'datum.at'),
          baseline: either("'top'", "'middle'"),
          // Flush: an x label that would stick out of the plot's side is aligned to stay within it.
          align: either(
            "datum.at - datum.hw < 0 ? 'left' : datum.at + datum.hw > width ? 'right' : 'center'",
            "'right'"
          ),
        },
      },
    }),
    // A title longer than its side of the plot ends in an ellipsis instead of running off the chart.
    guideMark('text', 'axis-title', {
      from: { data: AXIS_TITLES_DATASET },
      encode: {
        enter: { ...textStyle(theme, fonts.title, theme.text), fontWeight: { value: 500 }, align: { value: 'center' } },
        update: {
          text: either(SIGNALS.xTitle, SIGNALS.yTitle),
          x: either('width / 2', `-(${LABEL_GAP + TITLE_GAP} + ${SIGNALS.yLabelRoom})`),
          y: either(`height + ${xTitleTop}`, 'height / 2'),
          angle: either('0', '-90'),
          baseline: either("'top'", "'bottom'"),
          limit: either('width', 'height'),
        },
      },
    }),
  ];
}
