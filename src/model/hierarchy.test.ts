import { aggregatePoints } from './hierarchy';
import type { PeriodPoint } from './types';

function p(
  x: number,
  y: number,
  size: number | null,
  satisfaction: number | null,
  resource: number | null
): PeriodPoint {
  return {
    x,
    y,
    size,
    growthMeasure: size === null ? null : size * 10,
    satisfaction,
    resource,
    resourceShare: null,
    quadrant: 'LL',
    xCategory: null,
  };
}

describe('aggregatePoints', () => {
  it('weights x, y and satisfaction by size; sums measures and resources', () => {
    const agg = aggregatePoints([p(2, 4, 100, 70, 10), p(6, 8, 300, 50, 30)]);
    // x = (2*100 + 6*300) / 400 = 5; y = (4*100 + 8*300) / 400 = 7; sat = (70*100 + 50*300) / 400 = 55
    expect(agg).toMatchObject({ x: 5, y: 7, size: 400, growthMeasure: 4000, satisfaction: 55, resource: 40 });
  });

  it('uses equal weights when no point has a size', () => {
    const agg = aggregatePoints([p(2, 4, null, 70, null), p(6, 8, null, null, null)]);
    expect(agg).toMatchObject({ x: 4, y: 6, size: null, satisfaction: 70, resource: null });
  });

  it('takes satisfaction only from points that have it', () => {
    const agg = aggregatePoints([p(0, 0, 100, null, 1), p(0, 0, 300, 60, null)]);
    expect(agg.satisfaction).toBe(60);
    expect(agg.resource).toBe(1);
  });

  it('accepts explicit weights', () => {
    const agg = aggregatePoints([p(0, 0, 1, null, null), p(10, 10, 1, null, null)], [1, 3]);
    expect(agg.x).toBe(7.5);
  });
});
