import {
  choosePeriods,
  comparePeriodKeys,
  findPeriod,
  formatTime,
  periodKey,
  periodLabel,
  periodStartMs,
  type PeriodKey,
} from './periods';
import type { PeriodKind, PeriodOptions } from './types';

const FIRST_LAST: PeriodOptions = { mode: 'first-last', baseline: '', current: '' };

function sorted(keys: PeriodKey[]): PeriodKey[] {
  return [...keys].sort(comparePeriodKeys);
}

describe('period keys and labels', () => {
  it.each<[unknown, PeriodKind, PeriodKey | null]>([
    [Date.UTC(2024, 0, 1), 'time', Date.UTC(2024, 0, 1)],
    [new Date(Date.UTC(2024, 3, 1)), 'time', Date.UTC(2024, 3, 1)],
    ['2024-04-01T00:00:00Z', 'time', Date.UTC(2024, 3, 1)],
    ['1711929600000', 'time', 1711929600000],
    [null, 'time', null],
    ['2024', 'number', 2024],
    [2024, 'number', 2024],
    ['', 'number', null],
    ['2024-Q1', 'string', '2024-Q1'],
    [2024, 'string', '2024'],
    ['', 'string', null],
  ])('%p as %s -> %p', (v, kind, expected) => {
    expect(periodKey(v, kind)).toBe(expected);
  });

  it('formats time periods as ISO dates (UTC), with the time when not midnight', () => {
    expect(formatTime(Date.UTC(2024, 2, 31))).toBe('2024-03-31');
    expect(formatTime(Date.UTC(2024, 2, 31, 13, 5))).toBe('2024-03-31 13:05');
    expect(periodLabel(Date.UTC(2025, 11, 1), 'time')).toBe('2025-12-01');
    expect(periodLabel(2024, 'number')).toBe('2024');
    expect(periodLabel('2024-Q1', 'string')).toBe('2024-Q1');
  });

  it('sorts times chronologically, numbers numerically, strings naturally', () => {
    expect(sorted([Date.UTC(2025, 0, 1), Date.UTC(2024, 6, 1), Date.UTC(2024, 0, 1)])).toEqual([
      Date.UTC(2024, 0, 1),
      Date.UTC(2024, 6, 1),
      Date.UTC(2025, 0, 1),
    ]);
    expect(sorted([10, 9, 100])).toEqual([9, 10, 100]);
    expect(sorted(['2024-Q10', '2024-Q2', '2024-Q1'])).toEqual(['2024-Q1', '2024-Q2', '2024-Q10']);
  });
});

describe('periodStartMs', () => {
  it.each<[PeriodKey, PeriodKind, number | null]>([
    ['2024', 'string', Date.UTC(2024, 0, 1)],
    ['2024-Q3', 'string', Date.UTC(2024, 6, 1)],
    ['2024 Q2', 'string', Date.UTC(2024, 3, 1)],
    ['Q4 2024', 'string', Date.UTC(2024, 9, 1)],
    ['2024-H2', 'string', Date.UTC(2024, 6, 1)],
    ['2024-03', 'string', Date.UTC(2024, 2, 1)],
    ['2024-03-15', 'string', Date.UTC(2024, 2, 15)],
    ['spring', 'string', null],
    [2024, 'number', Date.UTC(2024, 0, 1)],
    [12, 'number', null],
    [Date.UTC(2024, 1, 1), 'time', Date.UTC(2024, 1, 1)],
  ])('%p (%s) -> %p', (key, kind, expected) => {
    expect(periodStartMs(key, kind)).toBe(expected);
  });
});

describe('findPeriod', () => {
  const timeKeys = [Date.UTC(2024, 0, 1), Date.UTC(2024, 3, 1)];
  const timeLabels = ['2024-01-01', '2024-04-01'];

  it.each<[string, number]>([
    ['2024-04-01', 1],
    [String(Date.UTC(2024, 0, 1)), 0],
    ['2024-04-01T00:00:00.000Z', 1],
    ['2023-01-01', -1],
  ])('time %s -> %p', (text, expected) => {
    expect(findPeriod(text, timeKeys, timeLabels, 'time')).toBe(expected);
  });

  it('matches labels case-insensitively and numbers numerically', () => {
    expect(findPeriod('2024-q2', ['2024-Q1', '2024-Q2'], ['2024-Q1', '2024-Q2'], 'string')).toBe(1);
    expect(findPeriod('2024.0', [2023, 2024], ['2023', '2024'], 'number')).toBe(1);
  });
});

