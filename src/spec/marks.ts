/**
 * The data-space layers of the matrix as Vega marks: quadrant shading and dividers, quadrant names, trails,
 * ghosts and bubbles. Constant properties go in `enter` (set once per item), what scales or hover change
 * in `update` (re-run on resize and on hover), so that a resize re-evaluates as little as possible.
 */
import type { SpecTheme } from './theme';

export type VegaMark = { name?: string; type: string; encode?: Record<string, Record<string, unknown>>; [k: string]: unknown };
export type VegaData = { name: string; [k: string]: unknown };

/** Layer names; each is drawn as the mark `<name>_marks` (the SVG group class tests and the view look for). */
export const LAYERS = {
  shading: 'shading',
  cuts: 'cuts',
  quadrantNames: 'quadrant_names',
  trails: 'trails',
  trailPoints: 'trail_points',
  trailLabels: 'trail_labels',
  ghosts: 'ghosts',
  bubbles: 'bubbles',
  newRings: 'new',
  arrows: 'arrows',
  arrowheads: 'arrowheads',
  labels: 'labels',
} as const;

export const markName = (layer: string) => `${layer}_marks`;

export const BUBBLE_OPACITY = 0.85;
export const GHOST_OPACITY = 0.8;
export const TRAIL_OPACITY = 0.7;
/** Quadrant names longer than this (px) end in an ellipsis. */
const QUADRANT_NAME_LIMIT = 200;

const POINTER = { value: 'pointer' };
const xy = (x: string, y: string) => ({ x: { scale: 'x', field: x }, y: { scale: 'y', field: y } });

/** Opacity (encode value) of a segment mark: `dim` while another segment or colour group is highlighted. */
export type OpacityOf = (base: number, datumPath?: string) => Record<string, unknown>;

export function shadingMark(data: string, theme: SpecTheme): VegaMark {
  return {
    name: markName(LAYERS.shading),
    type: 'rect',
    from: { data },
    interactive: false,
    encode: {
      enter: { fill: { value: theme.shading } },
      update: { x: { scale: 'x', field: 'x' }, x2: { scale: 'x', field: 'x2' }, y: { scale: 'y', field: 'y' }, y2: { scale: 'y', field: 'y2' } },
    },
  };
}

/**
 * The two quadrant dividers, one mark over a row per axis: a vertical line at the x cut spanning the
 * plot's height, a horizontal one at the y cut spanning its width.
 */
export function cutMark(data: string, theme: SpecTheme): VegaMark {
  const onX = "datum.axis === 'x'";
  const either = (x: string, y: string) => ({ signal: `${onX} ? ${x} : ${y}` });
  const atX = "scale('x', datum.value)";
  const atY = "scale('y', datum.value)";
  return {
    name: markName(LAYERS.cuts),
    type: 'rule',
    from: { data },
    interactive: false,
    encode: {
      enter: { stroke: { value: theme.divider }, strokeDash: { value: [6, 4] }, strokeWidth: { value: 1.5 } },
      update: { x: either(atX, '0'), x2: either(atX, 'width'), y: either('0', atY), y2: either('height', atY) },
    },
  };
}

export function quadrantNameMark(data: string, theme: SpecTheme): VegaMark {
  return {
    name: markName(LAYERS.quadrantNames),
    type: 'text',
    from: { data },
    interactive: false,
    encode: {
      enter: {
        fill: { value: theme.quadrantName },
        font: { value: theme.fontFamily },
        fontSize: { value: theme.fontSize - 1 },
        fontWeight: { value: 500 },
        limit: { value: QUADRANT_NAME_LIMIT },
      },
      update: {
        ...xy('nameX', 'nameY'),
        text: { field: 'name' },
        description: { field: 'name' },
        align: { field: 'align' },
        baseline: { field: 'baseline' },
        dx: { field: 'dx' },
        dy: { field: 'dy' },
      },
    },
  };
}

/** A thin line per segment through its periods (in period order), a dot per period, period labels on hover. */
export function trailMarks(data: string, theme: SpecTheme, opacity: OpacityOf, labelOpacity: string): VegaMark[] {
  const facet = 'sm_trail_facet';
  return [
    {
      name: 'trails_pathgroup',
      type: 'group',
      from: { facet: { name: facet, data, groupby: ['segment'] } },
      encode: { update: { width: { field: { group: 'width' } }, height: { field: { group: 'height' } } } },
      marks: [
        {
          name: markName(LAYERS.trails),
          type: 'line',
          from: { data: facet },
          sort: { field: 'datum.order' },
          interactive: false,
          encode: {
            enter: { stroke: { value: theme.arrow }, strokeWidth: { value: 1 }, interpolate: { value: 'monotone' } },
            update: { ...xy('x', 'y'), opacity: opacity(TRAIL_OPACITY) },
          },
        },
      ],
    },
    {
      name: markName(LAYERS.trailPoints),
      type: 'symbol',
      from: { data },
      encode: {
        enter: { shape: { value: 'circle' }, size: { value: 16 }, fill: { value: theme.arrow }, cursor: POINTER, description: { field: 'period' } },
        update: { ...xy('x', 'y'), opacity: opacity(TRAIL_OPACITY) },
      },
    },
    {
      name: markName(LAYERS.trailLabels),
      type: 'text',
      from: { data },
      interactive: false,
      encode: {
        enter: { fill: { value: theme.text }, font: { value: theme.fontFamily }, fontSize: { value: theme.fontSize - 3 }, dy: { value: -8 }, align: { value: 'center' } },
        update: { ...xy('x', 'y'), text: { field: 'period' }, description: { field: 'period' }, opacity: { signal: labelOpacity } },
      },
    },
  ];
}

/** Symbol sizes come precomputed in the rows (area, baselineArea: see rows.ts `withAreas`). */
export function ghostMark(data: string, theme: SpecTheme, opacity: OpacityOf, strokeWidth: number): VegaMark {
  return {
    name: markName(LAYERS.ghosts),
    type: 'symbol',
    from: { data },
    encode: {
      enter: {
        shape: { value: 'circle' },
        fill: { value: 'transparent' },
        stroke: { value: theme.ghost },
        strokeWidth: { value: strokeWidth },
        strokeDash: { value: [3, 2] },
        cursor: POINTER,
        description: { field: 'segment' },
      },
      update: {
        ...xy('baselineX', 'baselineY'),
        size: { field: 'baselineArea' },
        opacity: opacity(GHOST_OPACITY),
      },
    },
  };
}

export function bubbleMark(data: string, theme: SpecTheme, opacity: OpacityOf): VegaMark {
  return {
    name: markName(LAYERS.bubbles),
    type: 'symbol',
    from: { data },
    encode: {
      // The segment's name is each mark's accessible name (aria-label): screen readers and tests find it there.
      // A row keeps its segment across in-place updates (rows are keyed by it), so it is set once.
      enter: { shape: { value: 'circle' }, stroke: { value: theme.text }, cursor: POINTER, description: { field: 'segment' } },
      update: {
        ...xy('x', 'y'),
        size: { field: 'area' },
        // A missing colour value is 0 in the rows: the diverging scale's middle, the neutral colour.
        fill: { scale: 'color', field: 'colour' },
        // Priority segments have a firmer outline (rows.ts).
        strokeWidth: { field: 'strokeWidth' },
        opacity: opacity(BUBBLE_OPACITY),
      },
    },
  };
}
