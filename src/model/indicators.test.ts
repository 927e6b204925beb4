import {
  computeIndicators,
  groupGrowth,
  resourceShift,
  verdict,
  weightedSatisfactionDelta,
  type IndicatorItem,
} from './indicators';
import type { PeriodPoint } from './types';

function p(
  growthMeasure: number | null,
  satisfaction: number | null = null,
  resourceShare: number | null = null
): PeriodPoint {
  return {
    x: 0,
    y: 0,
    size: growthMeasure,
    growthMeasure,
    satisfaction,
    resource: null,
    resourceShare,
    quadrant: 'LL',
    xCategory: null,
  };
}

function item(priority: boolean, b: PeriodPoint | null, c: PeriodPoint | null): IndicatorItem {
  return { priority, baseline: b, current: c };
}

describe('verdict', () => {
  it.each<[number | null, number, string]>([
    [0.1, 0, 'on-track'],
    [-0.1, 0, 'off-track'],
    [0, 0, 'flat'],
    [0.05, 0.05, 'flat'],
    [-0.05, 0.05, 'flat'],
    [0.0501, 0.05, 'on-track'],
    [-0.0501, 0.05, 'off-track'],
    [0.03, -0.05, 'flat'],
    [null, 0, 'no-data'],
    [NaN, 0, 'no-data'],
  ])('%p with tolerance %p -> %s', (v, tol, expected) => {
    expect(verdict(v, tol)).toBe(expected);
  });
});

describe('groupGrowth', () => {
  it('is Σ m_c / Σ m_b − 1 over items with both values', () => {
    // (150 + 330) / (120 + 300) - 1; the new and retired items are ignored
    const items = [
      item(true, p(120), p(150)),
      item(true, p(300), p(330)),
      item(true, null, p(40)),
      item(true, p(60), null),
    ];
    expect(groupGrowth(items)).toBeCloseTo(480 / 420 - 1, 12);
  });

  it.each<[string, IndicatorItem[]]>([
    ['empty', []],
    ['zero baseline sum', [item(true, p(0), p(10))]],
    ['no pairs', [item(true, null, p(10))]],
  ])('is null when %s', (_, items) => {
    expect(groupGrowth(items)).toBeNull();
  });
});

describe('weightedSatisfactionDelta', () => {
  it('weights Δsat by the baseline growth measure', () => {
    // (100*4 + 300*(-2)) / 400 = -0.5
    const items = [item(true, p(100, 70), p(120, 74)), item(true, p(300, 60), p(300, 58))];
    expect(weightedSatisfactionDelta(items, true)).toBe(-0.5);
  });

  it('weights 1 without a growth measure', () => {
    const items = [item(true, p(null, 70), p(null, 74)), item(true, p(null, 60), p(null, 58))];
    expect(weightedSatisfactionDelta(items, false)).toBe(1);
  });

  it('is null without pairs', () => {
    expect(weightedSatisfactionDelta([item(true, p(1, null), p(1, 5))], true)).toBeNull();
  });
});

describe('resourceShift', () => {
  it('is Σ_P share_c − Σ_P share_b; a retired priority segment counts 0 now', () => {
    const items = [
      item(true, p(1, null, 0.3), p(1, null, 0.4)),
      item(true, p(1, null, 0.1), null),
      item(false, p(1, null, 0.6), p(1, null, 0.6)),
    ];
    expect(resourceShift(items, true)).toBeCloseTo(0.4 - 0.4, 12);
  });

  it('counts a new priority segment from 0', () => {
    const items = [item(true, null, p(1, null, 0.2)), item(false, p(1, null, 1), p(1, null, 0.8))];
    expect(resourceShift(items, true)).toBeCloseTo(0.2, 12);
  });

  it.each<[string, IndicatorItem[], boolean]>([
    ['no resource field', [item(true, p(1, null, 0.5), p(1, null, 0.5))], false],
    ['no priority segments', [item(false, p(1, null, 1), p(1, null, 1))], true],
    ['no baseline shares', [item(true, p(1), p(1, null, 1))], true],
  ])('is null with %s', (_, items, hasResource) => {
    expect(resourceShift(items, hasResource)).toBeNull();
  });
});

describe('computeIndicators', () => {
  const items = [
    // P: growth (110+55)/(100+50) - 1 = 0.1; Δsat weighted (100*2 + 50*(-1)) / 150 = 1
    item(true, p(100, 70, 0.5), p(110, 72, 0.55)),
    item(true, p(50, 60, 0.1), p(55, 59, 0.15)),
    // not P: growth 95/100 - 1 = -0.05; Δsat = 3
    item(false, p(100, 50, 0.4), p(95, 53, 0.3)),
  ];

  it('computes gap, shift and satisfaction with verdicts', () => {
    const ind = computeIndicators(items, { hasGrowthMeasure: true, hasResource: true }, 0);
    expect(ind.growthPriority).toBeCloseTo(0.1, 12);
    expect(ind.growthOther).toBeCloseTo(-0.05, 12);
    expect(ind.growthGap).toBeCloseTo(0.15, 12);
    expect(ind.resourceShift).toBeCloseTo(0.1, 12);
    expect(ind.prioritySatisfactionDelta).toBeCloseTo(1, 12);
    expect(ind.otherSatisfactionDelta).toBe(3);
    expect(ind.verdicts).toEqual({ growth: 'on-track', resources: 'on-track', satisfaction: 'on-track' });
    expect([ind.prioritySegments, ind.otherSegments]).toEqual([2, 1]);
  });

  it('applies the tolerance and per-indicator tolerances', () => {
    const ind = computeIndicators(items, { hasGrowthMeasure: true, hasResource: true }, 0.2, { satisfaction: 0.5 });
    expect(ind.verdicts).toEqual({ growth: 'flat', resources: 'flat', satisfaction: 'on-track' });
  });

  it('has no data when P or not P is empty', () => {
    const onlyP = computeIndicators(items.slice(0, 2), { hasGrowthMeasure: true, hasResource: true }, 0);
    expect(onlyP.growthGap).toBeNull();
    expect(onlyP.otherSatisfactionDelta).toBeNull();
    expect(onlyP.verdicts.growth).toBe('no-data');
    const noP = computeIndicators(items.slice(2), { hasGrowthMeasure: true, hasResource: true }, 0);
    expect(noP.growthGap).toBeNull();
    expect(noP.resourceShift).toBeNull();
    expect(noP.prioritySatisfactionDelta).toBeNull();
    expect(noP.verdicts).toEqual({ growth: 'no-data', resources: 'no-data', satisfaction: 'no-data' });
  });

  it('reports off-track when priority segments fall behind', () => {
    const lagging = [item(true, p(100, 70, 0.6), p(90, 65, 0.5)), item(false, p(100, 50, 0.4), p(120, 53, 0.5))];
    const ind = computeIndicators(lagging, { hasGrowthMeasure: true, hasResource: true }, 0);
    expect(ind.growthGap).toBeCloseTo(-0.3, 12);
    expect(ind.verdicts).toEqual({ growth: 'off-track', resources: 'off-track', satisfaction: 'off-track' });
  });
});
