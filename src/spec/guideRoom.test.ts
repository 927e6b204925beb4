import type { Spec as VegaSpec } from 'vega';
import { CHART_PADDING, guideRoom, type MeasureText } from './guideRoom';
import type { ColourScale } from './colour';
import {
  COLOUR_LEGEND_DATASET,
  colourLegendRows,
  legendHeight,
  SIZE_LEGEND_DATASET,
  sizeLegendRows,
  type LegendRow,
} from './legendMarks';
import { SIGNALS } from './signals';

/** 6 px per character, whatever the font: enough to see which texts widen which side. */
const measure: MeasureText = (text) => text.length * 6;

const config = {
  axis: { labelFont: 'Inter', labelFontSize: 12, titleFont: 'Inter', titleFontSize: 13 },
  legend: { labelFont: 'Inter', labelFontSize: 12, titleFont: 'Inter', titleFontSize: 12 },
};
const axes = [
  { scale: 'x', orient: 'bottom' },
  { scale: 'y', orient: 'left' },
];
const scales = [
  { name: 'x', type: 'linear' },
  { name: 'y', type: 'linear' },
];

function spec(signals: Record<string, unknown>, legends: object[] = [], withAxes = true): VegaSpec {
  return {
    padding: CHART_PADDING,
    config,
    scales,
    axes: withAxes ? axes : [],
    legends,
    signals: Object.entries({ [SIGNALS.xDomain]: [0, 10], [SIGNALS.yDomain]: [0, 10], ...signals }).map(
      ([name, value]) => ({ name, value })
    ),
  } as unknown as VegaSpec;
}

describe('guideRoom', () => {
  it('leaves the spec padding alone where there are no guides (one more px on the right for the plot edge line)', () => {
    expect(guideRoom(spec({}, [], false), 800, 600, measure)).toEqual({ left: 8, right: 9, top: 8, bottom: 8 });
  });

  it('makes room on the left for ticks, the widest y label and the title, below for one label row and the title', () => {
    // y ticks 0, 2, …, 10 at 200 px (one per 40 px): the widest label is "10" (12 px)
    const room = guideRoom(spec({}), 800, 200, measure);
    expect(room.left).toBe(8 + 5 + 2 + 12 + 4 + 13);
    expect(room.bottom).toBe(8 + 5 + 2 + 12 + 4 + 13);
    expect(room.top).toBe(8 + 6);
  });

  it('widens the left side with the tick labels of the y domain', () => {
    const narrow = guideRoom(spec({ [SIGNALS.yDomain]: [0, 10] }), 800, 200, measure);
    const wide = guideRoom(spec({ [SIGNALS.yDomain]: [0, 1_000_000] }), 800, 200, measure);
    // "1,000,000" against "10"
    expect(wide.left - narrow.left).toBe((9 - 2) * 6);
    // more ticks on a taller plot: steps of 0.5 written "10.0"
    expect(guideRoom(spec({}), 800, 600, measure).left - narrow.left).toBe(2 * 6);
  });

  it('measures the category names of an ordinal y axis, up to the axis label limit', () => {
    const room = (names: string[]) => guideRoom(spec({ [SIGNALS.yCategories]: names }), 800, 600, measure).left;
    expect(room(['Low', 'Medium', 'High']) - room(['Low'])).toBe((6 - 3) * 6);
    expect(room(['x'.repeat(500)]) - room(['x'])).toBe(180 - 6);
  });

  /** A spec with legends drawn by legendMarks.ts: their rows, titles and where they go. */
  function withLegends(
    orient: 'right' | 'bottom',
    colour: LegendRow[],
    size: LegendRow[] = [],
    colourLegend = 'categorical'
  ) {
    const base = spec({ [SIGNALS.colourTitle]: 'G', [SIGNALS.sizeTitle]: 'N' }) as unknown as Record<string, unknown>;
    return {
      ...base,
      data: [
        { name: SIZE_LEGEND_DATASET, values: size },
        { name: COLOUR_LEGEND_DATASET, values: colour },
      ],
      usermeta: { legendOrient: orient, colourLegend },
    } as unknown as VegaSpec;
  }
  const fonts = { label: 12, title: 12 };

  it('puts a right legend beside the plot: the gap and its widest part (title or symbol + label)', () => {
    const rows = colourLegendRows({ type: 'categorical', domain: ['Priority', 'Other'] } as ColourScale, fonts);
    const room = guideRoom(withLegends('right', rows), 800, 600, measure);
    // symbol column 11.5 px, label offset 4, "Priority" 48 px
    expect(room.right).toBe(Math.ceil(8 + 1 + 18 + 11.5 + 4 + 8 * 6));
    expect(room.bottom).toBe(8 + 36);
  });

  it('gives a size legend the width of its largest circle and widest value', () => {
    const size = sizeLegendRows([250, 500, 1000], 1000, 1600, fonts);
    const colour = colourLegendRows({ type: 'categorical', domain: ['a'] } as ColourScale, fonts);
    const room = guideRoom(withLegends('right', colour, size), 800, 600, measure);
    // a 40 px circle (area 1600) and its stroke, the label offset and "1,000"
    expect(room.right).toBe(Math.ceil(8 + 1 + 18 + 40 + 0.5 + 4 + 5 * 6));
  });

  it('puts bottom legends under the plot: the tallest of them, the right side stays free', () => {
    const rows = (n: number) =>
      colourLegendRows({ type: 'categorical', domain: ['a', 'b', 'c', 'd'].slice(0, n) } as ColourScale, fonts);
    const few = guideRoom(withLegends('bottom', rows(2)), 800, 600, measure);
    const many = guideRoom(withLegends('bottom', rows(4)), 800, 600, measure);
    expect(few.right).toBe(9);
    expect(few.bottom).toBe(Math.ceil(8 + 36 + 18 + legendHeight(rows(2), null, fonts, 'bottom')));
    // two more entries: two more rows (the 12 px label is taller than the 11.5 px symbol; row padding 2)
    expect(many.bottom - few.bottom).toBe(2 * 14);
  });
});
