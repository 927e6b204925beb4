import { frameFromRows } from '../test-utils/frames';
import { buildMatrixModel } from './build';
import { withModelDefaults } from './defaults';
import type { MatrixModel, PartialModelOptions, SegmentModel } from './types';

const frame = frameFromRows(
  ['segment', 'parent', 'period', 'needs', 'value', 'customers', 'satisfaction', 'budget', 'tier'],
  [
    ['Ent-EU', 'Enterprise', 'p1', 6, 8, 100, 70, 10, 'primary'],
    ['Ent-US', 'Enterprise', 'p1', 8, 4, 300, 60, 30, 'secondary'],
    ['Ent-EU', 'Enterprise', 'p2', 7, 8, 200, 72, 20, 'primary'],
    ['Ent-US', 'Enterprise', 'p2', 8, 6, 200, 62, 30, 'secondary'],
    ['SMB-1', 'SMB', 'p1', 2, 2, 500, 50, 40, 'secondary'],
    ['SMB-1', 'SMB', 'p2', 2, 3, 400, 52, 30, 'secondary'],
    ['Solo', null, 'p2', 5, 5, 50, 65, 20, 'secondary'],
  ]
);

function model(options: PartialModelOptions = {}): MatrixModel {
  const r = buildMatrixModel([frame], withModelDefaults(options));
  if (r.kind === 'error') {
    throw new Error(r.message);
  }
  return r.model;
}

function seg(m: MatrixModel, name: string): SegmentModel {
  return m.segments.find((s) => s.segment === name) as SegmentModel;
}

describe('hierarchy', () => {
  it('segments mode keeps the children with their parent', () => {
    const m = model();
    expect(m.segments.map((s) => [s.segment, s.parent])).toEqual(
      expect.arrayContaining([
        ['Ent-EU', 'Enterprise'],
        ['Solo', null],
      ])
    );
    // parents by total current size: SMB 400, Enterprise 400 -> tie broken by name
    expect(m.parents).toEqual(['Enterprise', 'SMB']);
  });

  it('parents mode aggregates: x, y and satisfaction weighted by size; measures and resources summed', () => {
    const m = model({ hierarchy: 'parents' });
    expect(m.segments.map((s) => s.segment).sort()).toEqual(['Enterprise', 'SMB', 'Solo']);
    const ent = seg(m, 'Enterprise');
    expect(ent.children).toEqual(['Ent-EU', 'Ent-US']);
    expect(ent.parent).toBeNull();
    // p1: x = (6·100 + 8·300) / 400 = 7.5; y = (8·100 + 4·300) / 400 = 5; sat = (70·100 + 60·300) / 400 = 62.5
    expect(ent.baseline).toMatchObject({
      x: 7.5,
      y: 5,
      size: 400,
      growthMeasure: 400,
      satisfaction: 62.5,
      resource: 40,
    });
    // p2: x = (7·200 + 8·200) / 400 = 7.5; y = 7; sat = 67
    expect(ent.current).toMatchObject({ x: 7.5, y: 7, size: 400, satisfaction: 67, resource: 50 });
    expect(ent.growth).toBe(0);
    expect(ent.satisfactionDelta).toBe(4.5);
    // shares over the parents: p1 40 / 80, p2 50 / 100
    expect(ent.baseline?.resourceShare).toBe(0.5);
    expect(ent.current?.resourceShare).toBe(0.5);
    expect(seg(m, 'Solo').status).toBe('new');
    expect(m.parents).toEqual(['Enterprise', 'SMB', 'Solo']);
  });

  it('a parent is a priority when any child is (priority by field)', () => {
    const m = model({ hierarchy: 'parents' });
    expect(Object.fromEntries(m.segments.map((s) => [s.segment, s.priority]))).toEqual({
      Enterprise: true,
      SMB: false,
      Solo: false,
    });
  });

  it('children mode keeps the children and lists the parents for colouring', () => {
    const m = model({ hierarchy: 'children' });
    expect(m.hierarchy).toBe('children');
    expect(m.segments).toHaveLength(4);
    expect(m.parents).toEqual(['Enterprise', 'SMB']);
  });
});
