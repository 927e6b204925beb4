/**
 * The benchmark scene: N customer segments with a baseline and a current position on the needs (x, 0–10)
 * × value (y, 0–10) matrix, a size (customers) in each period, a name, and quadrant cuts at the medians
 * of the current positions. Deterministic (a seeded PRNG, no Math.random, no clock): the same N gives
 * the same scene in Node and in every browser page.
 *
 * The same scene is handed to each renderer in the form it takes: a long-format plain frame for the
 * Segment Matrix panel (what a SQL data source returns), plain arrays for ECharts and the Canvas 2D loop.
 */

export interface Scene {
  n: number;
  names: string[];
  /** Baseline and current positions, data units (0–10). */
  bx: Float64Array;
  by: Float64Array;
  cx: Float64Array;
  cy: Float64Array;
  /** Customers at the baseline and now. */
  bsize: Float64Array;
  csize: Float64Array;
  /** Largest size over both periods (bubble area scale). */
  sizeMax: number;
  /** Quadrant cuts: medians of the current x and y (the panel's default). */
  cutX: number;
  cutY: number;
  /** Current quadrant of each segment: 0 HH, 1 HL, 2 LH, 3 LL (x letter then y letter, H when ≥ the cut). */
  quadrant: Uint8Array;
}

export const QUADRANTS = ['HH', 'HL', 'LH', 'LL'] as const;
/** Quadrant colours shared by the peers (Grafana's classic palette). */
export const QUADRANT_COLORS = ['#73BF69', '#5794F2', '#FF9830', '#B877D9'];

export const BASELINE_PERIOD = '2024-Q4';
export const CURRENT_PERIOD = '2025-Q4';

const WORDS = [
  'Enterprise',
  'Mid-market',
  'SMB',
  'Public sector',
  'Startups',
  'Healthcare',
  'Agencies',
  'Retail',
  'Education',
  'Fintech',
  'Manufacturing',
  'Nonprofit',
];

/** mulberry32: a small deterministic PRNG returning [0, 1). */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function median(values: Float64Array): number {
  const sorted = Float64Array.from(values).sort();
  const m = sorted.length >> 1;
  return sorted.length % 2 ? sorted[m] : (sorted[m - 1] + sorted[m]) / 2;
}

const clamp = (v: number, lo: number, hi: number) => (v < lo ? lo : v > hi ? hi : v);

/** Segment names: the six QBR names alone for small scenes, then "<word> <k>". */
export function segmentName(i: number, n: number): string {
  if (n <= 6) {
    return WORDS[i];
  }
  return `${WORDS[i % WORDS.length]} ${Math.floor(i / WORDS.length) + 1}`;
}

export function makeScene(n: number, seed = 20251): Scene {
  const rnd = prng(seed + n);
  const names = new Array<string>(n);
  const bx = new Float64Array(n);
  const by = new Float64Array(n);
  const cx = new Float64Array(n);
  const cy = new Float64Array(n);
  const bsize = new Float64Array(n);
  const csize = new Float64Array(n);
  let sizeMax = 0;
  for (let i = 0; i < n; i++) {
    names[i] = segmentName(i, n);
    cx[i] = 0.3 + 9.4 * rnd();
    cy[i] = 0.3 + 9.4 * rnd();
    // Movement since the baseline: up to ±1.5 on each axis.
    bx[i] = clamp(cx[i] - 3 * (rnd() - 0.5), 0, 10);
    by[i] = clamp(cy[i] - 3 * (rnd() - 0.5), 0, 10);
    // Skewed sizes (10 to ~2,000 customers), growth −30 % to +50 %.
    const base = Math.round(10 * Math.exp(5.3 * rnd()));
    bsize[i] = base;
    csize[i] = Math.max(1, Math.round(base * (0.7 + 0.8 * rnd())));
    sizeMax = Math.max(sizeMax, bsize[i], csize[i]);
  }
  const cutX = median(cx);
  const cutY = median(cy);
  const quadrant = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    quadrant[i] = (cx[i] >= cutX ? 0 : 2) + (cy[i] >= cutY ? 0 : 1);
  }
  return { n, names, bx, by, cx, cy, bsize, csize, sizeMax, cutX, cutY, quadrant };
}

