import type { Column } from './columns';
import { naturalCompare } from './natural';
import { toNumber, toText } from './values';
import type { ModelContext, PeriodKind, PeriodOptions } from './types';

/** Period value used as a Map key: epoch ms (time), a number, or a text. */
export type PeriodKey = number | string;

export function periodKindOf(col: Column | null): PeriodKind {
  if (!col) {
    return 'none';
  }
  switch (col.kind) {
    case 'time':
      return 'time';
    case 'number':
    case 'numeric-text':
      return 'number';
    default:
      return 'string';
  }
}

/** Reads a raw cell as a period key of the given kind; null when missing or unreadable. */
export function periodKey(v: unknown, kind: PeriodKind): PeriodKey | null {
  if (kind === 'time') {
    if (typeof v === 'number') {
      return Number.isFinite(v) ? v : null;
    }
    if (v instanceof Date) {
      const t = v.getTime();
      return Number.isFinite(t) ? t : null;
    }
    if (typeof v === 'string') {
      const n = toNumber(v);
      if (n !== null) {
        return n;
      }
      const t = Date.parse(v);
      return Number.isFinite(t) ? t : null;
    }
    return null;
  }
  if (kind === 'number') {
    return toNumber(v);
  }
  if (typeof v === 'string') {
    return v === '' ? null : v;
  }
  return toText(v);
}

function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}

