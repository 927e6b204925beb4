import type { AxisScale } from './types';

/**
 * [min, max] of the values (non-finite ignored; log: non-positive ignored). A zero range is padded:
 * linear ±10% of |v| (±1 around 0), log ×/÷ 2. Ordinal: [−0.5, n − 0.5].
 */
export function axisDomain(values: readonly number[], scale: AxisScale, categories?: number): [number, number] {
  if (scale === 'ordinal') {
    const n = Math.max(1, categories ?? 0);
    return [-0.5, n - 0.5];
  }
  let min = Infinity;
  let max = -Infinity;
  for (const v of values) {
    if (!Number.isFinite(v) || (scale === 'log' && v <= 0)) {
      continue;
    }
    if (v < min) {
      min = v;
    }
    if (v > max) {
      max = v;
    }
  }
  if (min === Infinity) {
    return scale === 'log' ? [0.1, 10] : [0, 1];
  }
  if (min === max) {
    if (scale === 'log') {
      return [min / 2, max * 2];
    }
    const pad = min === 0 ? 1 : Math.abs(min) * 0.1;
    return [min - pad, max + pad];
  }
  return [min, max];
}

/** Running min / max (log: positive values only). */
export class Extent {
  private min = Infinity;
  private max = -Infinity;

  constructor(private readonly positiveOnly: boolean) {}

  add(v: number): void {
    if (!Number.isFinite(v) || (this.positiveOnly && v <= 0)) {
      return;
    }
    if (v < this.min) {
      this.min = v;
    }
    if (v > this.max) {
      this.max = v;
    }
  }

  /** The extent as a value list for axisDomain (empty when nothing was added). */
  values(): number[] {
    return this.min === Infinity ? [] : [this.min, this.max];
  }
}
