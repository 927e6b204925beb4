import type { Normalization } from './types';

export interface NormalizationParams {
  /** min-max: min; z-score: mean. */
  center: number;
  /** min-max: max − min; z-score: standard deviation (population). 0 = degenerate. */
  scale: number;
}

/** Parameters over the pooled values (non-finite values ignored). */
export function normalizationParams(values: ArrayLike<number>, method: Normalization): NormalizationParams {
  let count = 0;
  let min = Infinity;
  let max = -Infinity;
  let sum = 0;
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (!Number.isFinite(v)) {
      continue;
    }
    count++;
    sum += v;
    if (v < min) {
      min = v;
    }
    if (v > max) {
      max = v;
    }
  }
  if (count === 0) {
    return { center: 0, scale: 0 };
  }
  if (method === 'min-max') {
    return { center: min, scale: max - min };
  }
  const mean = sum / count;
  let ss = 0;
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (Number.isFinite(v)) {
      ss += (v - mean) * (v - mean);
    }
  }
  return { center: mean, scale: Math.sqrt(ss / count) };
}

/**
 * min-max: (v − min) / (max − min), 0.5 when all values are equal;
 * z-score: (v − mean) / sd, 0 when all values are equal.
 */
export function normalize(v: number, p: NormalizationParams, method: Normalization): number {
  if (p.scale === 0) {
    return method === 'min-max' ? 0.5 : 0;
  }
  return (v - p.center) / p.scale;
}

/** y = Σ weight_i · normalize(value_i). */
export function compositeValue(
  values: ArrayLike<number>,
  weights: ArrayLike<number>,
  params: NormalizationParams[],
  method: Normalization
): number {
  let y = 0;
  for (let k = 0; k < values.length; k++) {
    y += weights[k] * normalize(values[k], params[k], method);
  }
  return y;
}
