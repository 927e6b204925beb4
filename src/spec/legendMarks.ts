/**
 * The size and colour legends as plain marks laid out here. Vega's legend guides would do the same work
 * with about seventy dataflow operators and hundreds of generated expressions per chart, parsed and run on
 * every first draw; these are a dozen marks over two small datasets. Positions are in the datasets and
 * value signals, so a new model moves them without rebuilding the view.
 */
import * as vega from 'vega';
import type { ColourScale } from './colour';
import type { VegaData, VegaMark } from './marks';
import { guideMark } from './guideMark';
import { HIDDEN_GROUPS, LEGEND_MARKS, SIGNALS } from './signals';
import { legendFonts, type LegendFonts, type SpecTheme } from './theme';

export type LegendOrient = 'right' | 'bottom';


/** Between the plot (or its axis) and the legends, and between the two legends. */
export const LEGEND_GAP = 18;
/** Opacity of a legend entry whose group is switched off. */
export const LEGEND_OFF_OPACITY = 0.25;
/** Entries shown of a categorical legend; the rest are counted in one line. */
export const LEGEND_ENTRY_LIMIT = 30;
export const TITLE_PADDING = 5;
export const LABEL_OFFSET = 4;
export const ROW_PADDING = 2;
export const LABEL_LIMIT = 160;
export const TITLE_LIMIT = 180;
/** Categorical entries: circle area (px²) and outline width. */
export const SYMBOL_AREA = 100;
export const SYMBOL_STROKE = 1.5;
export const SIZE_SYMBOL_STROKE = 0.5;
export const GRADIENT_THICKNESS = 16;
/** Gradient length beside the plot (at most, less when the plot is short) and below it. */
export const GRADIENT_LENGTH = 160;
const GRADIENT_MIN_LENGTH = 30;


/** One entry: its value, its text, where its symbol's centre and its label start (px from the legend's corner). */
export interface LegendRow {
  value: number | string;
  label: string;
  x: number;
  y: number;
  labelX: number;
  /** Height of the entry's row (px). */
  h: number;
  /** Entries beyond the limit: a line of text without a symbol. */
  more?: boolean;
}

// Vega's own number formats (its expression `format`), missing from its type declarations.
const { defaultLocale } = vega as unknown as {
  defaultLocale: () => { format: (specifier: string) => (v: number) => string };
};
// Vega's locale builds a new formatter for every call (about 0.1 ms): one per specifier is kept.
const formatters = new Map<string, (v: number) => string>();
const formatNumber = (specifier: string, v: number) => {
  let format = formatters.get(specifier);
  if (!format) {
    format = defaultLocale().format(specifier);
    formatters.set(specifier, format);
  }
  return format(v);
};
const formatSize = (v: number) => formatNumber(',~r', v);

/** The size legend's entries: circles of the bubbles' own areas, one row each under the title. */
export function sizeLegendRows(values: number[], sizeMax: number, maxArea: number, fonts: LegendFonts): LegendRow[] {
  const diameters = values.map((v) => Math.sqrt(Math.max(0, (v / sizeMax) * maxArea)));
  const column = Math.max(0, ...diameters) + SIZE_SYMBOL_STROKE;
  let y = fonts.title + TITLE_PADDING;
  return values.map((value, i) => {
    const row = Math.max(diameters[i] + SIZE_SYMBOL_STROKE, fonts.label) + ROW_PADDING;
    const entry = {
      value,
      label: formatSize(value),
      x: column / 2,
      y: y + row / 2,
      labelX: column + LABEL_OFFSET,
      h: row,
    };
    y += row;
    return entry;
  });
}

