import { naturalCompare } from './natural';
import type { PeriodPoint } from './types';

export interface Orderable {
  segment: string;
  priority: boolean;
  baseline: PeriodPoint | null;
  current: PeriodPoint | null;
}

function sizeKey(p: PeriodPoint | null): number {
  return p && p.size !== null ? p.size : -Infinity;
}

/**
 * Legend order: priority segments first; then current size descending (segments without a
 * current size — retired ones — after, by baseline size descending); then name in natural order.
 */
export function compareLegend(a: Orderable, b: Orderable): number {
  if (a.priority !== b.priority) {
    return a.priority ? -1 : 1;
  }
  const ca = sizeKey(a.current);
  const cb = sizeKey(b.current);
  if (ca !== cb) {
    return cb > ca ? 1 : -1;
  }
  const ba = sizeKey(a.baseline);
  const bb = sizeKey(b.baseline);
  if (ba !== bb) {
    return bb > ba ? 1 : -1;
  }
  return naturalCompare(a.segment, b.segment);
}

/** Segment-limit order: largest first by current size, else baseline size; then name. */
export function compareBySize(a: Orderable, b: Orderable): number {
  const ka = a.current && a.current.size !== null ? a.current.size : sizeKey(a.baseline);
  const kb = b.current && b.current.size !== null ? b.current.size : sizeKey(b.baseline);
  if (ka !== kb) {
    return kb > ka ? 1 : -1;
  }
  return naturalCompare(a.segment, b.segment);
}
