import type { Spec as VegaSpec } from 'vega';
import type { AxisModel, MatrixModel } from '../model/types';
import { CHART_PADDING } from './guideRoom';
import type { DisplayOptions } from '../types';
import { colourScale } from './colour';
import { axisData, axisMarks, tickRows, xAxisRoom, yLabelRoom } from './axisMarks';
import { colourLegendOffset, colourLegendRows, legendContent, legendData, legendMarks, sizeLegendRows } from './legendMarks';
import { bubbleMark, BUBBLE_OPACITY, cutMark, ghostMark, GHOST_OPACITY, LAYERS, markName, quadrantNameMark, shadingMark, trailMarks, TRAIL_OPACITY, type VegaData, type VegaMark } from './marks';
import { quadrantRows } from './quadrants';
import { hasSizeMeasure, PRIORITY_OUTLINE, segmentRows, trailRows, withAreas, type SegmentRow } from './rows';
import { paddedDomain } from './scales';
import { HIDDEN_GROUPS, LEGEND_MARKS, SIGNALS } from './signals';
import { sizeLegendValues, sizeTitle } from './sizeLegend';
import { axisFonts, legendFonts, vegaConfig, type SpecTheme } from './theme';
import { addPixelMarks, HOVER_SIGNAL, hoverOpacity, VEGA_MARKS, type VegaPlan } from './vega';

export { paddedDomain } from './scales';
export { LAYERS } from './marks';
export { sizeLegendValues, sizeTitle } from './sizeLegend';

/** Name of the dataset holding the segment rows (the view updates it without rebuilding). */
export const SEGMENTS_DATASET = 'segments';
export const TRAILS_DATASET = 'trails';
const QUADRANTS_DATASET = 'quadrants';
const CUTS_DATASET = 'cuts';
/** What identifies a row of each dataset across updates (the view keeps that row's tuple and modifies it). */
export const DATASET_KEYS: Record<string, (row: Record<string, unknown>) => string> = {
  [SEGMENTS_DATASET]: (r) => String(r.segment),
  [TRAILS_DATASET]: (r) => `${String(r.segment)}\u0001${String(r.period)}`,
  [QUADRANTS_DATASET]: (r) => String(r.id),
  [CUTS_DATASET]: (r) => String(r.axis),
};
/** Segments left after the colour groups switched off in the legend. */
const VISIBLE_DATASET = 'sm_visible';

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

/** Ghost outlines, movement arrows and priority outlines, px: firm up to CROWD segments, hairlines above. */
export const LINE_WIDTH = PRIORITY_OUTLINE;
/**
 * A crowded chart draws these lines 1 px wide, as it draws smaller bubbles: less ink where
 * hundreds overlap, and a 1 px line is a hairline to the canvas renderer used there (Skia's hairline path
 * rasterises a dashed ghost about 7× and an arrow about 20× faster than a 1.5 px stroke).
 */
export const CROWDED_LINE_WIDTH = 1;

/** Width of ghost outlines, arrows and priority bubbles' outlines for `n` drawn segments. */
export const lineWidth = (n: number) => (n > CROWD ? CROWDED_LINE_WIDTH : LINE_WIDTH);

/** Bubble area in px² when there is no size measure (all bubbles alike). */
export const DEFAULT_BUBBLE_AREA = 300;
/** Bubble area in px² of a segment whose size is unknown while the others have one. */
export const MISSING_SIZE_AREA = 40;
/** Opacity of the other segments while one is hovered. */
export const HOVER_DIM = 0.2;
/** Plot area (px²) per label: a 800×600 panel labels its ~70 largest segments, a 300×200 one its ~5 largest. */
export const LABEL_AREA = 5000;
/** Always label at least this many (largest) segments. */
export const MIN_LABELS = 3;

export interface SpecInput {
  model: MatrixModel;
  display: DisplayOptions;
  theme: SpecTheme;
}

// The view sets the real size (view.width/height) so that a resize never rebuilds the spec.
const NOMINAL_WIDTH = 400;
const NOMINAL_HEIGHT = 300;

