import type { TopLevelSpec } from 'vega-lite';
import type { AxisModel, MatrixModel } from '../model/types';
import type { DisplayOptions } from '../types';
import { colourScale } from './colour';
import { quadrantRows } from './quadrants';
import { hasSizeMeasure, segmentRows, trailRows, type SegmentRow } from './rows';
import { paddedDomain } from './scales';
import { vegaLiteConfig, type SpecTheme } from './theme';
import { HOVER_SIGNAL, PLAN_KEY, VEGA_MARKS, type VegaPlan } from './vega';

export { paddedDomain } from './scales';

/** Name of the dataset holding the segment rows (the view updates it without rebuilding). */
export const SEGMENTS_DATASET = 'segments';
export const TRAILS_DATASET = 'trails';

/**
 * Layer names; Vega gives each drawn mark group the class `<name>_marks`. Arrows, arrowheads, new rings
 * and labels are drawn in pixel space by `finishVegaSpec` (see ./vega.ts) under the same naming.
 */
export const LAYERS = {
  shading: 'shading',
  cutX: 'cut_x',
  cutY: 'cut_y',
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

/** Symbol size of the largest bubble (Vega: r = √size / 2, so about 39 px across); area ∝ size. */
export const MAX_BUBBLE_AREA = 1500;
/** Up to this many segments the largest bubble gets MAX_BUBBLE_AREA; above, bubbles shrink so that hundreds stay readable. */
export const CROWD = 30;
/** The smallest the largest bubble gets, however many segments there are. */
export const MIN_MAX_BUBBLE_AREA = 200;

/** Symbol size of the largest bubble for `n` drawn segments: MAX_BUBBLE_AREA, shrinking as √(CROWD / n) above CROWD. */
export function maxBubbleArea(n: number): number {
  if (n <= CROWD) {
    return MAX_BUBBLE_AREA;
  }
  return Math.max(MIN_MAX_BUBBLE_AREA, Math.round(MAX_BUBBLE_AREA * Math.sqrt(CROWD / n)));
}
/** Bubble area in px² when there is no size measure (all bubbles alike). */
export const DEFAULT_BUBBLE_AREA = 300;
/** Bubble area in px² of a segment whose size is unknown while the others have one. */
export const MISSING_SIZE_AREA = 40;
/** Opacity of the other segments while one is hovered. */
export const HOVER_DIM = 0.2;

const BUBBLE_OPACITY = 0.85;
/** Quadrant names longer than this (px) end in an ellipsis. */
const QUADRANT_NAME_LIMIT = 200;
/** Title and end labels of a gradient legend (px). */
const COLOUR_LEGEND_CHROME = 40;
const GHOST_OPACITY = 0.8;
const TRAIL_OPACITY = 0.7;

export interface SpecInput {
  model: MatrixModel;
  display: DisplayOptions;
  theme: SpecTheme;
}

// The view sets the real size (view.width/height) so that a resize never rebuilds the spec.
const NOMINAL_WIDTH = 400;
const NOMINAL_HEIGHT = 300;

function scaleOf(axis: AxisModel) {
  const domain = paddedDomain(axis);
  if (axis.scale === 'log') {
    return { type: 'log' as const, domain, reverse: axis.reverse, nice: false };
  }
  return { type: 'linear' as const, domain, reverse: axis.reverse, nice: false, zero: false };
}

/** An ordinal axis is drawn on category positions 0…n−1: ticks at each position, labelled with its category. */
function axisOf(axis: AxisModel) {
  if (axis.scale !== 'ordinal' || !axis.categories) {
    return { title: axis.title };
  }
  const categories = JSON.stringify(axis.categories);
  return {
    title: axis.title,
    values: axis.categories.map((_, i) => i),
    labelExpr: `${categories}[datum.value] || ''`,
  };
}

/** The size measure's display name, e.g. `customers` → `Customers`. */
export function sizeTitle(model: MatrixModel): string {
  const name = model.fieldsUsed.size ?? 'Size';
  const words = name.replace(/[_-]+/g, ' ').trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** Rounds down to a 1-2-5 number: 2350 → 2000, 1175 → 1000, 587 → 500, 0.3 → 0.2. */
function floorNice(v: number): number {
  const p = Math.pow(10, Math.floor(Math.log10(v)));
  const m = v / p;
  const n = m >= 5 ? 5 : m >= 2 ? 2 : 1;
  return Number((n * p).toPrecision(12));
}

/** Three size-legend entries (a quarter, half and all of the largest size), few enough to fit beside the colour legend. */
export function sizeLegendValues(sizes: number[]): number[] {
  const max = Math.max(0, ...sizes.filter((v) => Number.isFinite(v)));
  if (max <= 0) {
    return [];
  }
  return [...new Set([floorNice(max / 4), floorNice(max / 2), floorNice(max)])].filter((v) => v > 0);
}

/** Pixels the size legend takes (title + one row per entry), so the colour legend below it can fit the rest. */
export function sizeLegendHeight(values: number[], maxSize: number, fontSize: number, maxArea = MAX_BUBBLE_AREA): number {
  const rows = values.map((v) => Math.max(Math.sqrt((v / maxSize) * maxArea), fontSize) + 2);
  return fontSize + 8 + rows.reduce((a, b) => a + b, 0) + 16;
}

type Layer = NonNullable<Extract<TopLevelSpec, { layer: unknown }>['layer']>[number];

/** Model + display options + theme → a Vega-Lite spec (with a plan for the pixel-space marks). Pure. */
export function buildSpec({ model, display, theme }: SpecInput): TopLevelSpec {
  const x = { field: 'x', type: 'quantitative' as const, scale: scaleOf(model.axes.x), axis: axisOf(model.axes.x) };
  const y = { field: 'y', type: 'quantitative' as const, scale: scaleOf(model.axes.y), axis: axisOf(model.axes.y) };
  const rows = segmentRows(model, display.colorBy);
  const sized = hasSizeMeasure(model);
  const legendOrient = display.legend === 'hidden' ? null : display.legend;
  const maxArea = maxBubbleArea(rows.length);
  const sizeScale = { zero: true, range: [0, sized ? maxArea : Math.min(DEFAULT_BUBBLE_AREA, maxArea)] };
  // Both size encodings share one scale and one legend (Vega-Lite merges them; they must agree).
  const sizeValues = sizeLegendValues(rows.map((r) => Math.max(r.size, r.baselineSize)));
  const maxSize = Math.max(0, ...rows.map((r) => Math.max(r.size, r.baselineSize)));
  const sizeLegendShown = sized && legendOrient !== null && sizeValues.length > 0;
  const sizeLegendReserve = sizeLegendShown ? sizeLegendHeight(sizeValues, maxSize, theme.fontSize - 2, maxArea) : 0;
  const sizeLegend =
    sizeLegendShown
      ? {
          title: sizeTitle(model),
          orient: legendOrient,
          values: sizeValues,
          symbolType: 'circle',
          symbolFillColor: theme.neutral,
          symbolOpacity: 0.5,
          symbolStrokeColor: theme.text,
          symbolStrokeWidth: 0.5,
        }
      : null;
  const size = (field: 'size' | 'baselineSize') => ({
    condition: { test: `datum.${field === 'size' ? 'sizeMissing' : 'baselineSizeMissing'}`, value: MISSING_SIZE_AREA },
    field,
    type: 'quantitative' as const,
    scale: sizeScale,
    legend: sizeLegend,
  });
  const quadrants = quadrantRows(model);

  const layers: Layer[] = [];
  if (display.showShading) {
    layers.push({
      name: LAYERS.shading,
      data: { values: quadrants.filter((q) => q.priority) },
      mark: { type: 'rect', color: theme.shading },
      encoding: { x, x2: { field: 'x2' }, y, y2: { field: 'y2' } },
    });
  }
  const cuts = { values: [{ cutX: model.cuts.x, cutY: model.cuts.y }] };
  layers.push(
    {
      name: LAYERS.cutX,
      data: cuts,
      mark: { type: 'rule', color: theme.divider, strokeDash: [6, 4], strokeWidth: 1.5 },
      encoding: { x: { ...x, field: 'cutX' } },
    },
    {
      name: LAYERS.cutY,
      data: cuts,
      mark: { type: 'rule', color: theme.divider, strokeDash: [6, 4], strokeWidth: 1.5 },
      encoding: { y: { ...y, field: 'cutY' } },
    }
  );
  if (display.showQuadrantNames) {
    layers.push({
      name: LAYERS.quadrantNames,
      data: { values: quadrants },
      mark: {
        type: 'text',
        color: theme.quadrantName,
        fontSize: theme.fontSize - 1,
        fontWeight: 500,
        limit: QUADRANT_NAME_LIMIT,
        align: { expr: 'datum.align' },
        baseline: { expr: 'datum.baseline' },
        dx: { expr: 'datum.dx' },
        dy: { expr: 'datum.dy' },
      },
      encoding: {
        x: { ...x, field: 'nameX' },
        y: { ...y, field: 'nameY' },
        text: { field: 'name', type: 'nominal' },
        description: { field: 'name', type: 'nominal' },
      },
    } as Layer);
  }
  if (display.showTrail) {
    layers.push({
      name: LAYERS.trails,
      data: { name: TRAILS_DATASET },
      mark: { type: 'line', color: theme.arrow, strokeWidth: 1, opacity: TRAIL_OPACITY, interpolate: 'monotone' },
      encoding: { x, y, detail: { field: 'segment', type: 'nominal' }, order: { field: 'order', type: 'quantitative' } },
    });
    // A dot per period (hovering one shows the segment's period labels) and the period labels themselves,
    // shown only for the hovered segment (the hover signal is added by finishVegaSpec).
    layers.push(
      {
        name: LAYERS.trailPoints,
        data: { name: TRAILS_DATASET },
        mark: { type: 'circle', color: theme.arrow, size: 16, opacity: TRAIL_OPACITY, cursor: 'pointer' },
        encoding: { x, y, description: { field: 'period', type: 'nominal' } },
      },
      {
        name: LAYERS.trailLabels,
        data: { name: TRAILS_DATASET },
        mark: {
          type: 'text',
          color: theme.text,
          fontSize: theme.fontSize - 3,
          dy: -8,
          opacity: { expr: `${HOVER_SIGNAL} !== null && datum.segment === ${HOVER_SIGNAL} ? 1 : 0` },
        },
        encoding: { x, y, text: { field: 'period', type: 'nominal' }, description: { field: 'period', type: 'nominal' } },
      } as Layer
    );
  }
  // Retired segments are a ghost only, so their ghosts stay when ghosts are switched off.
  const ghostFilter = display.showGhosts
    ? 'isValid(datum.baselineX) && isValid(datum.baselineY)'
    : 'isValid(datum.baselineX) && isValid(datum.baselineY) && !isValid(datum.x)';
  layers.push({
    name: LAYERS.ghosts,
    transform: [{ filter: ghostFilter }],
    mark: { type: 'point', filled: false, color: theme.ghost, strokeDash: [3, 2], strokeWidth: 1.5, opacity: GHOST_OPACITY, cursor: 'pointer' },
    encoding: {
      x: { ...x, field: 'baselineX' },
      y: { ...y, field: 'baselineY' },
      size: size('baselineSize'),
      description: { field: 'segment', type: 'nominal' },
    },
  });

  const colour = display.colorBy;
  const cs = colourScale(colour, model, rows, theme);
  const colorEncoding = {
    condition: { test: 'datum.colourMissing', value: theme.neutral },
    field: 'colour',
    type: cs.type === 'diverging' ? ('quantitative' as const) : ('nominal' as const),
    scale: cs.type === 'diverging' ? { domain: cs.domain, range: cs.range, interpolate: 'lab' as const } : { domain: cs.domain, range: cs.range },
    legend: legendOrient
      ? {
          title: cs.title,
          orient: legendOrient,
          ...(cs.labelExpr ? { labelExpr: cs.labelExpr } : {}),
          // Beside the plot the gradient takes the height the size legend leaves.
          ...(cs.type === 'diverging' && legendOrient === 'right'
            ? { gradientLength: { expr: `clamp(height - ${Math.round(sizeLegendReserve + COLOUR_LEGEND_CHROME)}, 30, 160)` } }
            : {}),
        }
      : null,
  };
  layers.push({
    name: LAYERS.bubbles,
    transform: [{ filter: 'isValid(datum.x) && isValid(datum.y)' }],
    mark: { type: 'circle', opacity: BUBBLE_OPACITY, stroke: theme.text, cursor: 'pointer' },
    encoding: {
      x,
      y,
      size: size('size'),
      color: colorEncoding,
      // The segment's name is each mark's accessible name (aria-label): screen readers and tests find it there.
      description: { field: 'segment', type: 'nominal' },
      // Priority segments have a firmer outline.
      strokeWidth: { condition: { test: 'datum.priority', value: 1.5 }, value: 0.5 },
    },
  } as Layer);

  const trails = display.showTrail ? trailRows(model) : [];
  const count = (test: (r: SegmentRow) => boolean) => rows.filter(test).length;
  const hasArrows = display.showArrows && count((r) => r.hasArrow) > 0;
  const newRings = model.baselinePeriod !== null && count((r) => r.isNew) > 0;
  const ghostShown = (r: SegmentRow) => r.baselineX !== null && r.baselineY !== null && (display.showGhosts || r.x === null);
  const avoid: string[] = [];
  if (count((r) => r.x !== null && r.y !== null) > 0) {
    avoid.push(`${LAYERS.bubbles}_marks`);
  }
  if (count(ghostShown) > 0) {
    avoid.push(`${LAYERS.ghosts}_marks`);
  }
  if (hasArrows) {
    avoid.push(VEGA_MARKS.arrows, VEGA_MARKS.arrowheads);
  }
  if (display.showQuadrantNames && quadrants.length > 0) {
    avoid.push(`${LAYERS.quadrantNames}_marks`);
  }
  if (newRings) {
    avoid.push(VEGA_MARKS.newRings);
  }
  const plan: VegaPlan = {
    dataset: SEGMENTS_DATASET,
    missingArea: MISSING_SIZE_AREA,
    after: `${LAYERS.bubbles}_marks`,
    arrows: hasArrows ? { color: theme.arrow, width: 1.5, opacity: 0.85 } : null,
    newRings: newRings ? { color: theme.newRing } : null,
    labels: display.showLabels
      ? { color: theme.text, font: theme.fontFamily, fontSize: theme.fontSize - 1, fontWeight: 500, avoid }
      : null,
    trailHeads: trails.length > 0 ? { dataset: TRAILS_DATASET, color: theme.arrow, opacity: TRAIL_OPACITY } : null,
    hover: {
      dim: HOVER_DIM,
      marks: {
        [`${LAYERS.bubbles}_marks`]: BUBBLE_OPACITY,
        [`${LAYERS.ghosts}_marks`]: GHOST_OPACITY,
        ...(display.showTrail ? { [`${LAYERS.trailPoints}_marks`]: TRAIL_OPACITY } : {}),
      },
    },
  };

  const datasets: Record<string, unknown[]> = { [SEGMENTS_DATASET]: rows };
  if (display.showTrail) {
    datasets[TRAILS_DATASET] = trails;
  }
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    width: NOMINAL_WIDTH,
    height: NOMINAL_HEIGHT,
    autosize: { type: 'fit', contains: 'padding', resize: true },
    padding: 8,
    config: vegaLiteConfig(theme),
    datasets: datasets as Record<string, Array<Record<string, unknown>>>,
    data: { name: SEGMENTS_DATASET },
    layer: layers,
    usermeta: { [PLAN_KEY]: plan },
  } as TopLevelSpec;
}
