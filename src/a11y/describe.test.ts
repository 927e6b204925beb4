import type { AxisModel, MatrixModel, PeriodPoint, QuadrantId, SegmentModel } from '../model/types';
import { conventionalModel } from '../spec/fixtures';
import { axisWords, describeSegment, listWords, quadrantWords, type DescribeFormat } from './describe';

const sign = (v: number) => (v > 0 ? '+' : v < 0 ? '−' : '');
const f: DescribeFormat = {
  growth: (v) => `${sign(v)}${Math.abs(v * 100).toFixed(0)}%`,
  satisfactionDelta: (v) => `${sign(v)}${Math.abs(v)}`,
  pts: (v) => `${sign(v)}${Math.abs(Math.round(v * 100))} pts`,
};

const axis = (title: string, reverse = false): AxisModel => ({
  title,
  field: null,
  scale: 'linear',
  domain: [0, 1],
  reverse,
  categories: null,
  composite: null,
});

const model: Pick<MatrixModel, 'axes' | 'quadrantNames' | 'fieldsUsed' | 'baselinePeriod'> = {
  axes: { x: axis('Needs: low → high'), y: axis('Value: low → high') },
  quadrantNames: { HH: 'Strategic focus', LH: 'Core at scale', HL: 'Selective niche', LL: 'Low touch' },
  fieldsUsed: {
    segment: 'segment',
    period: 'period',
    x: 'needs',
    y: 'value',
    size: 'customers',
    growth: null,
    satisfaction: 'satisfaction',
    resource: 'budget',
    priority: null,
    parent: null,
    lineage: null,
  },
  baselinePeriod: '2024',
};

const point = (quadrant: QuadrantId, x = 0, y = 0): PeriodPoint => ({
  x,
  y,
  size: 1,
  growthMeasure: 1,
  satisfaction: 1,
  resource: 1,
  resourceShare: 0.1,
  quadrant,
  xCategory: null,
});

const segment = (over: Partial<SegmentModel>): SegmentModel => ({
  segment: 'Enterprise',
  parent: null,
  status: 'both',
  priority: false,
  baseline: point('LH'),
  current: point('HH'),
  growth: 0.25,
  satisfactionDelta: 3,
  resourceShareDelta: 0.05,
  movedQuadrant: true,
  lineage: null,
  successors: [],
  trail: [],
  profile: null,
  children: [],
  ...over,
});

