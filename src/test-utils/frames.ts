/**
 * DataFrame fixtures for tests (model, spec, components). Neutral data, fixed values, no clock.
 */
import { createDataFrame, FieldType, type DataFrame, type FieldConfig } from '@grafana/data';

export type ColumnType = 'number' | 'string' | 'time' | 'boolean' | 'other';

export interface ColumnSpec {
  name: string;
  /** Inferred from the first non-null value when omitted (Date → time, number, boolean, else string). */
  type?: ColumnType;
  values: unknown[];
  config?: FieldConfig;
}

export interface FrameMeta {
  refId?: string;
  name?: string;
}

const TYPES: Record<ColumnType, FieldType> = {
  number: FieldType.number,
  string: FieldType.string,
  time: FieldType.time,
  boolean: FieldType.boolean,
  other: FieldType.other,
};

function inferType(values: unknown[]): ColumnType {
  const v = values.find((x) => x !== null && x !== undefined);
  if (v instanceof Date) {
    return 'time';
  }
  if (typeof v === 'number') {
    return 'number';
  }
  if (typeof v === 'boolean') {
    return 'boolean';
  }
  return 'string';
}

/** A frame from columns `{ name, type?, values }`; Date values of time columns become epoch ms. */
export function frameFrom(columns: ColumnSpec[], meta: FrameMeta = {}): DataFrame {
  return createDataFrame({
    refId: meta.refId ?? 'A',
    name: meta.name,
    fields: columns.map((c) => {
      const type = c.type ?? inferType(c.values);
      const values = type === 'time' ? c.values.map((v) => (v instanceof Date ? v.getTime() : v)) : c.values.slice();
      return { name: c.name, type: TYPES[type], values, config: c.config ?? {} };
    }),
  });
}

/** A frame from a header and rows; column types inferred unless given by name. */
export function frameFromRows(
  header: string[],
  rows: unknown[][],
  meta: FrameMeta & { types?: Record<string, ColumnType> } = {}
): DataFrame {
  return frameFrom(
    header.map((name, i) => ({ name, type: meta.types?.[name], values: rows.map((r) => r[i]) })),
    meta
  );
}

/** Columns of the conventional long-format frame (DESIGN §2 names, so every role is guessed). */
export const CONVENTIONAL_HEADER = ['segment', 'period', 'needs', 'value', 'customers', 'satisfaction', 'budget'];

/**
 * Conventional long-format rows: three quarters (rows deliberately not in period order),
 * Agencies retired after 2024-Q1, Healthcare new in 2025-Q1.
 */
export const CONVENTIONAL_ROWS: Array<[string, string, number, number, number, number, number]> = [
  ['Enterprise', '2025-Q1', 6.4, 7.9, 150, 74, 360],
  ['Mid-market', '2025-Q1', 4.5, 5.0, 330, 66, 240],
  ['SMB', '2025-Q1', 2.0, 3.4, 850, 63, 180],
  ['Public sector', '2025-Q1', 5.0, 4.6, 85, 61, 120],
  ['Startups', '2025-Q1', 3.6, 6.5, 210, 72, 100],
  ['Healthcare', '2025-Q1', 6.8, 6.2, 40, 69, 60],
  ['Enterprise', '2024-Q1', 6.1, 7.3, 120, 71, 310],
  ['Mid-market', '2024-Q1', 4.0, 5.5, 300, 65, 250],
  ['SMB', '2024-Q1', 2.2, 3.1, 900, 60, 200],
  ['Public sector', '2024-Q1', 5.5, 4.2, 80, 58, 140],
  ['Startups', '2024-Q1', 3.0, 6.0, 150, 70, 100],
  ['Agencies', '2024-Q1', 1.5, 2.0, 60, 55, 100],
  ['Enterprise', '2024-Q3', 6.2, 7.6, 135, 72, 330],
  ['Mid-market', '2024-Q3', 4.2, 5.2, 310, 66, 245],
  ['SMB', '2024-Q3', 2.1, 3.2, 880, 61, 190],
  ['Public sector', '2024-Q3', 5.2, 4.4, 82, 60, 130],
  ['Startups', '2024-Q3', 3.3, 6.2, 180, 71, 100],
];

