import type { MatrixModel, SegmentModel } from '../model/types';
import type { ColorBy } from '../types';

/** Label of segments without a parent when colouring by parent. */
export const NO_PARENT = '(no parent)';

/** One drawn segment: where it is now, where it was, how big it is and what its colour encodes. */
export interface SegmentRow {
  segment: string;
  /** Text of its label: the name, marked "(new)" / "(retired)" where that applies. */
  label: string;
  status: string;
  priority: boolean;
  /** 'Priority' or 'Other' (colour by priority). */
  priorityGroup: string;
  parent: string;
  /** Current position; null for a retired segment. */
  x: number | null;
  y: number | null;
  /** Current size (bubble area); 0 when unknown (see sizeMissing). */
  size: number;
  sizeMissing: boolean;
  baselineX: number | null;
  baselineY: number | null;
  baselineSize: number;
  baselineSizeMissing: boolean;
  /** Where the label goes: the current position, else the baseline (retired). */
  anchorX: number | null;
  anchorY: number | null;
  anchorSize: number;
  anchorSizeMissing: boolean;
  quadrant: string | null;
  baselineQuadrant: string | null;
  moved: boolean;
  growth: number | null;
  satisfactionDelta: number | null;
  resourceShareDelta: number | null;
  /** Draw an arrow: both points exist (splits and merges start at their ancestors). */
  hasArrow: boolean;
  /** New in the current period (no baseline point, no ancestor): drawn with a ring, no arrow. */
  isNew: boolean;
  /**
   * The value colour encodes (see colour.ts), never null: Vega-Lite drops marks whose encoded value is
   * invalid, so a missing value is 0 here with `colourMissing` set, and drawn in the neutral colour.
   */
  colour: number | string;
  colourMissing: boolean;
}

export interface TrailRow {
  segment: string;
  order: number;
  x: number;
  y: number;
}

/** True when the model has a size measure; without one every bubble gets the same area. */
export function hasSizeMeasure(model: MatrixModel): boolean {
  return model.fieldsUsed.size !== null;
}

function labelOf(s: SegmentModel): string {
  if (s.baseline === null && s.current !== null) {
    return `${s.segment} (new)`;
  }
  if (s.status === 'retired') {
    return `${s.segment} (retired)`;
  }
  return s.segment;
}

function colourOf(s: SegmentModel, colorBy: ColorBy): { colour: number | string; colourMissing: boolean } {
  switch (colorBy) {
    case 'priority':
      return { colour: s.priority ? 'Priority' : 'Other', colourMissing: false };
    case 'parent':
      return { colour: s.parent ?? NO_PARENT, colourMissing: false };
    case 'growth':
    case 'satisfaction': {
      const v = finiteOrNull(colorBy === 'growth' ? s.growth : s.satisfactionDelta);
      return { colour: v ?? 0, colourMissing: v === null };
    }
  }
}

export function segmentRows(model: MatrixModel, colorBy: ColorBy = 'satisfaction'): SegmentRow[] {
  const sized = hasSizeMeasure(model);
  // Without a single baseline period every segment is "new": no marker then, it would mark them all.
  const markNew = model.baselinePeriod !== null;
  return model.segments.map((s) => {
    const size = sized ? s.current?.size ?? null : 1;
    const baselineSize = sized ? s.baseline?.size ?? null : 1;
    const current = s.current;
    const anchorIsCurrent = current !== null;
    const anchorSize = anchorIsCurrent ? size : baselineSize;
    return {
      segment: s.segment,
      label: markNew ? labelOf(s) : s.segment,
      status: s.status,
      priority: s.priority,
      priorityGroup: s.priority ? 'Priority' : 'Other',
      parent: s.parent ?? NO_PARENT,
      x: current?.x ?? null,
      y: current?.y ?? null,
      size: Math.max(0, size ?? 0),
      sizeMissing: size === null,
      baselineX: s.baseline?.x ?? null,
      baselineY: s.baseline?.y ?? null,
      baselineSize: Math.max(0, baselineSize ?? 0),
      baselineSizeMissing: baselineSize === null,
      anchorX: current?.x ?? s.baseline?.x ?? null,
      anchorY: current?.y ?? s.baseline?.y ?? null,
      anchorSize: Math.max(0, anchorSize ?? 0),
      anchorSizeMissing: anchorSize === null,
      quadrant: current?.quadrant ?? null,
      baselineQuadrant: s.baseline?.quadrant ?? null,
      moved: s.movedQuadrant,
      growth: finiteOrNull(s.growth),
      satisfactionDelta: finiteOrNull(s.satisfactionDelta),
      resourceShareDelta: finiteOrNull(s.resourceShareDelta),
      hasArrow: s.baseline !== null && current !== null,
      isNew: markNew && s.baseline === null && current !== null,
      ...colourOf(s, colorBy),
    };
  });
}

/** Points of every segment's trail (baseline → current, all periods in between), in drawing order. */
export function trailRows(model: MatrixModel): TrailRow[] {
  const out: TrailRow[] = [];
  for (const s of model.segments) {
    if (s.trail.length < 2) {
      continue;
    }
    s.trail.forEach((p, order) => out.push({ segment: s.segment, order, x: p.x, y: p.y }));
  }
  return out;
}

function finiteOrNull(v: number | null): number | null {
  return v !== null && Number.isFinite(v) ? v : null;
}
