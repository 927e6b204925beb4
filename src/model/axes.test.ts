import { axisDomain, Extent } from './axes';

describe('axisDomain', () => {
  it.each<[number[], 'linear' | 'log', [number, number]]>([
    [[1, 5, 3], 'linear', [1, 5]],
    [[5, 5], 'linear', [4.5, 5.5]],
    [[0, 0], 'linear', [-1, 1]],
    [[-10], 'linear', [-11, -9]],
    [[], 'linear', [0, 1]],
    [[2, 2], 'log', [1, 4]],
    [[0, -1, 2, 8], 'log', [2, 8]],
    [[], 'log', [0.1, 10]],
  ])('%p on %s -> %p', (values, scale, expected) => {
    expect(axisDomain(values, scale)).toEqual(expected);
  });

  it('covers the categories of an ordinal axis', () => {
    expect(axisDomain([], 'ordinal', 4)).toEqual([-0.5, 3.5]);
    expect(axisDomain([], 'ordinal', 0)).toEqual([-0.5, 0.5]);
  });
});

describe('Extent', () => {
  it('keeps min and max, skipping non-finite (and non-positive on log)', () => {
    const e = new Extent(true);
    [3, -1, 0, NaN, 7, 2].forEach((v) => e.add(v));
    expect(e.values()).toEqual([2, 7]);
    expect(new Extent(false).values()).toEqual([]);
  });
});
