import type { MatrixModel } from '../model/types';

/** One drawn segment: where it is now, where it was, and how big it is. */
export interface SegmentRow {
  segment: string;
  status: string;
  priority: boolean;
  x: number | null;
  y: number | null;
  size: number;
  baselineX: number | null;
  baselineY: number | null;
  quadrant: string | null;
  moved: boolean;
}

export function segmentRows(model: MatrixModel): SegmentRow[] {
  return model.segments.map((s) => ({
    segment: s.segment,
    status: s.status,
    priority: s.priority,
    x: s.current?.x ?? null,
    y: s.current?.y ?? null,
    size: Math.max(0, s.current?.size ?? s.baseline?.size ?? 0),
    baselineX: s.baseline?.x ?? null,
    baselineY: s.baseline?.y ?? null,
    quadrant: s.current?.quadrant ?? s.baseline?.quadrant ?? null,
    moved: s.movedQuadrant,
  }));
}