/** Largest bubble radius (px) for a scene of n segments: 28 px for small scenes, shrinking with density. */
export function maxRadius(n: number): number {
  return clamp(280 / Math.sqrt(n), 4, 28);
}

/** Bubble radius (px): area proportional to size. */
export function radius(size: number, sizeMax: number, rMax: number): number {
  return Math.max(1.5, rMax * Math.sqrt(size / sizeMax));
}

export interface PlainField {
  name: string;
  type: 'string' | 'number' | 'time';
  values: Array<string | number>;
  config: Record<string, never>;
}

export interface PlainFrame {
  refId: string;
  fields: PlainField[];
  length?: number;
}

/**
 * The scene as the panel's query result: a long-format plain frame, one row per segment and period
 * (baseline rows first), columns segment, period, needs, value, customers.
 */
export function longFrame(scene: Scene): PlainFrame {
  const { n } = scene;
  const segment = new Array<string>(2 * n);
  const period = new Array<string>(2 * n);
  const needs = new Array<number>(2 * n);
  const value = new Array<number>(2 * n);
  const customers = new Array<number>(2 * n);
  for (let i = 0; i < n; i++) {
    segment[i] = scene.names[i];
    period[i] = BASELINE_PERIOD;
    needs[i] = scene.bx[i];
    value[i] = scene.by[i];
    customers[i] = scene.bsize[i];
    const j = n + i;
    segment[j] = scene.names[i];
    period[j] = CURRENT_PERIOD;
    needs[j] = scene.cx[i];
    value[j] = scene.cy[i];
    customers[j] = scene.csize[i];
  }
  return {
    refId: 'A',
    fields: [
      { name: 'segment', type: 'string', values: segment, config: {} },
      { name: 'period', type: 'string', values: period, config: {} },
      { name: 'needs', type: 'number', values: needs, config: {} },
      { name: 'value', type: 'number', values: value, config: {} },
      { name: 'customers', type: 'number', values: customers, config: {} },
    ],
  };
}

/**
 * A long history for the model throughput figure: `segments × periods` rows (period-major, numeric
 * periods 1..periods), each segment drifting from a start position with small deterministic steps.
 * Returns a frame shaped as Grafana's DataFrame (fields with values arrays, and length).
 */
export function historyFrame(segments: number, periods: number, seed = 7): PlainFrame & { length: number } {
  const rnd = prng(seed);
  const rows = segments * periods;
  const segment = new Array<string>(rows);
  const period = new Array<number>(rows);
  const needs = new Array<number>(rows);
  const value = new Array<number>(rows);
  const customers = new Array<number>(rows);
  const names = Array.from({ length: segments }, (_, i) => segmentName(i, segments));
  const x = Float64Array.from({ length: segments }, () => 0.5 + 9 * rnd());
  const y = Float64Array.from({ length: segments }, () => 0.5 + 9 * rnd());
  const size = Float64Array.from({ length: segments }, () => Math.round(10 * Math.exp(5.3 * rnd())));
  let r = 0;
  for (let p = 0; p < periods; p++) {
    for (let s = 0; s < segments; s++) {
      x[s] = clamp(x[s] + 0.2 * (rnd() - 0.5), 0, 10);
      y[s] = clamp(y[s] + 0.2 * (rnd() - 0.5), 0, 10);
      size[s] = Math.max(1, Math.round(size[s] * (0.97 + 0.07 * rnd())));
      segment[r] = names[s];
      period[r] = p + 1;
      needs[r] = x[s];
      value[r] = y[s];
      customers[r] = size[s];
      r++;
    }
  }
  return {
    refId: 'A',
    length: rows,
    fields: [
      { name: 'segment', type: 'string', values: segment, config: {} },
      { name: 'period', type: 'number', values: period, config: {} },
      { name: 'needs', type: 'number', values: needs, config: {} },
      { name: 'value', type: 'number', values: value, config: {} },
      { name: 'customers', type: 'number', values: customers, config: {} },
    ],
  };
}
