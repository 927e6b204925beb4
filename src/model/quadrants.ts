import { QUADRANT_IDS } from './defaults';
import type { QuadrantId, QuadrantModel } from './types';

/** Quadrant id: x letter then y letter; H when the value is ≥ the cut. */
export function quadrantOf(x: number, y: number, cutX: number, cutY: number): QuadrantId {
  if (x >= cutX) {
    return y >= cutY ? 'HH' : 'HL';
  }
  return y >= cutY ? 'LH' : 'LL';
}

/**
 * Where each quadrant is drawn. High x is on the right, unless the x axis is reversed
 * (share-vs-growth: high share on the left); high y is on top.
 */
export function quadrantModels(
  names: Record<QuadrantId, string>,
  reverseX: boolean,
  priorityQuadrants: readonly QuadrantId[]
): QuadrantModel[] {
  return QUADRANT_IDS.map((id) => {
    const highX = id[0] === 'H';
    return {
      id,
      name: names[id],
      xSide: highX !== reverseX ? 'right' : 'left',
      ySide: id[1] === 'H' ? 'top' : 'bottom',
      priority: priorityQuadrants.includes(id),
    };
  });
}
