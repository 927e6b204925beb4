import type { MatrixModel, QuadrantId } from '../model/types';
import { plotEdges } from './scales';

/** Pixels between a quadrant name and the plot's edges. */
export const QUADRANT_NAME_INSET = 6;

/** One quadrant as drawn: its rectangle in data space and where its name goes. */
export interface QuadrantRow {
  id: QuadrantId;
  name: string;
  priority: boolean;
  /** Rectangle from the plot edges to the cut points. */
  x: number;
  x2: number;
  y: number;
  y2: number;
  /** The name's anchor: the quadrant's outer corner, text aligned inwards. */
  nameX: number;
  nameY: number;
  align: 'left' | 'right';
  baseline: 'top' | 'bottom';
  dx: number;
  dy: number;
}

/** The four quadrants placed where the model says they are drawn (xSide/ySide account for a reversed axis). */
export function quadrantRows(model: MatrixModel): QuadrantRow[] {
  const edges = plotEdges(model);
  return model.quadrants.map((q) => {
    const xEdge = q.xSide === 'left' ? edges.left : edges.right;
    const yEdge = q.ySide === 'top' ? edges.top : edges.bottom;
    return {
      id: q.id,
      name: q.name,
      priority: q.priority,
      x: xEdge,
      x2: model.cuts.x,
      y: yEdge,
      y2: model.cuts.y,
      nameX: xEdge,
      nameY: yEdge,
      align: q.xSide,
      baseline: q.ySide,
      dx: q.xSide === 'left' ? QUADRANT_NAME_INSET : -QUADRANT_NAME_INSET,
      dy: q.ySide === 'top' ? QUADRANT_NAME_INSET : -QUADRANT_NAME_INSET,
    };
  });
}
