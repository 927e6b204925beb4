import type { Seg } from './points';
import { assignShares, resourceShares } from './shares';
import type { TrailPoint } from './types';

function pt(resource: number | null): TrailPoint {
  return {
    x: 0,
    y: 0,
    size: null,
    growthMeasure: null,
    satisfaction: null,
    resource,
    resourceShare: null,
    quadrant: 'LL',
    xCategory: null,
    period: 'p',
  };
}

function seg(name: string, pts: Array<TrailPoint | null>): Seg {
  return {
    name,
    parent: null,
    priorityFlag: null,
    lineageRaw: null,
    pts,
    baseline: pts[0],
    current: pts[pts.length - 1],
    ownBaseline: pts[0] !== null,
    lineage: null,
    successors: [],
    children: [],
  };
}

describe('resourceShares', () => {
  it.each<[Array<number | null>, Array<number | null>]>([
    [
      [100, 300],
      [0.25, 0.75],
    ],
    [
      [0.2, 0.2, 0.6],
      [0.2, 0.2, 0.6],
    ],
    [
      [50, null, 150],
      [0.25, null, 0.75],
    ],
    [
      [0, 0],
      [null, null],
    ],
    [[], []],
  ])('%p -> %p', (input, expected) => {
    const out = resourceShares(input);
    expect(out.length).toBe(expected.length);
    out.forEach((v, i) =>
      expected[i] === null ? expect(v).toBeNull() : expect(v).toBeCloseTo(expected[i] as number, 12)
    );
  });
});

describe('assignShares', () => {
  it('normalises per period over the segments present in that period', () => {
    // Period 0: A 100, B 300, C absent. Period 1: A 200, B absent (retired), C 200.
    const a = seg('A', [pt(100), pt(200)]);
    const b = seg('B', [pt(300), null]);
    const c = seg('C', [null, pt(200)]);
    assignShares([a, b, c], 2);
    expect(a.pts.map((p) => p?.resourceShare)).toEqual([0.25, 0.5]);
    expect(b.pts[0]?.resourceShare).toBe(0.75);
    expect(c.pts[1]?.resourceShare).toBe(0.5);
  });

  it('leaves shares null without resources', () => {
    const a = seg('A', [pt(null)]);
    assignShares([a], 1);
    expect(a.pts[0]?.resourceShare).toBeNull();
  });
});