/** The colour legend's entries: a circle per group, or the labels along the gradient of a diverging scale. */
export function colourLegendRows(colour: ColourScale, fonts: LegendFonts): LegendRow[] {
  const top = fonts.title + TITLE_PADDING;
  if (colour.type === 'diverging') {
    // x/y: where along the gradient (0 at the low end, 1 at the high end); the marks turn it into px.
    const [low, , high] = colour.domain as number[];
    return (colour.domain as number[]).map((value) => {
      const at = high === low ? 0.5 : (value - low) / (high - low);
      return { value, label: signedLabel(value, colour.labelFormat ?? '~g'), x: at, y: at, labelX: 0, h: 0 };
    });
  }
  const symbol = Math.sqrt(SYMBOL_AREA) + SYMBOL_STROKE;
  const row = Math.max(symbol, fonts.label) + ROW_PADDING;
  const shown = colour.domain.slice(0, LEGEND_ENTRY_LIMIT);
  const rows: LegendRow[] = shown.map((value, i) => ({
    value,
    label: String(value),
    x: symbol / 2,
    y: top + i * row + row / 2,
    labelX: symbol + LABEL_OFFSET,
    h: row,
  }));
  const hidden = colour.domain.length - shown.length;
  if (hidden > 0) {
    rows.push({
      value: '',
      label: `… ${hidden} more`,
      x: 0,
      y: top + shown.length * row + row / 2,
      labelX: 0,
      h: row,
      more: true,
    });
  }
  return rows;
}

/** A legend label with a sign on the positive side only: `+4`, `0`, `−4` (d3-format's minus). */
export function signedLabel(value: number, specifier: string): string {
  return (value > 0 ? '+' : '') + formatNumber(specifier, value);
}

/** Height of a legend's title and rows, or of its gradient (px). */
export function legendHeight(rows: LegendRow[], gradient: boolean, fonts: LegendFonts, orient: LegendOrient): number {
  const top = fonts.title + TITLE_PADDING;
  if (gradient) {
    return orient === 'bottom'
      ? top + GRADIENT_THICKNESS + LABEL_OFFSET + fonts.label
      : top + GRADIENT_LENGTH + fonts.label / 2;
  }
  const last = rows[rows.length - 1];
  return last ? last.y + last.h / 2 : top;
}

export interface LegendInput {
  orient: LegendOrient;
  colour: ColourScale;
  /** Whether the size legend is drawn (a size measure and values to show). */
  sized: boolean;
  /** Whether the colour entries switch their group off and on (categorical colours). */
  toggles: boolean;
  theme: SpecTheme;
}

export const LEGEND_TEXTS_DATASET = 'sm_legend_texts';
export const LEGEND_SYMBOLS_DATASET = 'sm_legend_symbols';

export type LegendName = 'size' | 'colour';

/**
 * A legend's title or one of its labels, as drawn: px from the legends' corner (beside the plot: right of
 * it at its top; below it: under the x axis at its left), the colour legend's offset after the size legend
 * included.
 */
export interface LegendText {
  legend: LegendName;
  text: string;
  x: number;
  y: number;
  /** Multiples of the gradient's length added to x and y (labels along a diverging gradient). */
  ax: number;
  ay: number;
  align: 'left' | 'center' | 'right';
  /** Height of the entry's row (px; the room estimate reads it). */
  h: number;
  title: boolean;
  /** A colour group's entry: it switches the group off and on. */
  group: boolean;
  value: number | string;
}

/** A circle of the size legend (drawn by the bubbles' size scale) or of a colour group. */
export interface LegendSymbol {
  legend: LegendName;
  x: number;
  y: number;
  value: number | string;
  group: boolean;
}

export interface LegendContent {
  orient: LegendOrient;
  size: { title: string; rows: LegendRow[] } | null;
  colour: { title: string; rows: LegendRow[]; gradient: boolean };
  /** Where the colour legend starts after the size legend (px below it, or right of it). */
  offset: number;
  fonts: LegendFonts;
}

/**
 * Both legends' texts and circles, each in one dataset: one text mark and one symbol mark draw both
 * legends (every mark costs its own dataflow operators on every first draw).
 */
