import { frameFromRows } from '../test-utils/frames';
import { buildMatrixModel } from './build';
import { withModelDefaults } from './defaults';
import { parseLineage } from './lineage';
import type { MatrixModel, PartialModelOptions, SegmentModel } from './types';

const HEADER = ['segment', 'period', 'needs', 'value', 'customers', 'budget', 'satisfaction', 'previous_segment'];
const frame = frameFromRows(
  HEADER,
  [
    ['A', 'p1', 2, 2, 100, 100, 60, null],
    ['B', 'p1', 6, 6, 300, 300, 80, null],
    ['C', 'p1', 10, 10, 100, 100, 70, null],
    ['A1', 'p2', 3, 3, 80, 50, 62, 'A'],
    ['A2', 'p2', 1, 1, 40, 50, 58, 'A'],
    ['M', 'p2', 8, 8, 500, 400, 75, 'B, C'],
  ],
  { types: { previous_segment: 'string' } }
);

function model(frames = [frame], options: PartialModelOptions = {}): MatrixModel {
  const r = buildMatrixModel(frames, withModelDefaults(options));
  if (r.kind === 'error') {
    throw new Error(r.message);
  }
  return r.model;
}

function seg(m: MatrixModel, name: string): SegmentModel {
  return m.segments.find((s) => s.segment === name) as SegmentModel;
}

describe('parseLineage', () => {
  it.each<[string | null, string[]]>([
    ['A', ['A']],
    [' B , C ', ['B', 'C']],
    ['B;C,B', ['B', 'C']],
    ['', []],
    [null, []],
  ])('%p -> %p', (raw, expected) => {
    expect(parseLineage(raw)).toEqual(expected);
  });
});

describe('lineage', () => {
  it('a split draws each successor from the ancestor’s baseline and shares its measures by current size', () => {
    const m = model();
    const a1 = seg(m, 'A1');
    const a2 = seg(m, 'A2');
    expect(a1.lineage).toEqual({ kind: 'split', from: ['A'] });
    expect(a1.status).toBe('new');
    // Position and satisfaction of A; size, measure and share × 80 / (80 + 40).
    expect(a1.baseline).toMatchObject({ x: 2, y: 2, satisfaction: 60 });
    expect(a1.baseline?.size).toBeCloseTo(100 * (2 / 3), 12);
    expect(a1.baseline?.resourceShare).toBeCloseTo(0.2 * (2 / 3), 12);
    expect(a2.baseline?.size).toBeCloseTo(100 / 3, 12);
    // Both children grow like the group: (80 + 40) / 100 − 1.
    expect(a1.growth).toBeCloseTo(0.2, 12);
    expect(a2.growth).toBeCloseTo(0.2, 12);
    expect(a1.satisfactionDelta).toBe(2);
    expect(a1.resourceShareDelta).toBeCloseTo(0.1 - 0.2 * (2 / 3), 12);
  });

  it('a merge draws from the size-weighted mean of the ancestors', () => {
    const m = model();
    const merged = seg(m, 'M');
    expect(merged.lineage).toEqual({ kind: 'merge', from: ['B', 'C'] });
    // x = (6·300 + 10·100) / 400; satisfaction = (80·300 + 70·100) / 400
    expect(merged.baseline).toMatchObject({ x: 7, y: 7, size: 400, growthMeasure: 400, satisfaction: 77.5 });
    expect(merged.baseline?.resourceShare).toBeCloseTo(0.8, 12);
    expect(merged.growth).toBeCloseTo(0.25, 12);
    expect(merged.resourceShareDelta).toBeCloseTo(0, 12);
  });

  it('ancestors list their successors, stay in the table as retired, and are not counted twice', () => {
    const m = model();
    expect(seg(m, 'A')).toMatchObject({ status: 'retired', successors: ['A1', 'A2'] });
    expect(seg(m, 'B').successors).toEqual(['M']);
    expect(m.indicators.prioritySegments + m.indicators.otherSegments).toBe(3);
  });

  it('a segment with its own baseline row keeps it; the lineage is only reported', () => {
    const f = frameFromRows(HEADER, [
      ['A', 'p1', 2, 2, 100, 1, 1, null],
      ['B', 'p1', 6, 6, 100, 1, 1, null],
      ['B', 'p2', 6, 6, 200, 1, 1, 'A, B'],
    ]);
    const b = seg(model([f]), 'B');
    expect(b.lineage).toEqual({ kind: 'split', from: ['A'] });
    expect(b.baseline).toMatchObject({ x: 6, size: 100 });
    expect(b.status).toBe('both');
  });

  it('warns about lineage names without a baseline row', () => {
    const f = frameFromRows(HEADER, [
      ['A', 'p1', 2, 2, 100, 1, 1, null],
      ['N', 'p2', 6, 6, 100, 1, 1, 'Ghost'],
    ]);
    const m = model([f]);
    expect(seg(m, 'N')).toMatchObject({ baseline: null, lineage: { kind: 'split', from: ['Ghost'] } });
    expect(m.warnings.map((w) => [w.kind, w.count, w.example])).toEqual([['unknown-lineage', 1, 'N: Ghost']]);
  });

  it('is not applied in parents mode', () => {
    const m = model([frame], { hierarchy: 'parents' });
    expect(m.segments.every((s) => s.lineage === null)).toBe(true);
  });
});
