/**
 * The size and colour legends as plain marks laid out here. Vega's legend guides would do the same work
 * with about seventy dataflow operators and hundreds of generated expressions per chart, parsed and run on
 * every first draw; these are a dozen marks over two small datasets. Positions are in the datasets and
 * value signals, so a new model moves them without rebuilding the view.
 */
import * as vega from 'vega';
import type { ColourScale } from './colour';
import type { VegaData, VegaMark } from './marks';
import { guideMark, textStyle } from './guideMark';
import { HIDDEN_GROUPS, LEGEND_MARKS, SIGNALS } from './signals';
import { legendFonts, type LegendFonts, type SpecTheme } from './theme';

export type LegendOrient = 'right' | 'bottom';

export const SIZE_LEGEND_DATASET = 'sm_size_legend';
export const COLOUR_LEGEND_DATASET = 'sm_colour_legend';

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

/**
 * Where the legends start: beside the plot (x = plot width + gap) or below its axis (y = plot height + the
 * axis' room + gap). The colour legend follows the size legend (below it, or to its right), at the offset
 * in the `colour_legend_offset` signal.
 */
function origin(
  orient: LegendOrient,
  axisRoom: number,
  second: boolean
): { x: { signal: string }; y: { signal: string } } {
  const along = second ? ` + ${SIGNALS.colourLegendOffset}` : '';
  return orient === 'right'
    ? { x: { signal: `width + ${LEGEND_GAP}` }, y: { signal: `0${along}` } }
    : { x: { signal: `0${along}` }, y: { signal: `height + ${axisRoom + LEGEND_GAP}` } };
}

function title(signal: string, theme: SpecTheme, fonts: LegendFonts): VegaMark {
  return guideMark('text', 'legend-title', {
    encode: {
      enter: {
        ...textStyle(theme, fonts.title, theme.text, TITLE_LIMIT),
        x: { value: 0 },
        y: { value: 0 },
        baseline: { value: 'top' },
        fontWeight: { value: 500 },
      },
      update: { text: { signal } },
    },
  });
}

function labels(
  dataset: string,
  theme: SpecTheme,
  fonts: LegendFonts,
  position: Record<string, unknown>,
  extra: Record<string, unknown> = {},
  name?: string
): VegaMark {
  return guideMark('text', 'legend-label', {
    ...(name ? { name, interactive: true } : {}),
    from: { data: dataset },
    encode: {
      enter: {
        ...textStyle(theme, fonts.label, theme.textSecondary, LABEL_LIMIT),
        baseline: { value: 'middle' },
        ...(name ? { cursor: { value: 'pointer' } } : {}),
      },
      update: { text: { field: 'label' }, ...position, ...extra },
    },
  });
}

/** A legend: its marks in a group at the legend's corner (beside the plot, or below its axis). */
function legendGroup(
  name: 'size_legend' | 'colour_legend',
  orient: LegendOrient,
  axisRoom: number,
  marks: VegaMark[]
): VegaMark {
  return {
    type: 'group',
    role: 'legend-box',
    name,
    description: name === 'size_legend' ? 'Size legend' : 'Colour legend',
    encode: { update: origin(orient, axisRoom, name === 'colour_legend') },
    marks,
  } as VegaMark;
}

function sizeLegend(orient: LegendOrient, axisRoom: number, theme: SpecTheme, fonts: LegendFonts): VegaMark {
  return legendGroup('size_legend', orient, axisRoom, [
    title(SIGNALS.sizeTitle, theme, fonts),
    guideMark('symbol', 'legend-symbol', {
      from: { data: SIZE_LEGEND_DATASET },
      encode: {
        enter: {
          shape: { value: 'circle' },
          fill: { value: theme.neutral },
          fillOpacity: { value: 0.5 },
          stroke: { value: theme.text },
          strokeWidth: { value: SIZE_SYMBOL_STROKE },
        },
        update: { x: { field: 'x' }, y: { field: 'y' }, size: { scale: 'size', field: 'value' } },
      },
    }),
    labels(SIZE_LEGEND_DATASET, theme, fonts, { x: { field: 'labelX' }, y: { field: 'y' } }),
  ]);
}

