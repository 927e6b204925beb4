import { quadrantModels, quadrantOf } from './quadrants';

describe('quadrantOf', () => {
  it.each([
    // x, y, cutX, cutY, expected — H when value >= cut (ties are high)
    [5, 5, 5, 5, 'HH'],
    [4.999, 5, 5, 5, 'LH'],
    [5, 4.999, 5, 5, 'HL'],
    [1, 1, 5, 5, 'LL'],
    [10, 10, 5, 5, 'HH'],
    [-1, 0, -1, 0, 'HH'],
  ])('(%p, %p) with cuts (%p, %p) -> %s', (x, y, cx, cy, q) => {
    expect(quadrantOf(x, y, cx, cy)).toBe(q);
  });
});

describe('quadrantModels', () => {
  const names = { HH: 'a', HL: 'b', LH: 'c', LL: 'd' };

  it('puts high x on the right by default', () => {
    const q = quadrantModels(names, false, ['HH', 'LH']);
    expect(q.map((m) => [m.id, m.xSide, m.ySide, m.priority, m.name])).toEqual([
      ['HH', 'right', 'top', true, 'a'],
      ['HL', 'right', 'bottom', false, 'b'],
      ['LH', 'left', 'top', true, 'c'],
      ['LL', 'left', 'bottom', false, 'd'],
    ]);
  });

  it('puts high x on the left when the x axis is reversed', () => {
    const q = quadrantModels(names, true, []);
    expect(q.map((m) => [m.id, m.xSide, m.ySide])).toEqual([
      ['HH', 'left', 'top'],
      ['HL', 'left', 'bottom'],
      ['LH', 'right', 'top'],
      ['LL', 'right', 'bottom'],
    ]);
  });
});
