import type { MatrixModel } from '../model/types';
import type { ColorBy } from '../types';
import { NO_PARENT, type SegmentRow } from './rows';
import type { SpecTheme } from './theme';

/** Row field holding the value that colour encodes, per colour option (`colour` repeats it, never null). */
export const COLOR_FIELDS: Record<ColorBy, 'satisfactionDelta' | 'growth' | 'priorityGroup' | 'parent'> = {
  satisfaction: 'satisfactionDelta',
  growth: 'growth',
  priority: 'priorityGroup',
  parent: 'parent',
};

const TITLES: Record<ColorBy, string> = {
  satisfaction: 'Δ satisfaction',
  growth: 'Growth',
  priority: 'Priority',
  parent: 'Parent',
};

/** What the colour legend shows and how values map to colours. */
export interface ColourScale {
  /** The row field the values come from (the spec encodes the never-null copy `colour`). */
  field: keyof SegmentRow;
  title: string;
  type: 'diverging' | 'categorical';
  /** Diverging: [-m, 0, m] (symmetric, so 0 is the middle colour). Categorical: the categories. */
  domain: Array<number | string>;
  range: string[];
  /** d3-format specifier of the legend labels, diverging scales only (signed, 0 unsigned: legendMarks.ts). */
  labelFormat?: string;
}

/** Symmetric bound of a diverging scale: the largest |value|, rounded up to look tidy; 1 when all are 0 or missing. */
export function divergingBound(values: Array<number | null>): number {
  let m = 0;
  for (const v of values) {
    if (v !== null && Number.isFinite(v)) {
      m = Math.max(m, Math.abs(v));
    }
  }
  if (m === 0) {
    return 1;
  }
  const step = Math.pow(10, Math.floor(Math.log10(m)) - 1);
  return Math.ceil(m / step - 1e-9) * step;
}

/** The colour scale for the chosen option. Colour-blind safe: orange (worse) – grey (0) – blue (better). */
export function colourScale(colorBy: ColorBy, model: MatrixModel, rows: SegmentRow[], theme: SpecTheme): ColourScale {
  const field = COLOR_FIELDS[colorBy];
  const title = TITLES[colorBy];
  if (colorBy === 'satisfaction' || colorBy === 'growth') {
    const m = divergingBound(rows.map((r) => r[field] as number | null));
    return {
      field,
      title,
      type: 'diverging',
      domain: [-m, 0, m],
      range: [theme.negative, theme.neutral, theme.positive],
      labelFormat: colorBy === 'growth' ? '.0%' : '~g',
    };
  }
  if (colorBy === 'priority') {
    return { field, title, type: 'categorical', domain: ['Priority', 'Other'], range: [theme.priority, theme.other] };
  }
  const parents = [...model.parents];
  if (rows.some((r) => r.parent === NO_PARENT)) {
    parents.push(NO_PARENT);
  }
  const range = parents.map((p, i) => (p === NO_PARENT ? theme.neutral : theme.palette[i % theme.palette.length]));
  return { field, title, type: 'categorical', domain: parents, range };
}
