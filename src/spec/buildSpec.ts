import type { TopLevelSpec } from 'vega-lite';
import type { AxisModel, MatrixModel } from '../model/types';
import type { DisplayOptions } from '../types';
import { segmentRows } from './rows';
import { vegaLiteConfig, type SpecTheme } from './theme';

/** Name of the dataset holding the segment rows (the view updates it without rebuilding). */
export const SEGMENTS_DATASET = 'segments';

/** Layer names; Vega gives each drawn mark group the class `<name>_marks`. */
export const LAYERS = {
  cutX: 'cut_x',
  cutY: 'cut_y',
  arrows: 'arrows',
  ghosts: 'ghosts',
  bubbles: 'bubbles',
  labels: 'labels',
} as const;

/** Largest bubble area in px² (a bubble of the largest segment is about 44 px across). */
const MAX_BUBBLE_AREA = 1500;

export interface SpecInput {
  model: MatrixModel;
  display: DisplayOptions;
  theme: SpecTheme;
}

// The view sets the real size (view.width/height) so that a resize never rebuilds the spec.
const NOMINAL_WIDTH = 400;
const NOMINAL_HEIGHT = 300;

/** Room around the outermost points so bubbles and labels at the edges stay inside the plot. */
const DOMAIN_PADDING = 0.06;

export function paddedDomain(axis: AxisModel): [number, number] {
  const [min, max] = axis.domain;
  if (axis.scale === 'log') {
    const factor = Math.pow(max / min, DOMAIN_PADDING);
    return [min / factor, max * factor];
  }
  const pad = (max - min) * DOMAIN_PADDING;
  return [min - pad, max + pad];
}

function scaleOf(axis: AxisModel) {
  return {
    type: axis.scale === 'log' ? ('log' as const) : ('linear' as const),
    domain: paddedDomain(axis),
    reverse: axis.reverse,
    nice: false,
    zero: false,
  };
}

/** Model + display options + theme → a Vega-Lite spec. Pure: same input, same spec. */
export function buildSpec({ model, display, theme }: SpecInput): TopLevelSpec {
  const x = { field: 'x', type: 'quantitative' as const, scale: scaleOf(model.axes.x), title: model.axes.x.title };
  const y = { field: 'y', type: 'quantitative' as const, scale: scaleOf(model.axes.y), title: model.axes.y.title };
  const rows = segmentRows(model);
  const drawn = { filter: 'isValid(datum.x) && isValid(datum.y)' };
  const withBaseline = { filter: 'isValid(datum.baselineX) && isValid(datum.baselineY)' };

  const layers: NonNullable<Extract<TopLevelSpec, { layer: unknown }>['layer']> = [
    {
      name: LAYERS.cutX,
      data: { values: [{ cutX: model.cuts.x, cutY: model.cuts.y }] },
      mark: { type: 'rule', color: theme.divider, strokeDash: [6, 4], strokeWidth: 1.5 },
      encoding: { x: { ...x, field: 'cutX' } },
    },
    {
      name: LAYERS.cutY,
      data: { values: [{ cutX: model.cuts.x, cutY: model.cuts.y }] },
      mark: { type: 'rule', color: theme.divider, strokeDash: [6, 4], strokeWidth: 1.5 },
      encoding: { y: { ...y, field: 'cutY' } },
    },
  ];

  if (display.showArrows) {
    layers.push({
      name: LAYERS.arrows,
      transform: [withBaseline, drawn],
      mark: { type: 'rule', color: theme.arrow, strokeWidth: 1.5, opacity: 0.8 },
      encoding: {
        x: { ...x, field: 'baselineX' },
        y: { ...y, field: 'baselineY' },
        x2: { field: 'x' },
        y2: { field: 'y' },
      },
    });
  }
  if (display.showGhosts) {
    layers.push({
      name: LAYERS.ghosts,
      transform: [withBaseline],
      mark: { type: 'point', filled: false, color: theme.ghost, strokeDash: [3, 2], strokeWidth: 1.5 },
      encoding: {
        x: { ...x, field: 'baselineX' },
        y: { ...y, field: 'baselineY' },
        size: { field: 'size', type: 'quantitative', scale: { zero: true, range: [0, MAX_BUBBLE_AREA] }, legend: null },
      },
    });
  }
  layers.push({
    name: LAYERS.bubbles,
    transform: [drawn],
    mark: { type: 'circle', color: theme.bubble, opacity: 0.85, stroke: theme.text, strokeWidth: 0.5, cursor: 'pointer' },
    encoding: {
      x,
      y,
      size: { field: 'size', type: 'quantitative', scale: { zero: true, range: [0, MAX_BUBBLE_AREA] }, legend: null },
      tooltip: [
        { field: 'segment', type: 'nominal', title: 'Segment' },
        { field: 'quadrant', type: 'nominal', title: 'Quadrant' },
        { field: 'size', type: 'quantitative', title: 'Size' },
      ],
    },
  });
  if (display.showLabels) {
    layers.push({
      name: LAYERS.labels,
      transform: [drawn],
      mark: { type: 'text', dy: -14, color: theme.text, fontSize: theme.fontSize - 1, fontWeight: 500, cursor: 'pointer' },
      encoding: { x, y, text: { field: 'segment', type: 'nominal' } },
    });
  }

  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    width: NOMINAL_WIDTH,
    height: NOMINAL_HEIGHT,
    autosize: { type: 'fit', contains: 'padding', resize: true },
    padding: 8,
    config: vegaLiteConfig(theme),
    datasets: { [SEGMENTS_DATASET]: rows as unknown as Array<Record<string, unknown>> },
    data: { name: SEGMENTS_DATASET },
    layer: layers,
  } as TopLevelSpec;
}