function positionScale(channel: 'x' | 'y', axis: AxisModel) {
  return {
    name: channel,
    type: axis.scale === 'log' ? 'log' : 'linear',
    domain: { signal: channel === 'x' ? SIGNALS.xDomain : SIGNALS.yDomain },
    range: channel === 'x' ? 'width' : 'height',
    reverse: axis.reverse,
    nice: false,
    zero: false,
  };
}

/** The data-dependent values of the spec, as signal values (see ./signals.ts). */
function valueSignals(model: MatrixModel, rows: SegmentRow[], display: DisplayOptions, theme: SpecTheme, maxArea: number) {
  const sized = hasSizeMeasure(model);
  let maxSize = 0;
  const sizes: number[] = [];
  for (const r of rows) {
    const v = Math.max(r.size, r.baselineSize);
    sizes.push(v);
    maxSize = Math.max(maxSize, v);
  }
  const legendValues = sized ? sizeLegendValues(sizes) : [];
  const orient = display.legend === 'hidden' ? null : display.legend;
  const sizeLegendShown = sized && orient !== null && legendValues.length > 0;
  const colour = colourScale(display.colorBy, model, rows, theme);
  const sizeDomainMax = maxSize > 0 ? maxSize : 1;
  const drawnMaxArea = sized ? maxArea : Math.min(DEFAULT_BUBBLE_AREA, maxArea);
  const fonts = legendFonts(theme);
  const sizeRows = sizeLegendShown ? sizeLegendRows(legendValues, sizeDomainMax, drawnMaxArea, fonts) : [];
  const sizeLegendTitle = sizeTitle(model);
  const legendOffset = orient ? colourLegendOffset(orient, sizeLegendShown, sizeRows, sizeLegendTitle, fonts) : 0;
  const legend = orient
    ? legendContent({
        orient,
        size: sizeLegendShown ? { title: sizeLegendTitle, rows: sizeRows } : null,
        colour: { title: colour.title, rows: colourLegendRows(colour, fonts), gradient: colour.type === 'diverging' },
        offset: legendOffset,
        fonts,
      })
    : null;
  const labelFont = axisFonts(theme).label;
  const ticks = {
    x: tickRows('x', model.axes.x, paddedDomain(model.axes.x), labelFont),
    y: tickRows('y', model.axes.y, paddedDomain(model.axes.y), labelFont),
  };
  return {
    colour,
    sizeLegendShown,
    legend,
    ticks,
    values: {
      [SIGNALS.xDomain]: paddedDomain(model.axes.x),
      [SIGNALS.yDomain]: paddedDomain(model.axes.y),
      [SIGNALS.xTitle]: model.axes.x.title,
      [SIGNALS.yTitle]: model.axes.y.title,
      [SIGNALS.yLabelRoom]: yLabelRoom(ticks.y),
      [SIGNALS.xCategories]: model.axes.x.categories ?? [],
      [SIGNALS.yCategories]: model.axes.y.categories ?? [],
      // Without a size measure every row has size 1: a [0, 1] domain gives them all the full (default) area.
      [SIGNALS.sizeDomain]: [0, sizeDomainMax],
      [SIGNALS.sizeMaxArea]: drawnMaxArea,
      [SIGNALS.colourLegendOffset]: legendOffset,
      [SIGNALS.colourDomain]: colour.domain,
      [SIGNALS.colourRange]: colour.range,
    } as Record<string, unknown>,
  };
}

/**
 * Model + display options + theme → a Vega spec. Pure. The structure depends only on the options and on
 * which kinds of marks have items; every data-dependent value is a dataset or a value signal, so that a
 * new model of the same structure updates the running view (see ./structure.ts).
 */
