import type { MatrixModel, PeriodPoint, RenderSummary, SummaryPoint } from './types';

/** Rounds away float noise (12 significant digits); non-finite and missing values become null. */
export function clean(v: number | null | undefined): number | null {
  if (v === null || v === undefined || !Number.isFinite(v)) {
    return null;
  }
  const r = Number(v.toPrecision(12));
  return Object.is(r, -0) ? 0 : r;
}

function point(p: PeriodPoint | null): SummaryPoint | null {
  if (!p) {
    return null;
  }
  return {
    x: clean(p.x),
    y: clean(p.y),
    size: clean(p.size),
    growthMeasure: clean(p.growthMeasure),
    satisfaction: clean(p.satisfaction),
    resourceShare: clean(p.resourceShare),
    quadrant: p.quadrant ?? null,
  };
}

/**
 * The render summary of DESIGN §6 (the CLI's `--summary` JSON): exactly its keys, absent values as
 * null, segments in legend order. On an ordinal x axis, `x` is the category position.
 */
export function toRenderSummary(model: MatrixModel): RenderSummary {
  const i = model.indicators;
  return {
    baseline: model.baselinePeriod,
    current: model.currentPeriod,
    cuts: { x: clean(model.cuts.x), y: clean(model.cuts.y) },
    segments: model.segments.map((s) => ({
      segment: s.segment,
      parent: s.parent,
      status: s.status,
      priority: s.priority,
      baseline: point(s.baseline),
      current: point(s.current),
      growth: clean(s.growth),
      satisfactionDelta: clean(s.satisfactionDelta),
      resourceShareDelta: clean(s.resourceShareDelta),
      movedQuadrant: s.movedQuadrant,
    })),
    indicators: {
      growthGap: clean(i.growthGap),
      resourceShift: clean(i.resourceShift),
      prioritySatisfactionDelta: clean(i.prioritySatisfactionDelta),
      otherSatisfactionDelta: clean(i.otherSatisfactionDelta),
      verdicts: {
        growth: i.verdicts.growth,
        resources: i.verdicts.resources,
        satisfaction: i.verdicts.satisfaction,
      },
    },
    warnings: model.warnings.map((w) => ({ kind: w.kind, message: w.message, count: w.count, example: w.example })),
  };
}
