import { compositeValue, normalizationParams, normalize } from './composite';

describe('normalisation', () => {
  it('min-max maps the pooled range to [0, 1]', () => {
    const p = normalizationParams([10, 20, 30, NaN], 'min-max');
    expect(p).toEqual({ center: 10, scale: 20 });
    expect([10, 20, 30].map((v) => normalize(v, p, 'min-max'))).toEqual([0, 0.5, 1]);
  });

  it('z-score uses the population standard deviation', () => {
    // values 2, 4, 4, 4, 5, 5, 7, 9: mean 5, population sd 2
    const p = normalizationParams([2, 4, 4, 4, 5, 5, 7, 9], 'z-score');
    expect(p).toEqual({ center: 5, scale: 2 });
    expect(normalize(9, p, 'z-score')).toBe(2);
    expect(normalize(2, p, 'z-score')).toBe(-1.5);
  });

  it('degenerate ranges give 0.5 (min-max) and 0 (z-score)', () => {
    expect(normalize(3, normalizationParams([3, 3], 'min-max'), 'min-max')).toBe(0.5);
    expect(normalize(3, normalizationParams([3, 3], 'z-score'), 'z-score')).toBe(0);
    expect(normalizationParams([], 'z-score')).toEqual({ center: 0, scale: 0 });
  });

  it('composite = Σ weight · normalize(value)', () => {
    const params = [normalizationParams([0, 10], 'min-max'), normalizationParams([100, 300], 'min-max')];
    // 0.6 * (5/10) + 0.4 * ((250-100)/200) = 0.3 + 0.3
    expect(compositeValue([5, 250], [0.6, 0.4], params, 'min-max')).toBeCloseTo(0.6, 12);
  });
});
