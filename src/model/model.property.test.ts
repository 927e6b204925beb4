import fc from 'fast-check';
import { FieldType, type DataFrame } from '@grafana/data';
import { frameFrom, type ColumnSpec } from '../test-utils/frames';
import { buildMatrixModel } from './build';
import { DEFAULT_MODEL_OPTIONS } from './defaults';
import { toRenderSummary } from './summary';
import type { MatrixModel, PeriodPoint, QuadrantId } from './types';

// Properties of the model on arbitrary input (DESIGN §3, §7), each checked against a naive recomputation.
const RUNS = Number(process.env.PROPERTY_RUNS ?? 150);

const finite = fc.double({ min: -1e6, max: 1e6, noNaN: true, noDefaultInfinity: true });
const positive = fc.double({ min: 0.001, max: 1e6, noNaN: true, noDefaultInfinity: true });
const messy = fc.oneof(
  { weight: 6, arbitrary: finite },
  { weight: 1, arbitrary: fc.constantFrom(NaN, Infinity, -Infinity, null, '', 'n/a') },
  { weight: 1, arbitrary: finite.map((v) => String(v)) }
);

interface Row {
  segment: string;
  period: string;
  needs: unknown;
  value: unknown;
  customers: unknown;
  satisfaction: unknown;
  budget: unknown;
}

const cleanRow = (segments: number, periods: number) =>
  fc.record({
    segment: fc.integer({ min: 0, max: segments - 1 }).map((i) => `S${i}`),
    period: fc.integer({ min: 1, max: periods }).map((i) => `P${i}`),
    needs: finite,
    value: finite,
    customers: positive,
    satisfaction: finite,
    budget: positive,
  });

const messyRow = (segments: number, periods: number) =>
  fc.record({
    segment: fc.integer({ min: 0, max: segments - 1 }).map((i) => `S${i}`),
    period: fc.integer({ min: 1, max: periods }).map((i) => `P${i}`),
    needs: messy,
    value: messy,
    customers: messy,
    satisfaction: messy,
    budget: messy,
  });

const rowsOf = (row: (s: number, p: number) => fc.Arbitrary<Row>) =>
  fc
    .tuple(fc.integer({ min: 1, max: 40 }), fc.integer({ min: 1, max: 6 }))
    .chain(([s, p]) => fc.array(row(s, p), { minLength: 1, maxLength: 120 }));

const COLUMNS = ['segment', 'period', 'needs', 'value', 'customers', 'satisfaction', 'budget'] as const;

function toFrame(rows: Row[]): DataFrame {
  const specs: ColumnSpec[] = COLUMNS.map((name) => ({
    name,
    type: name === 'segment' || name === 'period' ? 'string' : 'number',
    values: rows.map((r) => r[name]),
  }));
  return frameFrom(specs);
}

function build(rows: Row[]): MatrixModel {
  const result = buildMatrixModel([toFrame(rows)], DEFAULT_MODEL_OPTIONS);
  if (result.kind !== 'model') {
    throw new Error(`expected a model: ${result.message}`);
  }
  return result.model;
}

const points = (m: MatrixModel, side: 'baseline' | 'current') =>
  m.segments.map((s) => s[side]).filter((p): p is PeriodPoint => p !== null);
const close = (a: number, b: number) => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);