/** ISO date (YYYY-MM-DD, UTC); with " HH:mm" when the time is not midnight. */
export function formatTime(ms: number): string {
  const d = new Date(ms);
  const date = `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
  if (d.getUTCHours() === 0 && d.getUTCMinutes() === 0 && d.getUTCSeconds() === 0 && d.getUTCMilliseconds() === 0) {
    return date;
  }
  return `${date} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}`;
}

export function periodLabel(key: PeriodKey, kind: PeriodKind): string {
  if (kind === 'time' && typeof key === 'number') {
    return formatTime(key);
  }
  return String(key);
}

export function comparePeriodKeys(a: PeriodKey, b: PeriodKey): number {
  if (typeof a === 'number' && typeof b === 'number') {
    return a - b;
  }
  return naturalCompare(String(a), String(b));
}

/**
 * Start of a period as epoch ms, for the time-range mode on non-time periods:
 * years (2024), quarters (2024-Q1, Q1 2024), halves (2024-H1), months (2024-03), ISO dates.
 */
export function periodStartMs(key: PeriodKey, kind: PeriodKind): number | null {
  if (kind === 'time') {
    return typeof key === 'number' ? key : null;
  }
  if (typeof key === 'number') {
    if (Number.isInteger(key) && key >= 1000 && key <= 9999) {
      return Date.UTC(key, 0, 1);
    }
    return null;
  }
  const s = key.trim();
  let m = /^(\d{4})$/.exec(s);
  if (m) {
    return Date.UTC(Number(m[1]), 0, 1);
  }
  m = /^(\d{4})[\s\-_/]?Q([1-4])$/i.exec(s);
  if (m) {
    return Date.UTC(Number(m[1]), (Number(m[2]) - 1) * 3, 1);
  }
  m = /^Q([1-4])[\s\-_/]?(\d{4})$/i.exec(s);
  if (m) {
    return Date.UTC(Number(m[2]), (Number(m[1]) - 1) * 3, 1);
  }
  m = /^(\d{4})[\s\-_/]?H([12])$/i.exec(s);
  if (m) {
    return Date.UTC(Number(m[1]), (Number(m[2]) - 1) * 6, 1);
  }
  m = /^(\d{4})-(\d{1,2})$/.exec(s);
  if (m && Number(m[2]) >= 1 && Number(m[2]) <= 12) {
    return Date.UTC(Number(m[1]), Number(m[2]) - 1, 1);
  }
  if (/^\d{4}-\d{2}-\d{2}/.test(s)) {
    const t = Date.parse(s.length === 10 ? `${s}T00:00:00Z` : s);
    return Number.isFinite(t) ? t : null;
  }
  return null;
}

export type PeriodChoice =
  | { kind: 'ok'; baseline: number | null; current: number }
  | { kind: 'error'; message: string };

/** Text that is still an unresolved dashboard variable (`$name`, `${name}`, `[[name]]`). */
function isUnresolvedVariable(s: string): boolean {
  return /^\$\{?[A-Za-z_][\w.:]*\}?$/.test(s) || /^\[\[[\w.:]+\]\]$/.test(s);
}

function resolveText(raw: string | undefined, context: ModelContext | undefined): string {
  const s = (raw ?? '').trim();
  if (s === '') {
    return '';
  }
  const resolved = (context?.replaceVariables ? context.replaceVariables(s) : s).trim();
  return isUnresolvedVariable(resolved) ? '' : resolved;
}

/** Index in the sorted keys of a period written as text; -1 when absent. */
export function findPeriod(text: string, keys: PeriodKey[], labels: string[], kind: PeriodKind): number {
  let i = labels.indexOf(text);
  if (i >= 0) {
    return i;
  }
  const lower = text.toLowerCase();
  i = labels.findIndex((l) => l.toLowerCase() === lower);
  if (i >= 0) {
    return i;
  }
  if (kind === 'time') {
    const n = toNumber(text);
    const t = n !== null ? n : Date.parse(/^\d{4}-\d{2}-\d{2}$/.test(text) ? `${text}T00:00:00Z` : text);
    if (Number.isFinite(t)) {
      return keys.indexOf(t);
    }
    return -1;
  }
  if (kind === 'number') {
    const n = toNumber(text);
    return n === null ? -1 : keys.indexOf(n);
  }
  return -1;
}

function listPeriods(labels: string[]): string {
  const max = 12;
  const shown = labels.slice(0, max).join(', ');
  return labels.length > max ? `${shown}, … (${labels.length} periods)` : shown;
}

/**
 * Picks the baseline and current period (indices into the sorted keys).
 * - first-last: earliest and latest;
 * - explicit: the given texts (variables resolved; empty or unresolved = earliest / latest);
 * - time-range: latest period starting at or before the range start (the earliest when none does)
 *   and latest period starting at or before the range end; without a time range, first-last.
 * The baseline is null when there is a single period.
 */
export function choosePeriods(
  keys: PeriodKey[],
  labels: string[],
  kind: PeriodKind,
  options: PeriodOptions,
  context: ModelContext | undefined
): PeriodChoice {
  const n = keys.length;
  if (n === 0) {
    return { kind: 'error', message: 'No period values: every row has an empty period.' };
  }
  if (n === 1) {
    return { kind: 'ok', baseline: null, current: 0 };
  }
  if (options.mode === 'explicit') {
    const b = resolveText(options.baseline, context);
    const c = resolveText(options.current, context);
    const bi = b === '' ? 0 : findPeriod(b, keys, labels, kind);
    const ci = c === '' ? n - 1 : findPeriod(c, keys, labels, kind);
    if (bi < 0) {
      return {
        kind: 'error',
        message: `Baseline period "${b}" is not in the data. Periods: ${listPeriods(labels)}. Change the baseline period in the options or the dashboard variable.`,
      };
    }
    if (ci < 0) {
      return {
        kind: 'error',
        message: `Current period "${c}" is not in the data. Periods: ${listPeriods(labels)}. Change the current period in the options or the dashboard variable.`,
      };
    }
    return { kind: 'ok', baseline: bi, current: ci };
  }
  if (options.mode === 'time-range' && context?.timeRange) {
    const { from, to } = context.timeRange;
    const starts: Array<number | null> = keys.map((k) => periodStartMs(k, kind));
    if (starts.some((s) => s === null)) {
      return {
        kind: 'error',
        message: `The time-range period mode needs time periods (or texts like 2024, 2024-Q1, 2024-03). Periods: ${listPeriods(labels)}. Use first-last or explicit periods instead.`,
      };
    }
    let bi = -1;
    let ci = -1;
    for (let i = 0; i < n; i++) {
      const s = starts[i] as number;
      if (s <= from && (bi < 0 || s >= (starts[bi] as number))) {
        bi = i;
      }
      if (s <= to && (ci < 0 || s >= (starts[ci] as number))) {
        ci = i;
      }
    }
    if (ci < 0) {
      return {
        kind: 'error',
        message: `No period starts before the end of the time range (${formatTime(to)}). Periods: ${listPeriods(labels)}. Widen the dashboard time range.`,
      };
    }
    if (bi < 0) {
      bi = 0;
    }
    return { kind: 'ok', baseline: bi, current: ci };
  }
  return { kind: 'ok', baseline: 0, current: n - 1 };
}
