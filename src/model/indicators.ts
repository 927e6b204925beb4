import type { IndicatorKey, Indicators, PeriodPoint, Verdict } from './types';

export interface IndicatorItem {
  priority: boolean;
  baseline: PeriodPoint | null;
  current: PeriodPoint | null;
}

export interface IndicatorFlags {
  /** A growth measure is mapped: satisfaction deltas are weighted by m_b (else weight 1). */
  hasGrowthMeasure: boolean;
  hasResource: boolean;
}

/** on-track when v > tol, off-track when v < −tol, flat in between, no-data when v is null. */
export function verdict(v: number | null, tolerance: number): Verdict {
  if (v === null || !Number.isFinite(v)) {
    return 'no-data';
  }
  const tol = Math.abs(Number.isFinite(tolerance) ? tolerance : 0);
  if (v > tol) {
    return 'on-track';
  }
  if (v < -tol) {
    return 'off-track';
  }
  return 'flat';
}

/** G(S) = Σ m_c / Σ m_b − 1 over the items with both measures; null when none or Σ m_b = 0. */
export function groupGrowth(items: readonly IndicatorItem[]): number | null {
  let mb = 0;
  let mc = 0;
  let n = 0;
  for (const it of items) {
    const b = it.baseline?.growthMeasure ?? null;
    const c = it.current?.growthMeasure ?? null;
    if (b === null || c === null) {
      continue;
    }
    mb += b;
    mc += c;
    n++;
  }
  if (n === 0 || mb === 0) {
    return null;
  }
  return mc / mb - 1;
}

/** Σ w·Δsat / Σ w with w = m_b (1 without a growth measure); items lacking m_b are left out when weighting. */
export function weightedSatisfactionDelta(items: readonly IndicatorItem[], weighted: boolean): number | null {
  let num = 0;
  let den = 0;
  for (const it of items) {
    const sb = it.baseline?.satisfaction ?? null;
    const sc = it.current?.satisfaction ?? null;
    if (sb === null || sc === null) {
      continue;
    }
    let w = 1;
    if (weighted) {
      const m = it.baseline?.growthMeasure ?? null;
      if (m === null || m < 0) {
        continue;
      }
      w = m;
    }
    num += w * (sc - sb);
    den += w;
  }
  return den > 0 ? num / den : null;
}

/**
 * resourceShift = Σ_P share_c − Σ_P share_b (missing shares count as 0, e.g. a retired segment's
 * current share). Null without a resource field, without priority segments, or when either
 * period has no shares at all.
 */
export function resourceShift(items: readonly IndicatorItem[], hasResource: boolean): number | null {
  if (!hasResource) {
    return null;
  }
  let anyB = false;
  let anyC = false;
  let pb = 0;
  let pc = 0;
  let nP = 0;
  for (const it of items) {
    const b = it.baseline?.resourceShare ?? null;
    const c = it.current?.resourceShare ?? null;
    anyB = anyB || b !== null;
    anyC = anyC || c !== null;
    if (it.priority) {
      nP++;
      pb += b ?? 0;
      pc += c ?? 0;
    }
  }
  if (!anyB || !anyC || nP === 0) {
    return null;
  }
  return pc - pb;
}

export function computeIndicators(
  items: readonly IndicatorItem[],
  flags: IndicatorFlags,
  tolerance: number,
  toleranceBy?: Partial<Record<IndicatorKey, number>>
): Indicators {
  const P = items.filter((i) => i.priority);
  const notP = items.filter((i) => !i.priority);
  const growthPriority = groupGrowth(P);
  const growthOther = groupGrowth(notP);
  const growthGap = growthPriority !== null && growthOther !== null ? growthPriority - growthOther : null;
  const shift = resourceShift(items, flags.hasResource);
  const prioritySatisfactionDelta = weightedSatisfactionDelta(P, flags.hasGrowthMeasure);
  const otherSatisfactionDelta = weightedSatisfactionDelta(notP, flags.hasGrowthMeasure);
  const tol = (k: IndicatorKey) => {
    const v = toleranceBy?.[k];
    return v !== undefined && v !== null && Number.isFinite(v) ? v : tolerance;
  };
  return {
    growthGap,
    resourceShift: shift,
    prioritySatisfactionDelta,
    otherSatisfactionDelta,
    growthPriority,
    growthOther,
    verdicts: {
      growth: verdict(growthGap, tol('growth')),
      resources: verdict(shift, tol('resources')),
      satisfaction: verdict(prioritySatisfactionDelta, tol('satisfaction')),
    },
    prioritySegments: P.length,
    otherSegments: notP.length,
  };
}
