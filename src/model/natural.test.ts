import { naturalCompare } from './natural';

describe('naturalCompare', () => {
  it.each([
    ['2024-Q2', '2024-Q10', -1],
    ['2024-Q10', '2024-Q2', 1],
    ['2023-Q4', '2024-Q1', -1],
    ['Segment 9', 'Segment 10', -1],
    ['a', 'B', -1],
    ['abc', 'abc', 0],
    ['item 007', 'item 7', -1],
    ['x', 'x1', -1],
  ])('%s vs %s', (a, b, sign) => {
    expect(Math.sign(naturalCompare(a, b))).toBe(sign);
  });

  it('sorts quarter labels naturally', () => {
    expect(['2024-Q10', '2024-Q2', '2023-Q3', '2024-Q1'].sort(naturalCompare)).toEqual([
      '2023-Q3',
      '2024-Q1',
      '2024-Q2',
      '2024-Q10',
    ]);
  });
});
