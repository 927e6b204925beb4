/**
 * The pixel-space part of the chart, added to the spec by `addPixelMarks`: movement arrows with rotated
 * heads, rings around new segments, de-overlapped labels (Vega's `label` transform) and hover dimming.
 * They are computed by the view after the scales are known, so a resize moves them without a rebuild.
 * Pure: same input, same output.
 */
import type { Spec as VegaSpec } from 'vega';
import { ARROW_FIELDS, ARROW_HEAD_PATH, ARROW_HEAD_SIZE, ARROW_MIN_LENGTH, arrowFormula } from './arrows';
import { LABEL_CENTRE, LABEL_TRANSFORM } from './runtime/labelTransform';
import { SIGNALS } from './signals';

/** Names of the marks drawn by the plan (Vega gives each the SVG class `<name>`). */
export const VEGA_MARKS = {
  newRings: 'new_marks',
  arrows: 'arrows_marks',
  arrowheads: 'arrowheads_marks',
  labels: 'labels_marks',
  trailHeads: 'trail_heads_marks',
} as const;

export const HOVER_SIGNAL = 'hover_segment';
/** The segments that get a label at this plot size. */
const LABELLED_DATASET = 'sm_labelled';
/** Length in px of the arrowhead at the end of a trail (smaller than the movement arrows'). */
export const TRAIL_HEAD = 7;

/** Gap between a label and its bubble (px). */
export const LABEL_OFFSET = 2;
/** Labels longer than this (px) end in an ellipsis. */
export const LABEL_LIMIT = 180;
/** Extra radius of the ring around a new segment (px). */
export const NEW_RING_GAP = 4;

export interface VegaPlan {
  /** Data set with one row per drawn segment (colour groups switched off in the legend left out). */
  dataset: string;
  /**
   * The dataset holding the rows themselves, which `dataset` derives from: the arrow geometry is computed
   * there (a modifying transform on a derived dataset makes Vega copy every row, and with in-place data
   * updates those copies were retained: about 7 kB per update and mark).
   */
  root: string;
  /** Mark after which the plan's marks are drawn (arrows above the bubbles). */
  after: string;
  arrows: { color: string; width: number; opacity: number } | null;
  newRings: { color: string } | null;
  /** Arrowheads at the end of each trail (rows of `dataset` with `isLast`, fields as in arrowFormula). */
  trailHeads?: { dataset: string; root: string; color: string; opacity: number } | null;
  /**
   * `avoid`: marks the labels keep clear of. Only marks that have items: Vega's label transform fails on a
   * mark that never received any (e.g. no new segment).
   */
  labels: { color: string; font: string; fontSize: number; fontWeight: number; avoid: string[] } | null;
  /** Opacity of the other segments' marks while one is hovered; the marks to dim with their base opacity. */
  hover: { dim: number; marks: Record<string, number>; groups: boolean } | null;
}

type Mark = { name?: string; type: string; encode?: Record<string, Record<string, unknown>>; [k: string]: unknown };
type Data = { name: string; [k: string]: unknown };
type Signal = { name: string; [k: string]: unknown };

const segmentOf = (datumPath: string) => `${datumPath}.segment`;

/**
 * Full opacity when nothing is highlighted or this segment (or, with `groups`, its colour group hovered in the
 * legend) is; `dim` otherwise.
 */
export function hoverOpacityExpr(base: number, dim: number, datumPath: string, groups = false): string {
  const H = HOVER_SIGNAL;
  if (!groups) {
    return `(${H} === null || ${segmentOf(datumPath)} === ${H} ? ${base} : ${dim})`;
  }
  const G = SIGNALS.hoverGroup;
  return `((${H} === null && ${G} === null) || ${segmentOf(datumPath)} === ${H} || ${datumPath}.colour === ${G} ? ${base} : ${dim})`;
}

export function hoverOpacity(base: number, dim: number, datumPath: string, groups = false): { signal: string } {
  return { signal: hoverOpacityExpr(base, dim, datumPath, groups) };
}