describe('describeSegment', () => {
  it('a segment that changed quadrant: from and to, in words, with its changes', () => {
    expect(describeSegment(model, segment({}), f)).toBe(
      'Enterprise moved from Core at scale (low needs, high value) to Strategic focus (high needs, high value); customers +25%, satisfaction +3, budget share +5 pts'
    );
  });

  it('a segment that stayed in its quadrant: the direction of its move', () => {
    const s = segment({ baseline: point('HH', 1, 5), current: point('HH', 2, 4), movedQuadrant: false });
    expect(describeSegment(model, s, f)).toBe(
      'Enterprise stayed in Strategic focus (high needs, high value), moving toward high needs and low value; customers +25%, satisfaction +3, budget share +5 pts'
    );
    expect(
      describeSegment(
        model,
        segment({ baseline: point('HH', 1, 1), current: point('HH', 1, 1), movedQuadrant: false }),
        f
      )
    ).toContain('without moving');
  });

  it('a new segment', () => {
    const s = segment({
      segment: 'Telecom',
      status: 'new',
      baseline: null,
      growth: null,
      satisfactionDelta: null,
      resourceShareDelta: null,
    });
    expect(describeSegment(model, s, f)).toBe('Telecom is new, in Strategic focus (high needs, high value)');
  });

  it('a retired segment, and one split into others', () => {
    const s = segment({
      segment: 'Freelancers',
      status: 'retired',
      current: null,
      growth: null,
      satisfactionDelta: null,
      resourceShareDelta: null,
    });
    expect(describeSegment(model, s, f)).toBe('Freelancers retired from Core at scale (low needs, high value)');
    expect(describeSegment(model, { ...s, segment: 'Media', successors: ['Streaming', 'Publishing'] }, f)).toBe(
      'Media retired from Core at scale (low needs, high value); it split into Streaming and Publishing'
    );
    expect(describeSegment(model, { ...s, segment: 'Media', successors: ['Streaming'] }, f)).toContain(
      '; it became Streaming'
    );
  });

  it('a split and a merged segment start from their ancestors', () => {
    const split = segment({ segment: 'Streaming', status: 'new', lineage: { kind: 'split', from: ['Media'] } });
    expect(describeSegment(model, split, f)).toMatch(
      /^Streaming, split from Media, moved from Core at scale .* to Strategic focus/
    );
    const merged = segment({ segment: 'Platform', status: 'new', lineage: { kind: 'merge', from: ['A', 'B', 'C'] } });
    expect(describeSegment(model, merged, f)).toMatch(/^Platform, merged from A, B and C, moved from /);
  });

  it('a new segment with a lineage but no baseline names it after its position', () => {
    const s = segment({
      segment: 'X',
      status: 'new',
      baseline: null,
      lineage: { kind: 'split', from: ['Y'] },
      growth: null,
    });
    expect(describeSegment(model, s, f)).toBe(
      'X is new, in Strategic focus (high needs, high value); split from Y; satisfaction +3, budget share +5 pts'
    );
  });

  it('leaves missing figures out, and says nothing about changes when all are missing', () => {
    expect(describeSegment(model, segment({ satisfactionDelta: null }), f)).toMatch(
      /; customers \+25%, budget share \+5 pts$/
    );
    expect(
      describeSegment(model, segment({ growth: null, satisfactionDelta: null, resourceShareDelta: null }), f)
    ).toBe('Enterprise moved from Core at scale (low needs, high value) to Strategic focus (high needs, high value)');
  });

  it('names the growth measure and resource fields, with generic names when they are not mapped', () => {
    const plain = {
      ...model,
      fieldsUsed: { ...model.fieldsUsed, size: null, satisfaction: null, resource: null, growth: 'revenue' },
    };
    expect(describeSegment(plain, segment({}), f)).toMatch(
      /; revenue \+25%, satisfaction \+3, resource share \+5 pts$/
    );
  });

  it('a single period: where the segment is, without "new"', () => {
    const s = segment({
      baseline: null,
      status: 'new',
      growth: null,
      satisfactionDelta: null,
      resourceShareDelta: null,
    });
    expect(describeSegment({ ...model, baselinePeriod: null }, s, f)).toBe(
      'Enterprise is in Strategic focus (high needs, high value)'
    );
  });

  it('reads the preset axis titles of a real model', () => {
    const real = conventionalModel();
    for (const s of real.segments) {
      const text = describeSegment(real, s, f);
      expect(text.startsWith(s.segment)).toBe(true);
      expect(text).not.toContain('undefined');
      expect(text).not.toContain('null');
    }
  });
});

describe('axis and quadrant words', () => {
  it('splits "Name: low → high" and reads a reversed title backwards', () => {
    expect(axisWords(axis('Customer needs: universal → specialized'))).toEqual({
      name: 'Customer needs',
      low: 'universal',
      high: 'specialized',
    });
    expect(axisWords(axis('Market share: high → low', true))).toEqual({
      name: 'Market share',
      low: 'low',
      high: 'high',
    });
    expect(axisWords({ title: 'Revenue', reverse: false, field: 'revenue' })).toEqual({
      name: 'Revenue',
      low: 'low',
      high: 'high',
    });
  });

  it('describes each quadrant by its ends', () => {
    const m = {
      axes: { x: axis('Customer needs: universal → specialized'), y: axis('Organizational value: low → high') },
    };
    expect(quadrantWords(m, 'LH')).toBe('universal customer needs, high organizational value');
    expect(quadrantWords(m, 'HL')).toBe('specialized customer needs, low organizational value');
  });

  it('lists names in words', () => {
    expect(listWords([])).toBe('');
    expect(listWords(['A'])).toBe('A');
    expect(listWords(['A', 'B'])).toBe('A and B');
    expect(listWords(['A', 'B', 'C'])).toBe('A, B and C');
  });
});
