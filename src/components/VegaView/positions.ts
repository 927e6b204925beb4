import type { View } from 'vega';
import { LAYERS } from '../../spec/buildSpec';
import { HOVER_SIGNAL } from '../../spec/vega';
import { rowOf } from './events';

/** Where a segment is drawn, in px relative to the chart's container (its bubble; a retired segment's ghost). */
export interface SegmentBox {
  segment: string;
  /** Centre. */
  x: number;
  y: number;
  width: number;
  height: number;
}

interface SceneItem {
  x?: number;
  y?: number;
  bounds?: { x1: number; y1: number; x2: number; y2: number };
  items?: SceneNode[];
  datum?: unknown;
}

interface SceneNode {
  marktype?: string;
  name?: string;
  items?: SceneItem[];
}

const BUBBLES = `${LAYERS.bubbles}_marks`;
const GHOSTS = `${LAYERS.ghosts}_marks`;

/**
 * Segment boxes from a Vega scene graph: bubbles first, ghosts for segments without a bubble.
 * `origin` is where the renderer puts the scene's (0, 0) in the container (padding + autosize origin).
 */
export function segmentBoxes(root: SceneNode | null | undefined, origin: [number, number]): SegmentBox[] {
  const found = new Map<string, { box: SegmentBox; bubble: boolean }>();
  const visit = (node: SceneNode | undefined, dx: number, dy: number) => {
    if (!node?.items) {
      return;
    }
    const kind = node.name === BUBBLES ? 'bubble' : node.name === GHOSTS ? 'ghost' : null;
    for (const item of node.items) {
      if (node.marktype === 'group') {
        for (const child of item.items ?? []) {
          visit(child, dx + (item.x ?? 0), dy + (item.y ?? 0));
        }
        continue;
      }
      if (!kind || !item.bounds) {
        continue;
      }
      const row = rowOf(item);
      const segment = row && typeof row.segment === 'string' ? row.segment : null;
      const { x1, y1, x2, y2 } = item.bounds;
      if (!segment || !Number.isFinite(x1) || !Number.isFinite(y2) || x2 < x1) {
        continue;
      }
      const existing = found.get(segment);
      if (existing && (existing.bubble || kind === 'ghost')) {
        continue;
      }
      found.set(segment, {
        bubble: kind === 'bubble',
        // A symbol's x/y is its centre; the bounds include the stroke.
        box: {
          segment,
          x: dx + (Number.isFinite(item.x) ? item.x! : (x1 + x2) / 2),
          y: dy + (Number.isFinite(item.y) ? item.y! : (y1 + y2) / 2),
          width: x2 - x1,
          height: y2 - y1,
        },
      });
    }
  };
  visit(root ?? undefined, origin[0], origin[1]);
  return [...found.values()].map((v) => v.box);
}

/** Segment boxes of a view after its last run. */
export function boxesOf(view: View): SegmentBox[] {
  const scene = view.scenegraph() as unknown as { root?: SceneNode };
  // The renderer translates the scene by padding + origin (vega-view's offset()).
  const padding = view.padding() as { left?: number; top?: number } | number;
  const [ox, oy] = view.origin();
  const left = typeof padding === 'number' ? padding : (padding.left ?? 0);
  const top = typeof padding === 'number' ? padding : (padding.top ?? 0);
  return segmentBoxes(scene.root, [ox + left, oy + top]);
}

/** Sets the hover signal, when the spec has one (no hover plan: nothing to dim). Returns whether it changed. */
export function setHoverSignal(
  view: { signal: (name: string, value?: unknown) => unknown },
  value: string | null
): boolean {
  try {
    if (view.signal(HOVER_SIGNAL) === value) {
      return false;
    }
    view.signal(HOVER_SIGNAL, value);
    return true;
  } catch {
    return false;
  }
}
