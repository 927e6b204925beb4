import { describeValue, toNumber, toText } from './values';

describe('toNumber', () => {
  it.each<[unknown, number | null]>([
    [12.5, 12.5],
    ['12.5', 12.5],
    [' 7 ', 7],
    ['-3e2', -300],
    ['', null],
    ['abc', null],
    [null, null],
    [undefined, null],
    [NaN, null],
    [Infinity, null],
    ['Infinity', null],
    [BigInt(5), 5],
    [true, null],
  ])('%p -> %p', (v, expected) => {
    expect(toNumber(v)).toBe(expected);
  });
});

describe('toText', () => {
  it.each<[unknown, string | null]>([
    [' Enterprise ', 'Enterprise'],
    ['', null],
    ['   ', null],
    [null, null],
    [42, '42'],
  ])('%p -> %p', (v, expected) => {
    expect(toText(v)).toBe(expected);
  });
});

describe('describeValue', () => {
  it('names nulls, empties and long texts', () => {
    expect(describeValue(null)).toBe('null');
    expect(describeValue(undefined)).toBe('missing');
    expect(describeValue('')).toBe('""');
    expect(describeValue(NaN)).toBe('NaN');
    expect(describeValue('x'.repeat(50))).toBe(JSON.stringify('x'.repeat(40) + '…'));
  });
});