function gradientLegend(orient: LegendOrient, axisRoom: number, theme: SpecTheme, fonts: LegendFonts): VegaMark {
  const top = fonts.title + TITLE_PADDING;
  // Beside the plot the gradient takes the height the size legend leaves, within 30–160 px.
  const length =
    orient === 'right'
      ? `clamp(height - ${SIGNALS.colourLegendOffset} - ${top + fonts.label}, ${GRADIENT_MIN_LENGTH}, ${GRADIENT_LENGTH})`
      : `${GRADIENT_LENGTH}`;
  const vertical = orient === 'right';
  const bar = vertical
    ? { x: { value: 0 }, y: { value: top }, width: { value: GRADIENT_THICKNESS }, height: { signal: length } }
    : { x: { value: 0 }, y: { value: top }, width: { signal: length }, height: { value: GRADIENT_THICKNESS } };
  // The high end at the top (beside the plot) or on the right (below it).
  const fill = vertical
    ? { gradient: 'color', start: [0, 1], stop: [0, 0] }
    : { gradient: 'color', start: [0, 0], stop: [1, 0] };
  const position = vertical
    ? { x: { value: GRADIENT_THICKNESS + LABEL_OFFSET }, y: { signal: `${top} + (1 - datum.y) * (${length})` } }
    : {
        x: { signal: `datum.x * (${length})` },
        y: { value: top + GRADIENT_THICKNESS + LABEL_OFFSET + fonts.label / 2 },
        align: { signal: "datum.x === 0 ? 'left' : datum.x === 1 ? 'right' : 'center'" },
      };
  return legendGroup('colour_legend', orient, axisRoom, [
    title(SIGNALS.colourTitle, theme, fonts),
    guideMark('rect', 'legend-gradient', {
      encode: { enter: { opacity: { value: 0.85 } }, update: { ...bar, fill } },
    }),
    labels(COLOUR_LEGEND_DATASET, theme, fonts, position),
  ]);
}

function groupLegend(
  orient: LegendOrient,
  axisRoom: number,
  toggles: boolean,
  theme: SpecTheme,
  fonts: LegendFonts
): VegaMark {
  const off = { signal: `indata('${HIDDEN_GROUPS}', 'value', datum.value) ? ${LEGEND_OFF_OPACITY} : 1` };
  const interactive = toggles ? { opacity: off } : {};
  return legendGroup('colour_legend', orient, axisRoom, [
    title(SIGNALS.colourTitle, theme, fonts),
    guideMark('symbol', 'legend-symbol', {
      ...(toggles ? { name: LEGEND_MARKS.symbols, interactive: true } : {}),
      from: { data: COLOUR_LEGEND_DATASET },
      encode: {
        enter: {
          shape: { value: 'circle' },
          size: { value: SYMBOL_AREA },
          strokeWidth: { value: SYMBOL_STROKE },
          ...(toggles ? { cursor: { value: 'pointer' } } : {}),
        },
        update: {
          x: { field: 'x' },
          y: { field: 'y' },
          fill: { scale: 'color', field: 'value' },
          stroke: { scale: 'color', field: 'value' },
          fillOpacity: { signal: 'datum.more ? 0 : 1' },
          strokeOpacity: { signal: 'datum.more ? 0 : 1' },
          ...interactive,
        },
      },
    }),
    labels(
      COLOUR_LEGEND_DATASET,
      theme,
      fonts,
      { x: { field: 'labelX' }, y: { field: 'y' } },
      interactive,
      toggles ? LEGEND_MARKS.labels : undefined
    ),
  ]);
}

/**
 * The legends' marks and datasets, beside (`right`) or below (`bottom`) the plot. `axisRoom` is the room the
 * x axis takes under the plot (bottom legends start below it).
 */
export function legendMarks(input: LegendInput, axisRoom: number): VegaMark[] {
  const fonts = legendFonts(input.theme);
  const marks: VegaMark[] = [];
  if (input.sized) {
    marks.push(sizeLegend(input.orient, axisRoom, input.theme, fonts));
  }
  marks.push(
    input.colour.type === 'diverging'
      ? gradientLegend(input.orient, axisRoom, input.theme, fonts)
      : groupLegend(input.orient, axisRoom, input.toggles, input.theme, fonts)
  );
  return marks;
}

/** The legends' datasets (values: updated in place with the model). */
export function legendData(sizeRows: LegendRow[], colourRows: LegendRow[]): VegaData[] {
  return [
    { name: SIZE_LEGEND_DATASET, values: sizeRows },
    { name: COLOUR_LEGEND_DATASET, values: colourRows },
  ] as VegaData[];
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
