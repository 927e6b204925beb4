/**
 * The pixel-space part of the chart, added to the compiled Vega spec: movement arrows with rotated heads,
 * rings around new segments, de-overlapped labels (Vega's `label` transform) and hover dimming.
 * Vega-Lite has no label transform and cannot compute in pixel space, so `buildSpec` leaves a plan in
 * `usermeta` and `finishVegaSpec` carries it out. Pure: same input, same output.
 */
import type { Spec as VegaSpec } from 'vega';
import { compile, type TopLevelSpec } from 'vega-lite';
import { ARROW_FIELDS, ARROW_HEAD_PATH, ARROW_HEAD_SIZE, ARROW_MIN_LENGTH, areaExpr, arrowFormulas, radiusExpr } from './arrows';

/** Names of the marks drawn by the plan (Vega gives each the SVG class `<name>`). */
export const VEGA_MARKS = {
  newRings: 'new_marks',
  arrows: 'arrows_marks',
  arrowheads: 'arrowheads_marks',
  labelAnchors: 'label_anchors_marks',
  labels: 'labels_marks',
  trailHeads: 'trail_heads_marks',
} as const;

export const HOVER_SIGNAL = 'hover_segment';
/** Length in px of the arrowhead at the end of a trail (smaller than the movement arrows'). */
export const TRAIL_HEAD = 7;

/** Label anchors, tried in this order for each label (above the bubble first). */
export const LABEL_ANCHORS = ['top', 'bottom', 'right', 'left', 'top-right', 'top-left', 'bottom-right', 'bottom-left'];
/** Gap between a label and its bubble (px). */
export const LABEL_OFFSET = 2;
/** Labels longer than this (px) end in an ellipsis. */
export const LABEL_LIMIT = 180;
/** Extra radius of the ring around a new segment (px). */
export const NEW_RING_GAP = 4;

export interface VegaPlan {
  /** Data set with one row per segment (the Vega-Lite named dataset). */
  dataset: string;
  /** Area in px² of a bubble whose size is unknown. */
  missingArea: number;
  /** Mark after which the plan's marks are drawn (arrows above the bubbles). */
  after: string;
  arrows: { color: string; width: number; opacity: number } | null;
  newRings: { color: string } | null;
  /** Arrowheads at the end of each trail (rows of `dataset` with `isLast`, fields as in arrowFormulas). */
  trailHeads?: { dataset: string; color: string; opacity: number } | null;
  /**
   * `avoid`: marks the labels keep clear of. Only marks that have items: Vega's label transform fails on a
   * mark that never received any (e.g. no new segment).
   */
  labels: { color: string; font: string; fontSize: number; fontWeight: number; avoid: string[] } | null;
  /** Opacity of the other segments' marks while one is hovered; the marks to dim with their base opacity. */
  hover: { dim: number; marks: Record<string, number> } | null;
}

export const PLAN_KEY = 'segmentMatrix';

type Mark = { name?: string; type: string; encode?: Record<string, Record<string, unknown>>; [k: string]: unknown };
type Data = { name: string; [k: string]: unknown };
type Signal = { name: string; [k: string]: unknown };

/** The plan left in the Vega-Lite spec by buildSpec, if any. */
export function planOf(spec: { usermeta?: unknown }): VegaPlan | null {
  const meta = spec.usermeta as Record<string, unknown> | undefined;
  return (meta?.[PLAN_KEY] as VegaPlan | undefined) ?? null;
}

/** Vega-Lite → Vega, then the plan. */
export function toVegaSpec(spec: TopLevelSpec): VegaSpec {
  return finishVegaSpec(compile(spec).spec);
}

const segmentOf = (datumPath: string) => `${datumPath}.segment`;

function hoverOpacityExpr(base: number, dim: number, datumPath: string): string {
  return `(${HOVER_SIGNAL} === null || ${segmentOf(datumPath)} === ${HOVER_SIGNAL} ? ${base} : ${dim})`;
}

function hoverOpacity(base: number, dim: number, datumPath: string): { signal: string } {
  return { signal: hoverOpacityExpr(base, dim, datumPath) };
}