describe('model properties', () => {
  it('never throws on arbitrary frames of any field types, lengths and names', () => {
    const cell = fc.oneof(fc.double(), fc.string(), fc.boolean(), fc.constant(null), fc.integer());
    const field = fc.record({
      name: fc.oneof(
        fc.constantFrom('segment', 'period', 'needs', 'value', 'customers', '', 'name', 'x', 'y', 'budget'),
        fc.string()
      ),
      type: fc.constantFrom(FieldType.string, FieldType.number, FieldType.time, FieldType.boolean, FieldType.other),
      values: fc.array(cell, { maxLength: 30 }),
    });
    fc.assert(
      fc.property(fc.array(fc.array(field, { maxLength: 8 }), { maxLength: 3 }), (frames) => {
        const dataFrames = frames.map((fields) => ({
          fields: fields.map((f) => ({ ...f, config: {} })),
          length: Math.max(0, ...fields.map((f) => f.values.length)),
        }));
        const result = buildMatrixModel(dataFrames as unknown as DataFrame[], DEFAULT_MODEL_OPTIONS);
        expect(['model', 'error']).toContain(result.kind);
        if (result.kind === 'model') {
          expect(() => JSON.stringify(toRenderSummary(result.model))).not.toThrow();
        } else {
          expect(result.message.length).toBeGreaterThan(0);
        }
      }),
      { numRuns: RUNS }
    );
  });

  it('resource shares of each period sum to 1', () => {
    fc.assert(
      fc.property(rowsOf(cleanRow), (rows) => {
        const m = build(rows);
        for (const side of ['baseline', 'current'] as const) {
          const shares = points(m, side).map((p) => p.resourceShare);
          if (shares.length > 0) {
            expect(close(sum(shares.map((s) => s ?? 0)), 1)).toBe(true);
          }
        }
      }),
      { numRuns: RUNS }
    );
  });

  it('every quadrant agrees with the cuts and the ≥ rule; cuts are the medians of the current values', () => {
    fc.assert(
      fc.property(rowsOf(cleanRow), (rows) => {
        const m = build(rows);
        for (const p of [...points(m, 'baseline'), ...points(m, 'current')]) {
          const q: QuadrantId = `${p.x >= m.cuts.x ? 'H' : 'L'}${p.y >= m.cuts.y ? 'H' : 'L'}` as QuadrantId;
          expect(p.quadrant).toBe(q);
        }
        const median = (v: number[]) => {
          const s = [...v].sort((a, b) => a - b);
          const k = Math.floor(s.length / 2);
          return s.length % 2 ? s[k] : (s[k - 1] + s[k]) / 2;
        };
        const current = points(m, 'current');
        if (current.length > 0) {
          expect(close(m.cuts.x, median(current.map((p) => p.x)))).toBe(true);
          expect(close(m.cuts.y, median(current.map((p) => p.y)))).toBe(true);
        }
      }),
      { numRuns: RUNS }
    );
  });

  it('priority follows the rule (baseline quadrant in HH/LH; current for new segments)', () => {
    fc.assert(
      fc.property(rowsOf(cleanRow), (rows) => {
        const m = build(rows);
        for (const s of m.segments) {
          const q = (s.baseline ?? s.current)!.quadrant;
          expect(s.priority).toBe(['HH', 'LH'].includes(q));
        }
      }),
      { numRuns: RUNS }
    );
  });

  it('the indicators equal their formulas recomputed naively', () => {
    fc.assert(
      fc.property(rowsOf(cleanRow), (rows) => {
        const m = build(rows);
        const both = m.segments.filter((s) => s.baseline && s.current);
        const G = (group: typeof both) => {
          const mb = sum(group.map((s) => s.baseline!.growthMeasure!));
          return group.length === 0 || mb === 0 ? null : sum(group.map((s) => s.current!.growthMeasure!)) / mb - 1;
        };
        const gp = G(both.filter((s) => s.priority));
        const go = G(both.filter((s) => !s.priority));
        const gap = gp === null || go === null ? null : gp - go;
        const i = m.indicators;
        if (gap === null) {
          expect(i.growthGap).toBeNull();
        } else {
          expect(close(i.growthGap!, gap)).toBe(true);
        }
        const P = m.segments.filter((s) => s.priority);
        if (points(m, 'baseline').length === 0 || points(m, 'current').length === 0) {
          expect(i.resourceShift).toBeNull(); // a single period: nothing to compare
        } else if (P.length > 0) {
          const shift =
            sum(P.map((s) => s.current?.resourceShare ?? 0)) - sum(P.map((s) => s.baseline?.resourceShare ?? 0));
          expect(close(i.resourceShift!, shift)).toBe(true);
        }
        const bothP = both.filter((s) => s.priority);
        if (bothP.length > 0) {
          const w = sum(bothP.map((s) => s.baseline!.growthMeasure!));
          const sat =
            sum(bothP.map((s) => s.baseline!.growthMeasure! * (s.current!.satisfaction! - s.baseline!.satisfaction!))) /
            w;
          expect(close(i.prioritySatisfactionDelta!, sat)).toBe(true);
        }
      }),
      { numRuns: RUNS }
    );
  });

  it('the non-finite warning counts exactly the unusable cells it skipped; duplicates are counted, the last row wins', () => {
    fc.assert(
      fc.property(rowsOf(messyRow), (rows) => {
        const result = buildMatrixModel([toFrame(rows)], DEFAULT_MODEL_OPTIONS);
        const last = new Map<string, Row>();
        for (const r of rows) {
          last.set(`${r.segment}\u0000${r.period}`, r);
        }
        const num = (v: unknown) =>
          typeof v === 'number'
            ? Number.isFinite(v)
            : typeof v === 'string' && v.trim() !== '' && Number.isFinite(Number(v));
        // Rows are read for the segments that exist at the baseline or the current period (first → last).
        const periods = [...new Set(rows.map((r) => r.period))].sort();
        const [first, lastPeriod] = [periods[0], periods[periods.length - 1]];
        const shown = new Set(
          [...last.values()].filter((r) => r.period === first || r.period === lastPeriod).map((r) => r.segment)
        );
        let unusable = 0;
        for (const r of [...last.values()].filter((row) => shown.has(row.segment))) {
          const badXY = Number(!num(r.needs)) + Number(!num(r.value));
          unusable +=
            badXY > 0 ? badXY : Number(!num(r.customers)) + Number(!num(r.satisfaction)) + Number(!num(r.budget));
        }
        if (result.kind === 'error') {
          return; // e.g. no usable x/y at all: a message instead of a chart
        }
        const count = (kind: string) => result.model.warnings.find((w) => w.kind === kind)?.count ?? 0;
        expect(count('duplicate-row')).toBe(rows.length - last.size);
        // negative sizes are counted apart from non-finite values
        expect(count('non-finite')).toBe(unusable);
      }),
      { numRuns: RUNS }
    );
  });

  it('scales: up to 5,000 segments and 50 periods in long format never throw and keep the share invariant', () => {
    const big = fc.tuple(
      fc.integer({ min: 0, max: 5000 }),
      fc.integer({ min: 1, max: 50 }),
      // The Lehmer generator below needs a seed in 1 … 2³¹ − 2: 2³¹ − 1 (its modulus) makes every draw 0.
      fc.integer({ min: 1, max: 2 ** 31 - 2 })
    );
    fc.assert(
      fc.property(big, ([segments, periods, seed]) => {
        // a deterministic pseudo-random frame of segments × periods rows (at most 60,000) with holes
        const rows: Row[] = [];
        let r = seed || 1;
        const next = () => (r = (r * 48271) % 2147483647) / 2147483647;
        const keep = Math.min(1, 60000 / Math.max(1, segments * periods));
        for (let s = 0; s < segments; s++) {
          for (let p = 1; p <= periods; p++) {
            if (next() < keep) {
              rows.push({
                segment: `S${s}`,
                period: `P${String(p).padStart(2, '0')}`,
                needs: next() * 10,
                value: next() * 10,
                customers: next() * 1000,
                satisfaction: next() * 100,
                budget: next() * 50,
              });
            }
          }
        }
        const result = buildMatrixModel([toFrame(rows)], { ...DEFAULT_MODEL_OPTIONS, segmentLimit: 5000 });
        if (rows.length === 0) {
          expect(result.kind).toBe('error');
          return;
        }
        expect(result.kind).toBe('model');
        if (result.kind === 'model') {
          const current = points(result.model, 'current').map((p) => p.resourceShare ?? 0);
          expect(close(sum(current), 1)).toBe(true);
        }
      }),
      { numRuns: Math.max(5, Math.round(RUNS / 15)) }
    );
  }, 60_000); // correctness at scale, not speed: a loaded machine may need more than Jest's default 5 s

  it('wide format: arbitrary baseline_/current_ frames never throw, and shares of each side sum to 1', () => {
    const side = fc.oneof({ weight: 5, arbitrary: finite }, { weight: 1, arbitrary: fc.constantFrom(null, NaN, 'x') });
    const wideRow = fc.record({
      segment: fc.integer({ min: 0, max: 300 }).map((i) => `S${i}`),
      bn: side,
      bv: side,
      bc: positive,
      bb: positive,
      cn: side,
      cv: side,
      cc: positive,
      cb: positive,
    });
    fc.assert(
      fc.property(fc.array(wideRow, { minLength: 1, maxLength: 200 }), (rows) => {
        const col = (name: string, key: keyof (typeof rows)[number]) => ({
          name,
          type: 'number' as const,
          values: rows.map((r) => r[key]),
        });
        const frame = frameFrom([
          { name: 'segment', type: 'string', values: rows.map((r) => r.segment) },
          col('baseline_needs', 'bn'),
          col('baseline_value', 'bv'),
          col('baseline_customers', 'bc'),
          col('baseline_budget', 'bb'),
          col('current_needs', 'cn'),
          col('current_value', 'cv'),
          col('current_customers', 'cc'),
          col('current_budget', 'cb'),
        ]);
        const result = buildMatrixModel([frame], { ...DEFAULT_MODEL_OPTIONS, format: 'wide' });
        expect(['model', 'error']).toContain(result.kind);
        if (result.kind === 'model') {
          expect(result.model.format).toBe('wide');
          for (const sideName of ['baseline', 'current'] as const) {
            const shares = points(result.model, sideName).map((p) => p.resourceShare ?? 0);
            if (shares.length > 0) {
              expect(close(sum(shares), 1)).toBe(true);
            }
          }
        }
      }),
      { numRuns: RUNS }
    );
  });
});
