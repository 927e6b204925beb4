import { parseTimeText, resolveRawRange, toTimeRange } from './timeRange';

const SAVED = { from: '2024-01-01T00:00:00.000Z', to: '2025-12-31T23:59:59.000Z' };

describe('time range', () => {
  it('reads epoch milliseconds, ISO dates and relative times', () => {
    expect(parseTimeText('1704067200000', false)).toBe(1704067200000);
    expect(parseTimeText('2024-01-01T00:00:00.000Z', false)).toBe(Date.UTC(2024, 0, 1));
    const now = Date.now();
    const relative = parseTimeText('now-1d', false)!;
    expect(Math.abs(now - 86400000 - relative)).toBeLessThan(5000);
    expect(parseTimeText('yesterday-ish', false)).toBeNull();
  });

  it('prefers the URL, falls back to the dashboard for unreadable values', () => {
    expect(resolveRawRange({ from: '1704067200000', to: 'now' }, SAVED)).toEqual({ from: '1704067200000', to: 'now' });
    expect(resolveRawRange({}, SAVED)).toEqual(SAVED);
    expect(resolveRawRange({ from: 'garbage', to: 'now' }, SAVED)).toEqual(SAVED);
  });

  it('gives Grafana a TimeRange and the query API epoch milliseconds', () => {
    const range = toTimeRange(SAVED);
    expect(range.fromMs).toBe(Date.UTC(2024, 0, 1));
    expect(range.to.valueOf()).toBe(Date.UTC(2025, 11, 31, 23, 59, 59));
    expect(range.raw).toEqual(SAVED);
  });
});