/** The spec with the plan's marks, data and hover signal added (a new object; the input is not modified). */
export function addPixelMarks(input: VegaSpec, plan: VegaPlan): VegaSpec {
  const spec = {
    ...input,
    marks: [...(input.marks ?? [])],
    data: [...(input.data ?? [])],
    signals: [...(input.signals ?? [])],
  } as VegaSpec & {
    marks: Mark[];
    data: Data[];
    signals: Signal[];
  };
  const data: Data[] = [];
  const marks: Mark[] = [];
  const hover = plan.hover;
  const groups = hover?.groups ?? false;
  const opacity = (base: number, datumPath = 'datum') =>
    hover ? hoverOpacity(base, hover.dim, datumPath, groups) : { value: base };
  // Arrows too short to see are kept (an empty mark would break the label transform's avoidMarks) but not drawn.
  const arrowOpacity = (base: number) => ({
    signal: `datum.${ARROW_FIELDS.length} < ${ARROW_MIN_LENGTH} ? 0 : ${hover ? hoverOpacityExpr(base, hover.dim, 'datum', groups) : base}`,
  });
  const pointer = { value: 'pointer' };

  if (plan.newRings) {
    data.push({ name: 'sm_new', source: plan.dataset, transform: [{ type: 'filter', expr: 'datum.isNew' }] });
    // The ring's radius: the bubble's (√area / 2) plus the gap.
    const r = `sqrt(datum.area) / 2 + ${NEW_RING_GAP}`;
    marks.push({
      name: VEGA_MARKS.newRings,
      type: 'symbol',
      from: { data: 'sm_new' },
      encode: {
        enter: {
          description: { field: 'segment' },
          shape: { value: 'circle' },
          fill: { value: 'transparent' },
          stroke: { value: plan.newRings.color },
          strokeWidth: { value: 2 },
          strokeDash: { value: [4, 2] },
          cursor: pointer,
        },
        update: {
          x: { scale: 'x', field: 'x' },
          y: { scale: 'y', field: 'y' },
          size: { signal: `pow(2 * (${r}), 2)` },
          opacity: opacity(1),
        },
      },
    });
  }

  if (plan.arrows) {
    const A = ARROW_FIELDS;
    data.push({
      name: 'sm_arrows',
      source: plan.dataset,
      transform: [{ type: 'filter', expr: 'datum.hasArrow' }],
    });
    withTransform(spec, plan.root, arrowFormula());
    const { color, width } = plan.arrows;
    marks.push(
      {
        name: VEGA_MARKS.arrows,
        type: 'rule',
        from: { data: 'sm_arrows' },
        encode: {
          enter: {
            description: { field: 'segment' },
            stroke: { value: color },
            strokeWidth: { value: width },
            strokeCap: { value: 'round' },
            cursor: pointer,
          },
          update: {
            x: { field: A.x1 },
            y: { field: A.y1 },
            x2: { field: A.x2 },
            y2: { field: A.y2 },
            opacity: arrowOpacity(plan.arrows.opacity),
          },
        },
      },
      arrowheadMark(VEGA_MARKS.arrowheads, 'sm_arrows', ARROW_HEAD_SIZE, color, arrowOpacity(plan.arrows.opacity), true)
    );
  }

  if (plan.trailHeads) {
    const T = plan.trailHeads;
    data.push({
      name: 'sm_trail_heads',
      source: T.dataset,
      transform: [{ type: 'filter', expr: 'datum.isLast && isValid(datum.baselineX) && isValid(datum.baselineY)' }],
    });
    withTransform(spec, T.root, arrowFormula(TRAIL_HEAD));
    marks.push(
      arrowheadMark(
        VEGA_MARKS.trailHeads,
        'sm_trail_heads',
        Math.pow(2 * TRAIL_HEAD, 2),
        T.color,
        arrowOpacity(T.opacity),
        false
      )
    );
  }

  if (plan.labels) {
    const L = plan.labels;
    data.push({
      name: LABELLED_DATASET,
      source: plan.dataset,
      transform: [
        // Only the largest segments get a label on a small plot (labelRank: 0 = largest): the budget follows the size.
        {
          type: 'filter',
          expr: `datum.labelRank < ${SIGNALS.labelBudget} && isValid(datum.anchorX) && isValid(datum.anchorY)`,
        },
      ],
    });
    marks.push({
      name: VEGA_MARKS.labels,
      type: 'text',
      from: { data: LABELLED_DATASET },
      // Clipped to the plot: the texts' bounds before placement must not shrink the plot (autosize fit).
      clip: true,
      encode: {
        enter: {
          font: { value: L.font },
          fontSize: { value: L.fontSize },
          fontWeight: { value: L.fontWeight },
          limit: { value: LABEL_LIMIT },
          cursor: pointer,
          fill: { value: L.color },
          description: { field: 'segment' },
        },
        update: {
          text: { field: 'label' },
          // Where the circle the label goes beside is (px): read by the placement, which sets x and y.
          [LABEL_CENTRE.x]: { scale: 'x', field: 'anchorX' },
          [LABEL_CENTRE.y]: { scale: 'y', field: 'anchorY' },
          ...(hover ? { fillOpacity: hoverOpacity(1, hover.dim, 'datum', groups) } : {}),
        },
      },
        transform: [
          {
            type: LABEL_TRANSFORM,
            size: [{ signal: 'width' }, { signal: 'height' }],
            offset: LABEL_OFFSET,
            avoidMarks: L.avoid,
          },
        ],
    });
  }

  const at = spec.marks.findIndex((m) => m.name === plan.after);
  spec.marks.splice(at < 0 ? spec.marks.length : at + 1, 0, ...marks);
  spec.data = [...(spec.data ?? []), ...data];

  if (hover) {
    spec.signals.push(hoverSignal(Object.keys(hover.marks), marks));
  }
  return spec;
}