export function finishVegaSpec(input: VegaSpec): VegaSpec {
  const plan = planOf(input);
  if (!plan) {
    return input;
  }
  const spec = JSON.parse(JSON.stringify(input)) as VegaSpec & { marks: Mark[]; data: Data[]; signals?: Signal[] };
  const data: Data[] = [];
  const marks: Mark[] = [];
  const hover = plan.hover;
  const opacity = (base: number, datumPath = 'datum') => (hover ? hoverOpacity(base, hover.dim, datumPath) : { value: base });
  // Arrows too short to see are kept (an empty mark would break the label transform's avoidMarks) but not drawn.
  const arrowOpacity = (base: number) => ({
    signal: `datum.${ARROW_FIELDS.length} < ${ARROW_MIN_LENGTH} ? 0 : ${hover ? hoverOpacityExpr(base, hover.dim, 'datum') : base}`,
  });
  const pointer = { value: 'pointer' };

  if (plan.newRings) {
    data.push({ name: 'sm_new', source: plan.dataset, transform: [{ type: 'filter', expr: 'datum.isNew' }] });
    const r = `${radiusExpr(areaExpr('size', 'sizeMissing', plan.missingArea))} + ${NEW_RING_GAP}`;
    marks.push({
      name: VEGA_MARKS.newRings,
      type: 'symbol',
      from: { data: 'sm_new' },
      encode: {
        update: {
          x: { scale: 'x', field: 'x' },
          y: { scale: 'y', field: 'y' },
          description: { field: 'segment' },
          shape: { value: 'circle' },
          size: { signal: `pow(2 * (${r}), 2)` },
          fill: { value: 'transparent' },
          stroke: { value: plan.newRings.color },
          strokeWidth: { value: 2 },
          strokeDash: { value: [4, 2] },
          opacity: opacity(1),
          cursor: pointer,
        },
      },
    });
  }

  if (plan.arrows) {
    const A = ARROW_FIELDS;
    data.push({
      name: 'sm_arrows',
      source: plan.dataset,
      transform: [
        { type: 'filter', expr: 'datum.hasArrow' },
        ...arrowFormulas(plan.missingArea),
      ],
    });
    const { color, width } = plan.arrows;
    marks.push(
      {
        name: VEGA_MARKS.arrows,
        type: 'rule',
        from: { data: 'sm_arrows' },
        encode: {
          update: {
            description: { field: 'segment' },
            x: { field: A.x1 },
            y: { field: A.y1 },
            x2: { field: A.x2 },
            y2: { field: A.y2 },
            stroke: { value: color },
            strokeWidth: { value: width },
            strokeCap: { value: 'round' },
            opacity: arrowOpacity(plan.arrows.opacity),
            cursor: pointer,
          },
        },
      },
      {
        name: VEGA_MARKS.arrowheads,
        type: 'symbol',
        from: { data: 'sm_arrows' },
        encode: {
          update: {
            description: { field: 'segment' },
            x: { field: A.tipX },
            y: { field: A.tipY },
            angle: { field: A.angle },
            shape: { value: ARROW_HEAD_PATH },
            size: { value: ARROW_HEAD_SIZE },
            fill: { value: color },
            strokeWidth: { value: 0 },
            opacity: arrowOpacity(plan.arrows.opacity),
            cursor: pointer,
          },
        },
      }
    );
  }

  if (plan.trailHeads) {
    const T = plan.trailHeads;
    data.push({
      name: 'sm_trail_heads',
      source: T.dataset,
      transform: [
        { type: 'filter', expr: 'datum.isLast && isValid(datum.baselineX) && isValid(datum.baselineY)' },
        ...arrowFormulas(plan.missingArea, TRAIL_HEAD),
      ],
    });
    marks.push({
      name: VEGA_MARKS.trailHeads,
      type: 'symbol',
      from: { data: 'sm_trail_heads' },
      interactive: false,
      encode: {
        update: {
          description: { field: 'segment' },
          x: { field: ARROW_FIELDS.tipX },
          y: { field: ARROW_FIELDS.tipY },
          angle: { field: ARROW_FIELDS.angle },
          shape: { value: ARROW_HEAD_PATH },
          size: { value: Math.pow(2 * TRAIL_HEAD, 2) },
          fill: { value: T.color },
          strokeWidth: { value: 0 },
          opacity: {
            signal: `datum.${ARROW_FIELDS.length} < ${ARROW_MIN_LENGTH} ? 0 : ${hover ? hoverOpacityExpr(T.opacity, hover.dim, 'datum') : T.opacity}`,
          },
        },
      },
    });
  }

  if (plan.labels) {
    const L = plan.labels;
    data.push({
      name: 'sm_label_anchors',
      source: plan.dataset,
      transform: [{ type: 'filter', expr: 'isValid(datum.anchorX) && isValid(datum.anchorY)' }],
    });
    marks.push(
      {
        // Invisible circles the size of each bubble (or ghost, for a retired segment): the labels' base marks.
        name: VEGA_MARKS.labelAnchors,
        type: 'symbol',
        from: { data: 'sm_label_anchors' },
        interactive: false,
        clip: true,
        encode: {
          update: {
            x: { scale: 'x', field: 'anchorX' },
            y: { scale: 'y', field: 'anchorY' },
            shape: { value: 'circle' },
            size: { signal: `max(1, ${areaExpr('anchorSize', 'anchorSizeMissing', plan.missingArea)})` },
            fill: { value: 'transparent' },
            opacity: { value: 0 },
          },
        },
      },
      {
        name: VEGA_MARKS.labels,
        type: 'text',
        from: { data: VEGA_MARKS.labelAnchors },
        // Clipped to the plot: the texts' bounds before placement must not shrink the plot (autosize fit).
        clip: true,
        encode: {
          enter: {
            font: { value: L.font },
            fontSize: { value: L.fontSize },
            fontWeight: { value: L.fontWeight },
            limit: { value: LABEL_LIMIT },
            cursor: pointer,
          },
          update: {
            text: { field: 'datum.label' },
            description: { field: 'datum.segment' },
            fill: { value: L.color },
            ...(hover ? { fillOpacity: hoverOpacity(1, hover.dim, 'datum.datum') } : {}),
          },
        },
        transform: [
          {
            type: 'label',
            size: [{ signal: 'width' }, { signal: 'height' }],
            anchor: LABEL_ANCHORS,
            offset: LABEL_ANCHORS.map(() => LABEL_OFFSET),
            avoidMarks: L.avoid,
            avoidBaseMark: false,
            padding: 0,
            // Largest segments first: they keep their label when space runs out.
            sort: { field: 'datum.datum.anchorSize', order: 'descending' },
          },
        ],
      }
    );
  }

  const at = spec.marks.findIndex((m) => m.name === plan.after);
  spec.marks.splice(at < 0 ? spec.marks.length : at + 1, 0, ...marks);
  spec.data = [...(spec.data ?? []), ...data];

  if (hover) {
    spec.signals = [...(spec.signals ?? []), hoverSignal(Object.keys(hover.marks), marks)];
    for (const mark of spec.marks) {
      const base = mark.name ? hover.marks[mark.name] : undefined;
      if (base !== undefined && mark.encode?.update) {
        mark.encode.update.opacity = hoverOpacity(base, hover.dim, 'datum');
      }
    }
  }
  return spec;
}

function hoverSignal(dimmed: string[], added: Mark[]): Signal {
  const rowMarks = [...dimmed, ...added.filter((m) => m.name !== VEGA_MARKS.labels && m.name !== VEGA_MARKS.labelAnchors).map((m) => m.name!)];
  const on: Array<{ events: string; update: string }> = [];
  if (rowMarks.length) {
    on.push({ events: rowMarks.map((m) => `@${m}:pointerover`).join(', '), update: 'datum.segment' });
  }
  if (added.some((m) => m.name === VEGA_MARKS.labels)) {
    on.push({ events: `@${VEGA_MARKS.labels}:pointerover`, update: 'datum.datum.segment' });
  }
  const all = [...rowMarks, ...added.filter((m) => m.name === VEGA_MARKS.labels).map((m) => m.name!)];
  if (all.length) {
    on.push({ events: all.map((m) => `@${m}:pointerout`).join(', '), update: 'null' });
  }
  return { name: HOVER_SIGNAL, value: null, on };
}