export function legendContent({ orient, size, colour, offset, fonts }: LegendContent): {
  texts: LegendText[];
  symbols: LegendSymbol[];
} {
  const texts: LegendText[] = [];
  const symbols: LegendSymbol[] = [];
  const top = fonts.title + TITLE_PADDING;
  const entry = { ax: 0, ay: 0, align: 'left' as const, title: false, group: false };
  const add = (legend: LegendName, shift: number, title: string, rows: LegendRow[], gradient: boolean) => {
    const [dx, dy] = orient === 'right' ? [0, shift] : [shift, 0];
    texts.push({ ...entry, legend, text: title, x: dx, y: dy, h: top, title: true, value: '' });
    for (const r of rows) {
      if (gradient) {
        // x (= y) is where along the gradient: 0 at its low end, 1 at its high end (top or right).
        texts.push(
          orient === 'right'
            ? { ...entry, legend, text: r.label, x: GRADIENT_THICKNESS + LABEL_OFFSET, y: dy + top, ay: 1 - r.y, h: fonts.label, value: r.value }
            : {
                ...entry,
                legend,
                text: r.label,
                x: dx,
                y: top + GRADIENT_THICKNESS + LABEL_OFFSET + fonts.label / 2,
                ax: r.x,
                align: r.x === 0 ? 'left' : r.x === 1 ? 'right' : 'center',
                h: fonts.label,
                value: r.value,
              }
        );
        continue;
      }
      const group = legend === 'colour' && !r.more;
      texts.push({ ...entry, legend, text: r.label, x: dx + r.labelX, y: dy + r.y, h: r.h, group, value: r.value });
      if (!r.more) {
        symbols.push({ legend, x: dx + r.x, y: dy + r.y, value: r.value, group });
      }
    }
  };
  if (size) {
    add('size', 0, size.title, size.rows, false);
  }
  add('colour', size ? offset : 0, colour.title, colour.rows, colour.gradient);
  return { texts, symbols };
}

/** The legends' datasets (values: updated in place with the model). */
export function legendData(content: { texts: LegendText[]; symbols: LegendSymbol[] }): VegaData[] {
  return [
    { name: LEGEND_TEXTS_DATASET, values: content.texts },
    { name: LEGEND_SYMBOLS_DATASET, values: content.symbols },
  ] as VegaData[];
}

/**
 * The legends' marks: a gradient (diverging colours), the circles of both legends (sizes, colour groups)
 * and all their texts, at the legends' corner beside the plot or below its axis. `axisRoom` is the room
 * the x axis takes under the plot.
 */
