/**
 * `smlabel`: a Vega mark transform placing the labels of a text mark with `placeLabels`, each beside a
 * circle: its centre (px) in the text item's LABEL_CENTRE channels, its area in the datum's `anchorArea`. It replaces
 * Vega's `label` transform, which rasterised every avoided mark to a canvas and read it back on each run,
 * which re-ran only when labels were added or removed (not when the circles moved in place), and which
 * needed the circles drawn as a mark of their own.
 */
import * as vega from 'vega';
import { inherits, Transform } from 'vega';
import { placeLabels, type LabelCircle, type LabelLine, type Rect } from './labelPlacement';

export const LABEL_TRANSFORM = 'smlabel';
/** Channels of a label's text item with the centre (px) of the circle it goes beside. */
export const LABEL_CENTRE = { x: 'anchorPx', y: 'anchorPy' } as const;

interface SceneItem {
  x?: number;
  y?: number;
  size?: number;
  text?: string;
  fontSize?: number;
  bounds?: { x1: number; y1: number; x2: number; y2: number };
  mark?: { marktype?: string };
  datum?: SceneItem & Record<string, unknown>;
  [k: string]: unknown;
}

interface Params {
  size: [number, number];
  offset?: number;
  avoidMarks?: SceneItem[][];
  modified: () => boolean;
}

interface Pulse {
  materialize(flag: number): Pulse;
  source: SceneItem[] | null;
  SOURCE: number;
  changed(): boolean;
  reflow(fork: boolean): Pulse;
  modifies(fields: string[]): Pulse;
}

const OUTPUT = ['x', 'y', 'opacity', 'align', 'baseline'];
// Vega's own text measure (canvas measureText when there is a canvas, else an estimate); not in its typings.
const { textMetrics } = vega as unknown as { textMetrics: { width: (item: unknown, text: string) => number } };

const circleOf = (item: SceneItem): LabelCircle => ({
  x: item.x ?? NaN,
  y: item.y ?? NaN,
  r: Math.sqrt(Math.max(0, item.size ?? 0)) / 2,
  owner: item.datum,
});

// The circle's owner is the segment's row, as for its bubble, ghost and arrowhead.
const anchorOf = (text: SceneItem): LabelCircle => ({
  x: Number(text[LABEL_CENTRE.x]),
  y: Number(text[LABEL_CENTRE.y]),
  r: Math.sqrt(Math.max(0, Number(text.datum?.anchorArea ?? 0))) / 2,
  owner: text.datum,
});

function SmLabel(this: unknown, params: unknown) {
  (Transform as unknown as (this: unknown, value: unknown, params: unknown) => void).call(this, null, params);
}

(SmLabel as unknown as { Definition: unknown }).Definition = {
  type: 'SmLabel',
  metadata: { modifies: true },
  params: [
    { name: 'size', type: 'number', array: true, length: 2, required: true },
    { name: 'offset', type: 'number', default: 2 },
    { name: 'avoidMarks', type: 'data', array: true },
  ],
};

inherits(SmLabel as never, Transform as never, {
  transform(_: Params, pulse: Pulse) {
    // Largest segment first (labelRank 0): it keeps its label when space runs out.
    const rank = (t: SceneItem) => Number(t.datum?.labelRank ?? 0);
    const texts = [...(pulse.materialize(pulse.SOURCE).source ?? [])].sort((a, b) => rank(a) - rank(b));
    const circles: LabelCircle[] = [];
    const rects: Rect[] = [];
    const lines: LabelLine[] = [];
    // One mark's items share its type (read once: at 10,000 segments these are some 40,000 items).
    for (const items of _.avoidMarks ?? []) {
      const marktype = items[0]?.mark?.marktype;
      if (marktype === 'symbol') {
        for (const item of items) {
          circles.push(circleOf(item));
        }
      } else if (marktype === 'text') {
        for (const item of items) {
          if (item.bounds) {
            rects.push(item.bounds);
          }
        }
      } else if (marktype === 'rule') {
        for (const item of items) {
          if (Number(item.opacity ?? 1) > 0) {
            lines.push({ x1: item.x ?? NaN, y1: item.y ?? NaN, x2: (item.x2 as number) ?? NaN, y2: (item.y2 as number) ?? NaN });
          }
        }
      }
    }
    const placed = placeLabels(
      texts.map((t) => ({
        circle: anchorOf(t),
        width: textMetrics.width(t, t.text ?? ''),
        height: t.fontSize ?? 11,
      })),
      circles,
      _.size[0],
      _.size[1],
      _.offset ?? 2,
      rects,
      lines
    );
    placed.forEach((p, i) => {
      const t = texts[i];
      t.x = p.x;
      t.y = p.y;
      t.opacity = p.visible ? 1 : 0;
      t.align = p.align;
      t.baseline = p.baseline;
    });
    return pulse.reflow(_.modified()).modifies(OUTPUT);
  },
});

export const SmLabelTransform = SmLabel;
