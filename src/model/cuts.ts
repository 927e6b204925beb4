import { toNumber } from './values';
import type { CutOptions, ModelContext } from './types';

/** Median of finite values (mean of the two middle values for an even count); null when empty. */
export function median(values: readonly number[]): number | null {
  const v = values.filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
  const n = v.length;
  if (n === 0) {
    return null;
  }
  const mid = n >> 1;
  return n % 2 === 1 ? v[mid] : (v[mid - 1] + v[mid]) / 2;
}

export function mean(values: readonly number[]): number | null {
  let total = 0;
  let n = 0;
  for (const x of values) {
    if (Number.isFinite(x)) {
      total += x;
      n++;
    }
  }
  return n === 0 ? null : total / n;
}

export type CutResult = { value: number; problem: string | null };

/**
 * Cut point of one axis. `values` are the current-period values of the segments shown.
 * fixed: the number; variable: the resolved text as a number, or (ordinal axis) a category name
 * giving its position; median (default) and mean of the values. An unusable fixed value or variable
 * falls back to the median and reports a problem. Returns null when there are no values to use.
 */
export function computeCut(
  values: readonly number[],
  cut: CutOptions,
  context: ModelContext | undefined,
  categories: readonly string[] | null,
  axisName: string
): CutResult | null {
  const fallback = median(values);
  if (cut.mode === 'fixed') {
    if (cut.value !== undefined && cut.value !== null && Number.isFinite(Number(cut.value))) {
      return { value: Number(cut.value), problem: null };
    }
    return fallback === null ? null : { value: fallback, problem: `${axisName}: no fixed value set` };
  }
  if (cut.mode === 'variable') {
    const raw = (cut.variable ?? '').trim();
    const text = (raw && context?.replaceVariables ? context.replaceVariables(raw) : raw).trim();
    if (categories) {
      const i = categories.findIndex((c) => c.toLowerCase() === text.toLowerCase());
      if (i >= 0) {
        return { value: i, problem: null };
      }
    }
    const n = toNumber(text);
    if (n !== null) {
      return { value: n, problem: null };
    }
    return fallback === null
      ? null
      : { value: fallback, problem: `${axisName}: "${text || raw || '(empty)'}" is not a number` };
  }
  if (cut.mode === 'mean') {
    const m = mean(values);
    return m === null ? null : { value: m, problem: null };
  }
  return fallback === null ? null : { value: fallback, problem: null };
}