export function conventionalFrame(meta: FrameMeta = {}): DataFrame {
  return frameFromRows(CONVENTIONAL_HEADER, CONVENTIONAL_ROWS, meta);
}

/** Wide-format frame: one row per segment, prefixed baseline/current columns. */
export function wideFrame(
  prefixes: { baseline: string; current: string } = { baseline: 'baseline_', current: 'current_' },
  meta: FrameMeta = {}
): DataFrame {
  const b = prefixes.baseline;
  const c = prefixes.current;
  return frameFromRows(
    [
      'segment',
      `${b}needs`,
      `${c}needs`,
      `${b}value`,
      `${c}value`,
      `${b}customers`,
      `${c}customers`,
      `${b}satisfaction`,
      `${c}satisfaction`,
    ],
    [
      ['Enterprise', 6.1, 6.4, 7.3, 7.9, 120, 150, 71, 74],
      ['SMB', 2.2, 2.0, 3.1, 3.4, 900, 850, 60, 63],
      ['Startups', 3.0, 3.6, 6.0, 6.5, 150, 210, 70, 72],
      ['Healthcare', null, 6.8, null, 6.2, null, 40, null, 69],
    ],
    {
      ...meta,
      types: {
        [`${b}needs`]: 'number',
        [`${b}value`]: 'number',
        [`${b}customers`]: 'number',
        [`${b}satisfaction`]: 'number',
      },
    }
  );
}

export const PROFILE_HEADER = [
  'segment',
  'definition',
  'goals',
  'jobs_to_be_done',
  'pain_points',
  'key_contacts',
  'placement_rationale',
];

/** Profiles frame (second query) for the conventional segments. */
export function profilesFrame(meta: FrameMeta = { refId: 'B' }): DataFrame {
  return frameFromRows(
    PROFILE_HEADER,
    [
      [
        'Enterprise',
        'Companies with 1000+ employees',
        'Consolidate vendors',
        'Run global operations',
        'Long procurement',
        'CIO office',
        'High value, specialized needs',
      ],
      [
        'SMB',
        'Companies under 50 employees',
        'Grow revenue',
        'Invoice quickly',
        'Limited time',
        'Owner',
        'Universal needs, low value',
      ],
    ],
    { refId: meta.refId ?? 'B', name: meta.name }
  );
}

/**
 * Synthetic long-format frame for benchmarks: `segments × periods` rows, numeric periods,
 * deterministic pseudo-random values (no Math.random).
 */
export function syntheticLongFrame(segments: number, periods: number, meta: FrameMeta = {}): DataFrame {
  const n = segments * periods;
  const seg = new Array<string>(n);
  const per = new Array<number>(n);
  const needs = new Array<number>(n);
  const value = new Array<number>(n);
  const customers = new Array<number>(n);
  const satisfaction = new Array<number>(n);
  const budget = new Array<number>(n);
  const names = Array.from({ length: segments }, (_, i) => `Segment ${i + 1}`);
  let state = 42;
  const next = () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
  let i = 0;
  for (let p = 0; p < periods; p++) {
    for (let s = 0; s < segments; s++) {
      seg[i] = names[s];
      per[i] = 2000 + p;
      needs[i] = 1 + 9 * next();
      value[i] = 1 + 9 * next();
      customers[i] = Math.round(10 + 990 * next());
      satisfaction[i] = Math.round(40 + 50 * next());
      budget[i] = Math.round(10 + 490 * next());
      i++;
    }
  }
  return frameFrom(
    [
      { name: 'segment', type: 'string', values: seg },
      { name: 'period', type: 'number', values: per },
      { name: 'needs', type: 'number', values: needs },
      { name: 'value', type: 'number', values: value },
      { name: 'customers', type: 'number', values: customers },
      { name: 'satisfaction', type: 'number', values: satisfaction },
      { name: 'budget', type: 'number', values: budget },
    ],
    meta
  );
}
