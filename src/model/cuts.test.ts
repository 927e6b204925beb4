import { computeCut, mean, median } from './cuts';

describe('median and mean', () => {
  it.each<[number[], number | null]>([
    [[3, 1, 2], 2],
    [[4, 1, 3, 2], 2.5],
    [[5], 5],
    [[], null],
    [[1, NaN, 3], 2],
  ])('median %p = %p', (values, expected) => {
    expect(median(values)).toBe(expected);
  });

  it.each<[number[], number | null]>([
    [[1, 2, 3, 6], 3],
    [[], null],
  ])('mean %p = %p', (values, expected) => {
    expect(mean(values)).toBe(expected);
  });
});

describe('computeCut', () => {
  const values = [1, 2, 3, 10];

  it('uses the median by default (mean of the two middle values)', () => {
    expect(computeCut(values, { mode: 'median' }, undefined, null, 'x')).toEqual({ value: 2.5, problem: null });
  });

  it('uses the mean', () => {
    expect(computeCut(values, { mode: 'mean' }, undefined, null, 'x')).toEqual({ value: 4, problem: null });
  });

  it('uses a fixed value', () => {
    expect(computeCut(values, { mode: 'fixed', value: 7 }, undefined, null, 'x')).toEqual({ value: 7, problem: null });
  });

  it('falls back to the median when the fixed value is missing', () => {
    expect(computeCut(values, { mode: 'fixed' }, undefined, null, 'x')).toEqual({
      value: 2.5,
      problem: 'x: no fixed value set',
    });
  });

  it('resolves a dashboard variable', () => {
    const replaceVariables = (s: string) => (s === '$cut' ? '4.5' : s);
    expect(computeCut(values, { mode: 'variable', variable: '$cut' }, { replaceVariables }, null, 'x')).toEqual({
      value: 4.5,
      problem: null,
    });
  });

  it('reads a category name on an ordinal axis', () => {
    const replaceVariables = () => 'Niche';
    const cats = ['universal', 'broad', 'niche', 'specialized'];
    expect(computeCut([0, 1], { mode: 'variable', variable: '$c' }, { replaceVariables }, cats, 'x')).toEqual({
      value: 2,
      problem: null,
    });
  });

  it('falls back to the median for an unusable variable', () => {
    const r = computeCut(values, { mode: 'variable', variable: '$cut' }, { replaceVariables: () => 'abc' }, null, 'y');
    expect(r).toEqual({ value: 2.5, problem: 'y: "abc" is not a number' });
  });

  it('returns null without values (except for a fixed cut)', () => {
    expect(computeCut([], { mode: 'median' }, undefined, null, 'x')).toBeNull();
    expect(computeCut([], { mode: 'fixed', value: 1 }, undefined, null, 'x')).toEqual({ value: 1, problem: null });
  });
});