export function buildSpec({ model, display, theme }: SpecInput): VegaSpec {
  const lines = lineWidth(model.segments.length);
  const plainRows = segmentRows(model, display.colorBy, lines);
  const maxArea = maxBubbleArea(plainRows.length);
  const { colour, sizeLegendShown, legend, ticks, values } = valueSignals(model, plainRows, display, theme, maxArea);
  // The size scale applied once here (the legend draws the same scale from the same signals).
  const [, sizeMax] = values[SIGNALS.sizeDomain] as [number, number];
  const drawnMax = values[SIGNALS.sizeMaxArea] as number;
  const areaOf = (size: number, missing: boolean) => (missing ? MISSING_SIZE_AREA : (Math.max(0, size) / sizeMax) * drawnMax);
  const rows = withAreas(plainRows, areaOf);
  const legendOrient = display.legend === 'hidden' ? null : display.legend;
  // Colour groups (priority, parent) can be switched off from the legend; a diverging scale has no groups.
  const toggles = legendOrient !== null && colour.type === 'categorical';
  const quadrants = quadrantRows(model);
  const trails = display.showTrail ? withAreas(trailRows(model), areaOf) : [];

  const signals: Array<Record<string, unknown>> = Object.entries(values).map(([name, value]) => ({ name, value }));
  signals.push({ name: SIGNALS.labelBudget, update: `max(${MIN_LABELS}, floor(width * height / ${LABEL_AREA}))` });
  if (toggles) {
    // Only the colour groups' entries toggle (the legends' titles and size circles share their marks).
    signals.push(
      {
        name: SIGNALS.legendToggle,
        value: null,
        on: [{ events: `@${LEGEND_MARKS.symbols}:click, @${LEGEND_MARKS.labels}:click`, update: 'datum.group ? {value: datum.value} : null', force: true }],
      },
      {
        name: SIGNALS.hoverGroup,
        value: null,
        on: [
          { events: `@${LEGEND_MARKS.symbols}:pointerover, @${LEGEND_MARKS.labels}:pointerover`, update: 'datum.group ? datum.value : null' },
          { events: `@${LEGEND_MARKS.symbols}:pointerout, @${LEGEND_MARKS.labels}:pointerout`, update: 'null' },
        ],
      }
    );
  }

  const data: VegaData[] = [
    ...axisData(ticks.x, ticks.y),
    { name: SEGMENTS_DATASET, values: rows },
    { name: QUADRANTS_DATASET, values: quadrants },
    {
      name: CUTS_DATASET,
      values: [
        { axis: 'x', value: model.cuts.x },
        { axis: 'y', value: model.cuts.y },
      ],
    },
  ];
  let segments = SEGMENTS_DATASET;
  if (toggles) {
    data.push(
      { name: HIDDEN_GROUPS, values: [], on: [{ trigger: SIGNALS.legendToggle, toggle: SIGNALS.legendToggle }] },
      { name: VISIBLE_DATASET, source: SEGMENTS_DATASET, transform: [{ type: 'filter', expr: `!indata('${HIDDEN_GROUPS}', 'value', datum.colour)` }] }
    );
    segments = VISIBLE_DATASET;
  }
  // Retired segments are a ghost only, so their ghosts stay when ghosts are switched off.
  const ghostFilter = display.showGhosts
    ? 'isValid(datum.baselineX) && isValid(datum.baselineY)'
    : 'isValid(datum.baselineX) && isValid(datum.baselineY) && !isValid(datum.x)';
  data.push(
    { name: 'sm_ghosts', source: segments, transform: [{ type: 'filter', expr: ghostFilter }] },
    { name: 'sm_bubbles', source: segments, transform: [{ type: 'filter', expr: 'isValid(datum.x) && isValid(datum.y)' }] },
    { name: 'sm_priority_quadrants', source: QUADRANTS_DATASET, transform: [{ type: 'filter', expr: 'datum.priority' }] }
  );
  if (display.showTrail) {
    data.push({ name: TRAILS_DATASET, values: trails });
    if (toggles) {
      data.push({
        name: 'sm_visible_trails',
        source: TRAILS_DATASET,
        transform: [{ type: 'filter', expr: `!indata('${HIDDEN_GROUPS}', 'value', datum.colour)` }],
      });
    }
  }
  const trailData = toggles ? 'sm_visible_trails' : TRAILS_DATASET;
  if (legend) {
    data.push(...legendData(legend));
  }

  const hoverMarks: Record<string, number> = { [markName(LAYERS.bubbles)]: BUBBLE_OPACITY, [markName(LAYERS.ghosts)]: GHOST_OPACITY };
  if (display.showTrail) {
    hoverMarks[markName(LAYERS.trailPoints)] = TRAIL_OPACITY;
  }
  const opacity = (base: number, datumPath = 'datum') => hoverOpacity(base, HOVER_DIM, datumPath, toggles);

  // Grid and axis labels under everything, then the legends (outside the plot); the segments' marks and
  // their labels are the top layers.
  const marks: VegaMark[] = axisMarks(theme);
  if (legendOrient) {
    marks.push(...legendMarks({ orient: legendOrient, colour, sized: sizeLegendShown, toggles, theme }, xAxisRoom(theme)));
  }
  if (display.showShading) {
    marks.push(shadingMark('sm_priority_quadrants', theme));
  }
  marks.push(cutMark(CUTS_DATASET, theme));
  if (display.showQuadrantNames) {
    marks.push(quadrantNameMark(QUADRANTS_DATASET, theme));
  }
  if (display.showTrail) {
    marks.push(...trailMarks(trailData, theme, opacity, `${HOVER_SIGNAL} !== null && datum.segment === ${HOVER_SIGNAL} ? 1 : 0`));
  }
  marks.push(ghostMark('sm_ghosts', theme, opacity, lines), bubbleMark('sm_bubbles', theme, opacity));

  const count = (test: (r: SegmentRow) => boolean) => rows.filter(test).length;
  const hasArrows = display.showArrows && count((r) => r.hasArrow) > 0;
  const newRings = model.baselinePeriod !== null && count((r) => r.isNew) > 0;
  const ghostShown = (r: SegmentRow) => r.baselineX !== null && r.baselineY !== null && (display.showGhosts || r.x === null);
  // The label transform fails on an avoided mark that never had items: only marks with items are avoided.
  const avoid: string[] = [];
  if (count((r) => r.x !== null && r.y !== null) > 0) {
    avoid.push(markName(LAYERS.bubbles));
  }
  if (count(ghostShown) > 0) {
    avoid.push(markName(LAYERS.ghosts));
  }
  if (hasArrows) {
    avoid.push(VEGA_MARKS.arrows, VEGA_MARKS.arrowheads);
  }
  if (display.showQuadrantNames && quadrants.length > 0) {
    avoid.push(markName(LAYERS.quadrantNames));
  }
  if (newRings) {
    avoid.push(VEGA_MARKS.newRings);
  }
  const plan: VegaPlan = {
    dataset: segments,
    root: SEGMENTS_DATASET,
    after: markName(LAYERS.bubbles),
    arrows: hasArrows ? { color: theme.arrow, width: lines, opacity: 0.85 } : null,
    newRings: newRings ? { color: theme.newRing } : null,
    labels: display.showLabels ? { color: theme.text, font: theme.fontFamily, fontSize: theme.fontSize - 1, fontWeight: 500, avoid } : null,
    trailHeads: trails.length > 0 ? { dataset: trailData, root: TRAILS_DATASET, color: theme.arrow, opacity: TRAIL_OPACITY } : null,
    hover: { dim: HOVER_DIM, marks: hoverMarks, groups: toggles },
  };

  const scales = [
    positionScale('x', model.axes.x),
    positionScale('y', model.axes.y),
    { name: 'size', type: 'linear', zero: true, domain: { signal: SIGNALS.sizeDomain }, range: [0, { signal: SIGNALS.sizeMaxArea }] },
    colour.type === 'diverging'
      ? { name: 'color', type: 'linear', domain: { signal: SIGNALS.colourDomain }, range: { signal: SIGNALS.colourRange }, interpolate: 'lab', zero: false }
      : { name: 'color', type: 'ordinal', domain: { signal: SIGNALS.colourDomain }, range: { signal: SIGNALS.colourRange } },
  ];

  const base = {
    $schema: 'https://vega.github.io/schema/vega/v6.json',
    width: NOMINAL_WIDTH,
    height: NOMINAL_HEIGHT,
    // Laid out by the view with the padding guideRoom.ts estimates: `fit` would draw everything twice.
    autosize: { type: 'none' },
    padding: CHART_PADDING,
    background: 'transparent',
    config: vegaConfig(theme),
    signals,
    data,
    scales,
    marks,
    // Read by guideRoom.ts, ignored by Vega.
    usermeta: { legendOrient },
  } as unknown as VegaSpec;
  return addPixelMarks(base, plan);
}
