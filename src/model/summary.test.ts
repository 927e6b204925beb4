import { CONVENTIONAL_ROWS, conventionalFrame, frameFromRows } from '../test-utils/frames';
import { buildMatrixModel } from './build';
import { DEFAULT_MODEL_OPTIONS } from './defaults';
import { clean, toRenderSummary } from './summary';
import type { MatrixModel, RenderSummary } from './types';

function model(frames = [conventionalFrame()]): MatrixModel {
  const r = buildMatrixModel(frames, DEFAULT_MODEL_OPTIONS);
  if (r.kind === 'error') {
    throw new Error(r.message);
  }
  return r.model;
}

describe('clean', () => {
  it.each<[number | null | undefined, number | null]>([
    [0.1 + 0.2, 0.3],
    [1 / 3, 0.333333333333],
    [-0, 0],
    [NaN, null],
    [Infinity, null],
    [null, null],
    [undefined, null],
    [1234567.5, 1234567.5],
  ])('%p -> %p', (v, expected) => {
    expect(clean(v)).toBe(expected);
  });
});

describe('toRenderSummary: shape (DESIGN §6)', () => {
  const summary = toRenderSummary(model());

  it('has exactly the keys of the contract', () => {
    expect(Object.keys(summary)).toEqual(['baseline', 'current', 'cuts', 'segments', 'indicators', 'warnings']);
    expect(Object.keys(summary.cuts)).toEqual(['x', 'y']);
    expect(Object.keys(summary.indicators)).toEqual([
      'growthGap',
      'resourceShift',
      'prioritySatisfactionDelta',
      'otherSatisfactionDelta',
      'verdicts',
    ]);
    expect(Object.keys(summary.indicators.verdicts)).toEqual(['growth', 'resources', 'satisfaction']);
    for (const s of summary.segments) {
      expect(Object.keys(s)).toEqual([
        'segment',
        'parent',
        'status',
        'priority',
        'baseline',
        'current',
        'growth',
        'satisfactionDelta',
        'resourceShareDelta',
        'movedQuadrant',
      ]);
      for (const p of [s.baseline, s.current]) {
        if (p) {
          expect(Object.keys(p)).toEqual([
            'x',
            'y',
            'size',
            'growthMeasure',
            'satisfaction',
            'resourceShare',
            'quadrant',
          ]);
        }
      }
    }
  });

  it('uses null for absent values and survives JSON', () => {
    const healthcare = summary.segments.find((s) => s.segment === 'Healthcare');
    expect(healthcare).toMatchObject({ status: 'new', baseline: null, growth: null, satisfactionDelta: null });
    const agencies = summary.segments.find((s) => s.segment === 'Agencies');
    expect(agencies).toMatchObject({ status: 'retired', current: null, resourceShareDelta: null, parent: null });
    expect(JSON.parse(JSON.stringify(summary))).toEqual(summary);
  });

  it('nulls out values without the optional roles', () => {
    const f = frameFromRows(['segment', 'needs', 'value'], [['A', 1, 2]]);
    const s: RenderSummary = toRenderSummary(model([f]));
    expect(s).toEqual({
      baseline: null,
      current: null,
      cuts: { x: 1, y: 2 },
      segments: [
        {
          segment: 'A',
          parent: null,
          status: 'new',
          priority: true,
          baseline: null,
          current: {
            x: 1,
            y: 2,
            size: null,
            growthMeasure: null,
            satisfaction: null,
            resourceShare: null,
            quadrant: 'HH',
          },
          growth: null,
          satisfactionDelta: null,
          resourceShareDelta: null,
          movedQuadrant: false,
        },
      ],
      indicators: {
        growthGap: null,
        resourceShift: null,
        prioritySatisfactionDelta: null,
        otherSatisfactionDelta: null,
        verdicts: { growth: 'no-data', resources: 'no-data', satisfaction: 'no-data' },
      },
      warnings: [],
    });
  });

  it('carries warnings', () => {
    const f = frameFromRows(
      ['segment', 'needs', 'value'],
      [
        ['A', 1, 2],
        ['A', 1, 2],
      ]
    );
    expect(toRenderSummary(model([f])).warnings).toEqual([
      {
        kind: 'duplicate-row',
        message: '1 duplicate (segment, period) row: the last one wins.',
        count: 1,
        example: 'A @ current',
      },
    ]);
  });
});

