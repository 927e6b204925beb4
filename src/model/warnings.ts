import type { ModelWarning, WarningKind } from './types';

interface Entry {
  count: number;
  example: string | null;
  detail: string;
}

/** Order in which warnings are listed. */
const ORDER: readonly WarningKind[] = [
  'missing-field',
  'missing-segment',
  'missing-period',
  'non-finite',
  'negative-size',
  'duplicate-row',
  'non-positive-log',
  'unknown-category',
  'unknown-lineage',
  'invalid-cut',
  'segment-limit',
];

function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

function messageFor(kind: WarningKind, e: Entry): string {
  const n = e.count;
  switch (kind) {
    case 'non-finite':
      return `${plural(n, 'value was', 'values were')} empty or not a number and ignored (rows without a valid x or y are skipped).`;
    case 'negative-size':
      return `${plural(n, 'negative size was', 'negative sizes were')} ignored.`;
    case 'duplicate-row':
      return `${plural(n, 'duplicate (segment, period) row', 'duplicate (segment, period) rows')}: the last one wins.`;
    case 'segment-limit':
      return `${plural(n, 'segment is', 'segments are')} hidden: only the ${e.detail} largest by size are shown.`;
    case 'missing-segment':
      return `${plural(n, 'row has', 'rows have')} no segment name and ${n === 1 ? 'was' : 'were'} skipped.`;
    case 'missing-period':
      return `${plural(n, 'row has', 'rows have')} no period and ${n === 1 ? 'was' : 'were'} skipped.`;
    case 'missing-field':
      return `${plural(n, 'field set in the options is', 'fields set in the options are')} not in the data: ${e.detail}.`;
    case 'unknown-category':
      return `${plural(n, 'x category is', 'x categories are')} not in the ordinal order and ${n === 1 ? 'was' : 'were'} placed after it: ${e.detail}.`;
    case 'non-positive-log':
      return `${plural(n, 'point has', 'points have')} x ≤ 0, which a log axis cannot show, and ${n === 1 ? 'was' : 'were'} skipped.`;
    case 'unknown-lineage':
      return `${plural(n, 'lineage name does', 'lineage names do')} not match a segment with a baseline row.`;
    case 'invalid-cut':
      return `${plural(n, 'cut point is', 'cut points are')} not usable (${e.detail}); the median is used instead.`;
    default:
      return `${n} issues.`;
  }
}

/** Counts skipped things per kind, keeping the first example; one ModelWarning per kind. */
export class WarningCollector {
  private entries = new Map<WarningKind, Entry>();

  add(kind: WarningKind, example: string | null = null, count = 1, detail?: string): void {
    const e = this.entries.get(kind);
    if (e) {
      e.count += count;
      if (e.example === null) {
        e.example = example;
      }
      if (detail !== undefined && !e.detail.split(', ').includes(detail)) {
        e.detail = e.detail ? `${e.detail}, ${detail}` : detail;
      }
      return;
    }
    this.entries.set(kind, { count, example, detail: detail ?? '' });
  }

  count(kind: WarningKind): number {
    return this.entries.get(kind)?.count ?? 0;
  }

  list(): ModelWarning[] {
    const out: ModelWarning[] = [];
    for (const kind of ORDER) {
      const e = this.entries.get(kind);
      if (e && e.count > 0) {
        out.push({ kind, message: messageFor(kind, e), count: e.count, example: e.example });
      }
    }
    return out;
  }
}