describe('choosePeriods', () => {
  const keys = ['2024-Q1', '2024-Q2', '2024-Q3', '2024-Q4'];
  const labels = keys;

  it('first-last: earliest and latest', () => {
    expect(choosePeriods(keys, labels, 'string', FIRST_LAST, undefined)).toEqual({
      kind: 'ok',
      baseline: 0,
      current: 3,
    });
  });

  it('a single period has no baseline', () => {
    expect(choosePeriods(['2024-Q1'], ['2024-Q1'], 'string', FIRST_LAST, undefined)).toEqual({
      kind: 'ok',
      baseline: null,
      current: 0,
    });
  });

  it('explicit: resolves dashboard variables', () => {
    const vars: Record<string, string> = { $baseline: '2024-Q2', $current: '2024-Q3' };
    const replaceVariables = (s: string) => vars[s] ?? s;
    const opts: PeriodOptions = { mode: 'explicit', baseline: '$baseline', current: '$current' };
    expect(choosePeriods(keys, labels, 'string', opts, { replaceVariables })).toEqual({
      kind: 'ok',
      baseline: 1,
      current: 2,
    });
  });

  it('explicit: empty or unresolved variables fall back to earliest / latest', () => {
    const opts: PeriodOptions = { mode: 'explicit', baseline: '$baseline', current: '' };
    expect(choosePeriods(keys, labels, 'string', opts, { replaceVariables: (s) => s })).toEqual({
      kind: 'ok',
      baseline: 0,
      current: 3,
    });
  });

  it('explicit: an unknown value is an error listing the periods', () => {
    const opts: PeriodOptions = { mode: 'explicit', baseline: '2023-Q9', current: '2024-Q4' };
    const r = choosePeriods(keys, labels, 'string', opts, undefined);
    expect(r.kind).toBe('error');
    expect(r.kind === 'error' && r.message).toBe(
      'Baseline period "2023-Q9" is not in the data. Periods: 2024-Q1, 2024-Q2, 2024-Q3, 2024-Q4. Change the baseline period in the options or the dashboard variable.'
    );
    const r2 = choosePeriods(keys, labels, 'string', { ...opts, baseline: '', current: 'nope' }, undefined);
    expect(r2.kind === 'error' && r2.message).toMatch(/^Current period "nope" is not in the data\. Periods: 2024-Q1/);
  });

  describe('time-range', () => {
    const opts: PeriodOptions = { mode: 'time-range', baseline: '', current: '' };
    const tkeys = [Date.UTC(2024, 0, 1), Date.UTC(2024, 3, 1), Date.UTC(2024, 6, 1), Date.UTC(2024, 9, 1)];
    const tlabels = tkeys.map((k) => new Date(k).toISOString().slice(0, 10));

    it.each<[string, number, number, number, number]>([
      ['inside', Date.UTC(2024, 1, 15), Date.UTC(2024, 7, 1), 0, 2],
      ['on the boundaries', Date.UTC(2024, 3, 1), Date.UTC(2024, 9, 1), 1, 3],
      ['starting before the data', Date.UTC(2023, 0, 1), Date.UTC(2024, 4, 1), 0, 1],
      ['ending after the data', Date.UTC(2024, 5, 1), Date.UTC(2030, 0, 1), 1, 3],
    ])('%s', (_, from, to, b, c) => {
      expect(choosePeriods(tkeys, tlabels, 'time', opts, { timeRange: { from, to } })).toEqual({
        kind: 'ok',
        baseline: b,
        current: c,
      });
    });

    it('works on quarter strings', () => {
      const r = choosePeriods(keys, labels, 'string', opts, {
        timeRange: { from: Date.UTC(2024, 4, 1), to: Date.UTC(2024, 11, 31) },
      });
      expect(r).toEqual({ kind: 'ok', baseline: 1, current: 3 });
    });

    it('is an error when no period starts before the range end', () => {
      const r = choosePeriods(tkeys, tlabels, 'time', opts, { timeRange: { from: 0, to: Date.UTC(2020, 0, 1) } });
      expect(r.kind === 'error' && r.message).toMatch(
        /^No period starts before the end of the time range \(2020-01-01\)/
      );
    });

    it('is an error on periods that are not dates', () => {
      const r = choosePeriods(['alpha', 'beta'], ['alpha', 'beta'], 'string', opts, { timeRange: { from: 0, to: 1 } });
      expect(r.kind === 'error' && r.message).toMatch(/needs time periods .* Periods: alpha, beta\./);
    });

    it('falls back to first-last without a time range', () => {
      expect(choosePeriods(tkeys, tlabels, 'time', opts, {})).toEqual({ kind: 'ok', baseline: 0, current: 3 });
    });
  });
});