describe('toRenderSummary: conventional frame, no options, checked by hand', () => {
  // Independent arithmetic over the fixture rows: [segment, period, needs, value, customers, satisfaction, budget].
  type Row = (typeof CONVENTIONAL_ROWS)[number];
  const at = (period: string) =>
    new Map<string, Row>(CONVENTIONAL_ROWS.filter((r) => r[1] === period).map((r) => [r[0], r]));
  const b = at('2024-Q1');
  const c = at('2025-Q1');
  const summary = toRenderSummary(model());

  const medianOf = (v: number[]) => {
    const s = [...v].sort((x, y) => x - y);
    return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
  };
  const cutX = medianOf([...c.values()].map((r) => r[2]));
  const cutY = medianOf([...c.values()].map((r) => r[3]));
  const quad = (r: Row) => (r[2] >= cutX ? 'H' : 'L') + (r[3] >= cutY ? 'H' : 'L');
  const sum = (rows: Iterable<Row>, i: number) => [...rows].reduce((t, r) => t + (r[i] as number), 0);
  const budgetB = sum(b.values(), 6);
  const budgetC = sum(c.values(), 6);
  const names = [...new Set(CONVENTIONAL_ROWS.filter((r) => r[1] !== '2024-Q3').map((r) => r[0]))];
  const priority = (n: string) => {
    const r = b.get(n) ?? (c.get(n) as Row);
    return quad(r) === 'HH' || quad(r) === 'LH';
  };

  it('periods and cuts', () => {
    expect([summary.baseline, summary.current]).toEqual(['2024-Q1', '2025-Q1']);
    expect(cutX).toBe(4.75); // (4.5 + 5.0) / 2
    expect(cutY).toBeCloseTo(5.6, 12); // (5.0 + 6.2) / 2
    expect(summary.cuts.x).toBeCloseTo(cutX, 12);
    expect(summary.cuts.y).toBeCloseTo(cutY, 12);
  });

  it('every segment, in legend order', () => {
    const order = [...names].sort((x, y) => {
      if (priority(x) !== priority(y)) {
        return priority(x) ? -1 : 1;
      }
      const cx = c.get(x)?.[4] ?? -Infinity;
      const cy = c.get(y)?.[4] ?? -Infinity;
      return cx !== cy ? cy - cx : (b.get(y)?.[4] ?? 0) - (b.get(x)?.[4] ?? 0);
    });
    expect(summary.segments.map((s) => s.segment)).toEqual(order);
    expect(order).toEqual(['Startups', 'Enterprise', 'Healthcare', 'SMB', 'Mid-market', 'Public sector', 'Agencies']);

    for (const s of summary.segments) {
      const rb = b.get(s.segment);
      const rc = c.get(s.segment);
      expect(s.status).toBe(rb && rc ? 'both' : rb ? 'retired' : 'new');
      expect(s.priority).toBe(priority(s.segment));
      for (const [p, r, total] of [
        [s.baseline, rb, budgetB],
        [s.current, rc, budgetC],
      ] as const) {
        if (!r) {
          expect(p).toBeNull();
          continue;
        }
        expect(p).not.toBeNull();
        expect(p?.x).toBe(r[2]);
        expect(p?.y).toBe(r[3]);
        expect(p?.size).toBe(r[4]);
        expect(p?.growthMeasure).toBe(r[4]);
        expect(p?.satisfaction).toBe(r[5]);
        expect(p?.resourceShare).toBeCloseTo(r[6] / total, 10);
        expect(p?.quadrant).toBe(quad(r));
      }
      if (rb && rc) {
        expect(s.growth).toBeCloseTo((rc[4] - rb[4]) / rb[4], 10);
        expect(s.satisfactionDelta).toBeCloseTo(rc[5] - rb[5], 10);
        expect(s.resourceShareDelta).toBeCloseTo(rc[6] / budgetC - rb[6] / budgetB, 10);
        expect(s.movedQuadrant).toBe(quad(rb) !== quad(rc));
      } else {
        expect([s.growth, s.satisfactionDelta, s.resourceShareDelta, s.movedQuadrant]).toEqual([
          null,
          null,
          null,
          false,
        ]);
      }
    }
  });

  it('indicators', () => {
    const both = names.filter((n) => b.has(n) && c.has(n));
    const P = both.filter(priority);
    const notP = both.filter((n) => !priority(n));
    const G = (set: string[]) =>
      set.reduce((t, n) => t + (c.get(n) as Row)[4], 0) / set.reduce((t, n) => t + (b.get(n) as Row)[4], 0) - 1;
    // Startups and Enterprise are P; SMB, Mid-market and Public sector are not.
    expect(P.sort()).toEqual(['Enterprise', 'Startups']);
    const gap = G(P) - G(notP);
    expect(summary.indicators.growthGap).toBeCloseTo(gap, 10);

    const allP = names.filter(priority); // + Healthcare (new, current quadrant HH)
    const shareC = allP.reduce((t, n) => t + (c.get(n)?.[6] ?? 0) / budgetC, 0);
    const shareB = allP.reduce((t, n) => t + (b.get(n)?.[6] ?? 0) / budgetB, 0);
    expect(summary.indicators.resourceShift).toBeCloseTo(shareC - shareB, 10);

    const satDelta = (set: string[]) => {
      let num = 0;
      let den = 0;
      for (const n of set) {
        const rb = b.get(n) as Row;
        const rc = c.get(n) as Row;
        num += rb[4] * (rc[5] - rb[5]);
        den += rb[4];
      }
      return num / den;
    };
    expect(summary.indicators.prioritySatisfactionDelta).toBeCloseTo(satDelta(P), 10);
    expect(summary.indicators.otherSatisfactionDelta).toBeCloseTo(satDelta(notP), 10);
    const v = (x: number) => (x > 0 ? 'on-track' : x < 0 ? 'off-track' : 'flat');
    expect(summary.indicators.verdicts).toEqual({
      growth: v(gap),
      resources: v(shareC - shareB),
      satisfaction: v(satDelta(P)),
    });
    expect(summary.warnings).toEqual([]);
  });
});
