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
  /** Rank of the segment by anchor size, 0 = largest: labels go to the largest segments first. */
  labelRank: number;
  /**
   * Symbol sizes in px² (bubble, ghost, label anchor ≥ 1) and outline width, computed once in the rows (see
   * `withAreas`) so that the view draws them by field instead of evaluating scale expressions per item.
   */
  area: number;
  baselineArea: number;
  anchorArea: number;
  strokeWidth: number;
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
  /** Position of the point's period in `model.trailPeriods` (baseline = 0): the drawing order. */
  order: number;
  period: string;
  x: number;
  y: number;
  /** The trail's last point (where the arrowhead goes). */
  isLast: boolean;
  /** The previous point (null for the first): the arrowhead points away from it (fields of arrowFormula). */
  baselineX: number | null;
  baselineY: number | null;
  baselineSize: number;
  baselineSizeMissing: boolean;
  /** Size of the bubble at this point, so that the arrowhead's tip stops at its edge. */
  size: number;
  sizeMissing: boolean;
  /** Symbol sizes in px² at this point and the previous one (see `withAreas`). */
  area: number;
  baselineArea: number;
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

/** The colour group a segment belongs to (priority or parent colouring); null for a diverging colour. */
export function colourGroupOf(s: SegmentModel, colorBy: ColorBy): string | null {
  if (colorBy === 'priority') {
    return s.priority ? 'Priority' : 'Other';
  }
  if (colorBy === 'parent') {
    return s.parent ?? NO_PARENT;
  }
  return null;
}

function colourOf(s: SegmentModel, colorBy: ColorBy): { colour: number | string; colourMissing: boolean } {
  const group = colourGroupOf(s, colorBy);
  if (group !== null) {
    return { colour: group, colourMissing: false };
  }
  const v = finiteOrNull(colorBy === 'growth' ? s.growth : s.satisfactionDelta);
  return { colour: v ?? 0, colourMissing: v === null };
}

/** A bubble's outline (px). */
export const OUTLINE = 0.5;
/** Priority segments have a firmer outline (as wide as the ghosts and arrows: see buildSpec's lineWidth). */
export const PRIORITY_OUTLINE = 1.5;

export function segmentRows(
  model: MatrixModel,
  colorBy: ColorBy = 'satisfaction',
  priorityOutline = PRIORITY_OUTLINE
): SegmentRow[] {
  const sized = hasSizeMeasure(model);
  // Without a single baseline period every segment is "new": no marker then, it would mark them all.
  const markNew = model.baselinePeriod !== null;
  const rows = model.segments.map((s): SegmentRow => {
    const { colour, colourMissing } = colourOf(s, colorBy);
    const size = sized ? (s.current?.size ?? null) : 1;
    const baselineSize = sized ? (s.baseline?.size ?? null) : 1;
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
      labelRank: 0,
      area: 0,
      baselineArea: 0,
      anchorArea: 1,
      strokeWidth: s.priority ? priorityOutline : OUTLINE,
      quadrant: current?.quadrant ?? null,
      baselineQuadrant: s.baseline?.quadrant ?? null,
      moved: s.movedQuadrant,
      growth: finiteOrNull(s.growth),
      satisfactionDelta: finiteOrNull(s.satisfactionDelta),
      resourceShareDelta: finiteOrNull(s.resourceShareDelta),
      hasArrow: s.baseline !== null && current !== null,
      isNew: markNew && s.baseline === null && current !== null,
      colour,
      colourMissing,
    };
  });
  rows
    .map((r, i) => ({ size: r.anchorSizeMissing ? -1 : r.anchorSize, i }))
    .sort((a, b) => b.size - a.size || a.i - b.i)
    .forEach(({ i }, rank) => (rows[i].labelRank = rank));
  return rows;
}

/**
 * Points of every segment's trail (baseline → current, all periods in between), ordered by period
 * (their position in `model.trailPeriods`), segment after segment.
 */
export function trailRows(model: MatrixModel): TrailRow[] {
  const sized = hasSizeMeasure(model);
  const rank = new Map(model.trailPeriods.map((p, i) => [p, i]));
  const out: TrailRow[] = [];
  for (const s of model.segments) {
    const points = s.trail
      .filter((p) => Number.isFinite(p.x) && Number.isFinite(p.y))
      .map((p, i) => ({ p, order: rank.get(p.period) ?? i }))
      .sort((a, b) => a.order - b.order);
    if (points.length < 2) {
      continue;
    }
    points.forEach(({ p, order }, i) => {
      const prev = i > 0 ? points[i - 1].p : null;
      const size = sized ? p.size : 1;
      out.push({
        segment: s.segment,
        order,
        period: p.period,
        x: p.x,
        y: p.y,
        isLast: i === points.length - 1,
        baselineX: prev?.x ?? null,
        baselineY: prev?.y ?? null,
        baselineSize: 0,
        baselineSizeMissing: false,
        size: Math.max(0, size ?? 0),
        sizeMissing: size === null,
        area: 0,
        baselineArea: 0,
      });
    });
  }
  return out;
}

function finiteOrNull(v: number | null): number | null {
  return v !== null && Number.isFinite(v) ? v : null;
}

/** Symbol size in px² of a size value: the size scale (linear from zero), or `missingArea` when unknown. */
export type AreaOf = (size: number, missing: boolean) => number;

/**
 * Fills in the rows' symbol sizes by `areaOf`, in place, and returns them: they are fresh from
 * segmentRows/trailRows and the caller's own (copying 10,000 rows of 40 fields cost more than the sizes).
 */
export function withAreas<T extends SegmentRow | TrailRow>(rows: T[], areaOf: AreaOf): T[] {
  for (const r of rows) {
    r.area = areaOf(r.size, r.sizeMissing);
    r.baselineArea = areaOf(r.baselineSize, r.baselineSizeMissing);
    if ('anchorSize' in r) {
      r.anchorArea = Math.max(1, areaOf(r.anchorSize, r.anchorSizeMissing));
    }
  }
  return rows;
}
