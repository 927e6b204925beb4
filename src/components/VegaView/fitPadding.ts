import type { View } from 'vega';
import type { Padding } from '../../spec/guideRoom';

/**
 * Unused room (px) a side may keep before the view is laid out again: an estimate a little on the
 * generous side draws at once, where an exact fit would cost a second pass over every mark.
 */
export const SLACK = 12;
/**
 * Room added to a corrected padding, so that the next resize (a tick label more or less at the top) does
 * not need another correction.
 */
export const CUSHION = 2;

interface Bounds {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

/** Vega's padding as an object (a number is the same room on every side). */
export function paddingOf(view: View): Padding {
  const p = view.padding() as Partial<Padding> | number;
  if (typeof p === 'number') {
    return { left: p, right: p, top: p, bottom: p };
  }
  return { left: p.left ?? 0, right: p.right ?? 0, top: p.top ?? 0, bottom: p.bottom ?? 0 };
}

/**
 * The padding that fits what was drawn: everything outside the plot (axes, legends, marks reaching past
 * its edges) plus `margin`, as Vega's `fit` autosize computes it.
 */
export function fittedPadding(bounds: Bounds, plot: { width: number; height: number }, margin: number): Padding {
  return {
    left: margin + Math.max(0, Math.ceil(-bounds.x1)),
    top: margin + Math.max(0, Math.ceil(-bounds.y1)),
    right: margin + Math.max(0, Math.ceil(bounds.x2 - plot.width)),
    bottom: margin + Math.max(0, Math.ceil(bounds.y2 - plot.height)),
  };
}

/** Whether `current` clips something `needed` shows, or wastes more than SLACK on a side. */
export function isOff(current: Padding, needed: Padding): boolean {
  return (['left', 'right', 'top', 'bottom'] as const).some(
    (side) => needed[side] > current[side] || current[side] - needed[side] > SLACK
  );
}

/** Sets the padding and the plot size that fill `width` × `height` with it. */
export function layOut(view: View, padding: Padding, width: number, height: number): View {
  return view
    .padding(padding)
    .width(Math.max(1, width - padding.left - padding.right))
    .height(Math.max(1, height - padding.top - padding.bottom));
}

/** The plot size that fills `width` × `height` with the view's current padding. */
export function plotSize(view: View, width: number, height: number) {
  const p = paddingOf(view);
  return { width: Math.max(1, width - p.left - p.right), height: Math.max(1, height - p.top - p.bottom) };
}

/**
 * After a run: the padding the drawn scene needs, or null when the current one is close enough. The
 * margin is the spec's own padding, kept around the guides.
 */
export function refit(view: View, margin: number): Padding | null {
  const root = (view.scenegraph() as unknown as { root?: { bounds?: Bounds } }).root;
  if (!root?.bounds || !Number.isFinite(root.bounds.x1)) {
    return null;
  }
  const current = paddingOf(view);
  const needed = fittedPadding(root.bounds, { width: view.width(), height: view.height() }, margin);
  return isOff(current, needed)
    ? fittedPadding(root.bounds, { width: view.width(), height: view.height() }, margin + CUSHION)
    : null;
}
