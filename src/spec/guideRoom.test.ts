import type { Spec as VegaSpec } from 'vega';
import { CHART_PADDING, guideRoom, type MeasureText } from './guideRoom';
import type { ColourScale } from './colour';
import { colourLegendOffset, colourLegendRows, legendContent, legendData, legendHeight, sizeLegendRows, type LegendRow } from './legendMarks';
import { LABEL_GAP, TITLE_GAP, TICKS_DATASET } from './axisMarks';
import { SIGNALS } from './signals';

/** 6 px per character, whatever the font: enough to see which texts widen which side. */
const measure: MeasureText = (text) => text.length * 6;

const config = {
  axis: { labelFont: 'Inter', labelFontSize: 12, titleFont: 'Inter', titleFontSize: 13 },
  legend: { labelFont: 'Inter', labelFontSize: 12, titleFont: 'Inter', titleFontSize: 12 },
};

/** A spec with the axes of axisMarks.ts (their tick dataset) unless `withAxes` is false. */
function spec(signals: Record<string, unknown>, withAxes = true): VegaSpec {
  return {
    padding: CHART_PADDING,
    config,
    data: withAxes ? [{ name: TICKS_DATASET, values: [] }] : [],
    signals: Object.entries({ [SIGNALS.yLabelRoom]: 20, ...signals }).map(([name, value]) => ({ name, value })),
  } as unknown as VegaSpec;
}

describe('guideRoom', () => {
  it('leaves the spec padding alone where there are no guides (one more px on the right for the plot edge line)', () => {
    expect(guideRoom(spec({}, false), 800, 600, measure)).toEqual({ left: 8, right: 9, top: 8, bottom: 8 });
  });

  it('makes room on the left for the widest y label (as the spec estimates it) and the title, below for one label row and the title', () => {
    const room = guideRoom(spec({ [SIGNALS.yLabelRoom]: 31 }), 800, 200, measure);
    expect(room.left).toBe(8 + LABEL_GAP + 31 + TITLE_GAP + 13 + 1);
    expect(room.bottom).toBe(8 + LABEL_GAP + 12 + TITLE_GAP + 13 + 1);
    // half a label above the plot for a tick at its top edge
    expect(room.top).toBe(8 + 6);
    expect(guideRoom(spec({ [SIGNALS.yLabelRoom]: 131 }), 800, 200, measure).left - room.left).toBe(100);
  });

  const fonts = { label: 12, title: 12 };

  /** A spec with legends drawn by legendMarks.ts: their rows, titles and where they go. */
  function withLegends(
    orient: 'right' | 'bottom',
    colour: LegendRow[],
    size: LegendRow[] = [],
    colourLegend = 'categorical'
  ) {
    const base = spec({}) as unknown as Record<string, unknown>;
    const sized = size.length > 0;
    const content = legendContent({
      orient,
      size: sized ? { title: 'N', rows: size } : null,
      colour: { title: 'G', rows: colour, gradient: colourLegend === 'diverging' },
      offset: colourLegendOffset(orient, sized, size, 'N', fonts),
      fonts,
    });
    return {
      ...base,
      data: [...(base.data as object[]), ...legendData(content)],
      usermeta: { legendOrient: orient },
    } as unknown as VegaSpec;
  }
  it('puts a right legend beside the plot: the gap and its widest part (title or symbol + label)', () => {
    const rows = colourLegendRows({ type: 'categorical', domain: ['Priority', 'Other'] } as ColourScale, fonts);
    const room = guideRoom(withLegends('right', rows), 800, 600, measure);
    // symbol column 11.5 px, label offset 4, "Priority" 48 px
    expect(room.right).toBe(Math.ceil(8 + 2 + 18 + 11.5 + 4 + 8 * 6));
    expect(room.bottom).toBe(8 + LABEL_GAP + 12 + TITLE_GAP + 13 + 1);
  });

  it('gives a size legend the width of its largest circle and widest value', () => {
    const size = sizeLegendRows([250, 500, 1000], 1000, 1600, fonts);
    const colour = colourLegendRows({ type: 'categorical', domain: ['a'] } as ColourScale, fonts);
    const room = guideRoom(withLegends('right', colour, size), 800, 600, measure);
    // a 40 px circle (area 1600) and its stroke, the label offset and "1,000"
    expect(room.right).toBe(Math.ceil(8 + 2 + 18 + 40 + 0.5 + 4 + 5 * 6));
  });

  it('puts bottom legends under the plot: the tallest of them, the right side stays free', () => {
    const rows = (n: number) =>
      colourLegendRows({ type: 'categorical', domain: ['a', 'b', 'c', 'd'].slice(0, n) } as ColourScale, fonts);
    const few = guideRoom(withLegends('bottom', rows(2)), 800, 600, measure);
    const many = guideRoom(withLegends('bottom', rows(4)), 800, 600, measure);
    // the plot's edge: the grid's stroke reaches 2 px past it
    expect(few.right).toBe(10);
    expect(few.bottom).toBe(
      Math.ceil(8 + LABEL_GAP + 12 + TITLE_GAP + 13 + 1 + 18 + legendHeight(rows(2), false, fonts, 'bottom'))
    );
    // two more entries: two more rows (the 12 px label is taller than the 11.5 px symbol; row padding 2)
    expect(many.bottom - few.bottom).toBe(2 * 14);
  });
});