/** An arrowhead at each row's `arrow` tip (see arrows.ts), rotated along the arrow: movement arrows and trail ends. */
function arrowheadMark(
  name: string,
  data: string,
  size: number,
  color: string,
  opacity: object,
  interactive: boolean
): Mark {
  return {
    name,
    type: 'symbol',
    from: { data },
    ...(interactive ? {} : { interactive: false }),
    encode: {
      enter: {
        description: { field: 'segment' },
        shape: { value: ARROW_HEAD_PATH },
        size: { value: size },
        fill: { value: color },
        strokeWidth: { value: 0 },
        ...(interactive ? { cursor: { value: 'pointer' } } : {}),
      },
      update: {
        x: { field: ARROW_FIELDS.tipX },
        y: { field: ARROW_FIELDS.tipY },
        angle: { field: ARROW_FIELDS.angle },
        opacity,
      },
    },
  };
}

/** Adds a transform to a dataset of the spec (replacing the dataset object, never modifying it). */
function withTransform(spec: { data: Data[] }, name: string, transform: object): void {
  const at = spec.data.findIndex((d) => d.name === name);
  if (at >= 0) {
    const d = spec.data[at];
    spec.data[at] = { ...d, transform: [...((d.transform as unknown[] | undefined) ?? []), transform] };
  }
}

function hoverSignal(dimmed: string[], added: Mark[]): Signal {
  const rowMarks = [
    ...dimmed,
    ...added.map((m) => m.name!),
  ];
  const on: Array<{ events: string; update: string }> = [];
  if (rowMarks.length) {
    on.push({ events: rowMarks.map((m) => `@${m}:pointerover`).join(', '), update: 'datum.segment' });
    on.push({ events: rowMarks.map((m) => `@${m}:pointerout`).join(', '), update: 'null' });
  }
  return { name: HOVER_SIGNAL, value: null, on };
}
