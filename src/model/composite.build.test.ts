import { frameFromRows } from '../test-utils/frames';
import { buildMatrixModel } from './build';
import { withModelDefaults } from './defaults';
import type { MatrixModel, PartialModelOptions } from './types';

// Two segments, two periods; the composite is 0.5·revenue + 0.5·potential.
const frame = frameFromRows(
  ['segment', 'period', 'needs', 'revenue', 'potential'],
  [
    ['A', 'p1', 1, 100, 1],
    ['A', 'p2', 2, 300, 3],
    ['B', 'p1', 3, 200, 5],
    ['B', 'p2', 4, 500, 3],
  ]
);

function model(options: PartialModelOptions): MatrixModel {
  const r = buildMatrixModel([frame], withModelDefaults(options));
  if (r.kind === 'error') {
    throw new Error(r.message);
  }
  return r.model;
}

const components = [
  { field: 'revenue', weight: 0.5 },
  { field: 'potential', weight: 0.5 },
];

function ys(m: MatrixModel): Record<string, [number | undefined, number | undefined]> {
  return Object.fromEntries(m.segments.map((s) => [s.segment, [s.baseline?.y, s.current?.y]]));
}

describe('composite value axis', () => {
  it('min-max over the pooled baseline and current values', () => {
    const m = model({ composite: { enabled: true, components, normalization: 'min-max' } });
    // revenue pooled 100..500 (range 400); potential pooled 1..5 (range 4)
    const expected = {
      A: [0.5 * 0 + 0.5 * 0, 0.5 * (200 / 400) + 0.5 * (2 / 4)],
      B: [0.5 * (100 / 400) + 0.5 * 1, 0.5 * 1 + 0.5 * (2 / 4)],
    };
    const got = ys(m);
    for (const k of ['A', 'B'] as const) {
      expect(got[k][0]).toBeCloseTo(expected[k][0], 12);
      expect(got[k][1]).toBeCloseTo(expected[k][1], 12);
    }
    expect(m.axes.y.field).toBeNull();
    expect(m.axes.y.composite).toEqual(components);
    expect(m.axes.y.title).toBe('Organizational value: low → high');
    expect(m.fieldsUsed.y).toBeNull();
  });

  it('z-score over the pooled values', () => {
    const m = model({ composite: { enabled: true, components, normalization: 'z-score' } });
    const zr = (v: number) =>
      (v - 275) / Math.sqrt(((100 - 275) ** 2 + (300 - 275) ** 2 + (200 - 275) ** 2 + (500 - 275) ** 2) / 4);
    const zp = (v: number) => (v - 3) / Math.sqrt((4 + 0 + 4 + 0) / 4);
    const got = ys(m);
    expect(got.A[0]).toBeCloseTo(0.5 * zr(100) + 0.5 * zp(1), 12);
    expect(got.A[1]).toBeCloseTo(0.5 * zr(300) + 0.5 * zp(3), 12);
    expect(got.B[0]).toBeCloseTo(0.5 * zr(200) + 0.5 * zp(5), 12);
    expect(got.B[1]).toBeCloseTo(0.5 * zr(500) + 0.5 * zp(3), 12);
  });

  it('a custom preset names the composite in the y title', () => {
    const m = model({ preset: 'custom', composite: { enabled: true, components, normalization: 'min-max' } });
    expect(m.axes.y.title).toBe('Composite (0.5×revenue + 0.5×potential): low → high');
  });

  it('is off when enabled without components (y falls back to the first unused numeric field; revenue is the size)', () => {
    const m = model({ composite: { enabled: true, components: [], normalization: 'min-max' } });
    expect(m.axes.y).toMatchObject({ field: 'potential', composite: null });
  });
});
