import { dateMath, dateTime, type TimeRange } from '@grafana/data';

/** A dashboard time range as the URL and the dashboard JSON hold it: epoch ms, ISO dates or `now-2y`-style text. */
export interface RawRange {
  from: string;
  to: string;
}

/** One end of a range in epoch ms, or null when it cannot be read. */
export function parseTimeText(text: string, roundUp: boolean): number | null {
  const trimmed = text.trim();
  if (/^-?\d+$/.test(trimmed)) {
    return Number(trimmed);
  }
  const parsed = dateMath.toDateTime(trimmed, { roundUp });
  return parsed && parsed.isValid() ? parsed.valueOf() : null;
}

/** The range to use: the URL's `from`/`to` when readable, else the dashboard's `time`, else the last two years. */
export function resolveRawRange(search: Record<string, unknown>, dashboardTime?: RawRange): RawRange {
  const fallback = dashboardTime ?? { from: 'now-2y', to: 'now' };
  const pick = (name: 'from' | 'to') => {
    const value = search[name];
    return typeof value === 'string' || typeof value === 'number' ? String(value) : fallback[name];
  };
  const raw = { from: pick('from'), to: pick('to') };
  return parseTimeText(raw.from, false) === null || parseTimeText(raw.to, true) === null ? fallback : raw;
}

/** A raw range as Grafana's TimeRange (and as epoch ms for the query API). */
export function toTimeRange(raw: RawRange): TimeRange & { fromMs: number; toMs: number } {
  const fromMs = parseTimeText(raw.from, false) ?? Date.now() - 2 * 365 * 86400000;
  const toMs = parseTimeText(raw.to, true) ?? Date.now();
  return { from: dateTime(fromMs), to: dateTime(toMs), raw: { from: raw.from, to: raw.to }, fromMs, toMs };
}