export function legendMarks(input: LegendInput, axisRoom: number): VegaMark[] {
  const { orient, theme, toggles } = input;
  const fonts = legendFonts(theme);
  const top = fonts.title + TITLE_PADDING;
  const offset = SIGNALS.colourLegendOffset;
  const [cornerX, cornerY] = orient === 'right' ? [`width + ${LEGEND_GAP}`, '0'] : ['0', `height + ${axisRoom + LEGEND_GAP}`];
  const gradient = input.colour.type === 'diverging';
  // Beside the plot the gradient takes the height the size legend leaves, within 30–160 px.
  const length =
    orient === 'right'
      ? `clamp(height - ${offset} - ${top + fonts.label}, ${GRADIENT_MIN_LENGTH}, ${GRADIENT_LENGTH})`
      : `${GRADIENT_LENGTH}`;
  // Texts along a gradient move with its length.
  const along = (axis: 'ax' | 'ay') => (gradient ? ` + datum.${axis} * (${length})` : '');
  const textAt = {
    x: { signal: `${cornerX} + datum.x${along('ax')}` },
    y: { signal: `${cornerY} + datum.y${along('ay')}` },
  };
  const symbolAt = { x: { signal: `${cornerX} + datum.x` }, y: { signal: `${cornerY} + datum.y` } };
  const hidden = `datum.group && indata('${HIDDEN_GROUPS}', 'value', datum.value)`;
  const interactive = toggles
    ? { opacity: { signal: `${hidden} ? ${LEGEND_OFF_OPACITY} : 1` }, cursor: { signal: "datum.group ? 'pointer' : 'default'" } }
    : {};
  const named = (name: string) => (toggles ? { name, interactive: true } : {});
  const marks: VegaMark[] = [];

  if (gradient) {
    // After the size legend (the offset is 0 without one).
    const [x, y] = orient === 'right' ? [cornerX, `${offset} + ${top}`] : [offset, `${cornerY} + ${top}`];
    const bar =
      orient === 'right'
        ? { width: { value: GRADIENT_THICKNESS }, height: { signal: length } }
        : { width: { signal: length }, height: { value: GRADIENT_THICKNESS } };
    // The high end at the top (beside the plot) or on the right (below it).
    const fill =
      orient === 'right'
        ? { gradient: 'color', start: [0, 1], stop: [0, 0] }
        : { gradient: 'color', start: [0, 0], stop: [1, 0] };
    marks.push(
      guideMark('rect', 'legend-gradient', {
        encode: { enter: { opacity: { value: 0.85 } }, update: { x: { signal: x }, y: { signal: y }, ...bar, fill } },
      })
    );
  }
  if (input.sized || !gradient) {
    const colourOr = (group: string, size: string) => ({ signal: `datum.group ? ${group} : ${size}` });
    const groupColour = "scale('color', datum.value)";
    marks.push(
      guideMark('symbol', 'legend-symbol', {
        ...named(LEGEND_MARKS.symbols),
        from: { data: LEGEND_SYMBOLS_DATASET },
        encode: {
          enter: { shape: { value: 'circle' } },
          update: {
            ...symbolAt,
            size: colourOr(`${SYMBOL_AREA}`, "scale('size', datum.value)"),
            fill: colourOr(groupColour, JSON.stringify(theme.neutral)),
            fillOpacity: colourOr('1', '0.5'),
            stroke: colourOr(groupColour, JSON.stringify(theme.text)),
            strokeWidth: colourOr(`${SYMBOL_STROKE}`, `${SIZE_SYMBOL_STROKE}`),
            ...interactive,
          },
        },
      })
    );
  }
  marks.push(
    guideMark('text', 'legend-text', {
      ...named(LEGEND_MARKS.labels),
      from: { data: LEGEND_TEXTS_DATASET },
      encode: {
        enter: { font: { value: theme.fontFamily } },
        update: {
          ...textAt,
          text: { field: 'text' },
          align: { field: 'align' },
          baseline: { signal: "datum.title ? 'top' : 'middle'" },
          fontSize: { signal: `datum.title ? ${fonts.title} : ${fonts.label}` },
          fontWeight: { signal: 'datum.title ? 500 : 400' },
          fill: { signal: `datum.title ? ${JSON.stringify(theme.text)} : ${JSON.stringify(theme.textSecondary)}` },
          limit: { signal: `datum.title ? ${TITLE_LIMIT} : ${LABEL_LIMIT}` },
          ...interactive,
        },
      },
    })
  );
  return marks;
}

/**
 * Where the colour legend starts after the size legend: below it beside the plot, right of it below the
 * plot (the size legend's width estimated from its texts: ~0.6 em per character).
 */
export function colourLegendOffset(
  orient: LegendOrient,
  sized: boolean,
  sizeRows: LegendRow[],
  sizeTitle: string,
  fonts: LegendFonts
): number {
  if (!sized || sizeRows.length === 0) {
    return 0;
  }
  if (orient === 'right') {
    return legendHeight(sizeRows, false, fonts, orient) + LEGEND_GAP;
  }
  const em = 0.6;
  const labels = Math.max(...sizeRows.map((r) => r.labelX + Math.min(LABEL_LIMIT, r.label.length * fonts.label * em)));
  const titleWidth = Math.min(TITLE_LIMIT, sizeTitle.length * fonts.title * em);
  return Math.ceil(Math.max(labels, titleWidth)) + LEGEND_GAP;
}
