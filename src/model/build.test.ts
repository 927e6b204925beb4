import { type DataFrame } from '@grafana/data';

import { conventionalFrame, frameFrom, frameFromRows } from '../test-utils/frames';
import { buildMatrixModel } from './build';
import { withModelDefaults } from './defaults';
import type { MatrixModel, ModelContext, PartialModelOptions, SegmentModel } from './types';

const HEADER = ['segment', 'period', 'needs', 'value', 'customers'];

function model(frames: DataFrame[], options: PartialModelOptions = {}, context?: ModelContext): MatrixModel {
  const r = buildMatrixModel(frames, withModelDefaults(options), context);
  if (r.kind === 'error') {
    throw new Error(r.message);
  }
  return r.model;
}

function seg(m: MatrixModel, name: string): SegmentModel {
  const s = m.segments.find((x) => x.segment === name);
  if (!s) {
    throw new Error(`no segment ${name}`);
  }
  return s;
}

describe('buildMatrixModel: errors', () => {
  it('reports no data', () => {
    expect(buildMatrixModel([], withModelDefaults())).toEqual({
      kind: 'error',
      message: 'No data: the query returned no rows.',
      fieldNames: [],
    });
    const empty = frameFrom([
      { name: 'segment', type: 'string', values: [] },
      { name: 'needs', type: 'number', values: [] },
    ]);
    expect(buildMatrixModel([empty], withModelDefaults())).toEqual({
      kind: 'error',
      message: 'No data: the query returned no rows.',
      fieldNames: ['segment', 'needs'],
    });
  });

  it('names the missing role and lists the fields', () => {
    const frame = frameFromRows(['label', 'when'], [['a', 'x']]);
    const r = buildMatrixModel([frame], withModelDefaults());
    expect(r).toEqual({
      kind: 'error',
      message:
        'No numeric field for the x (needs) role. Map it in the options or name a column needs, customer_needs or x. Fields: label (text), when (text).',
      fieldNames: ['label', 'when'],
    });
  });

  it('reports an unknown explicit period', () => {
    const r = buildMatrixModel(
      [conventionalFrame()],
      withModelDefaults({ period: { mode: 'explicit', baseline: '$baseline', current: '2026-Q1' } }),
      { replaceVariables: (s) => (s === '$baseline' ? '2024-Q1' : s) }
    );
    expect(r).toMatchObject({
      kind: 'error',
      message:
        'Current period "2026-Q1" is not in the data. Periods: 2024-Q1, 2024-Q3, 2025-Q1. Change the current period in the options or the dashboard variable.',
      fieldNames: ['segment', 'period', 'needs', 'value', 'customers', 'satisfaction', 'budget'],
    });
  });

  it('reports rows without any usable x / y', () => {
    const frame = frameFromRows(HEADER, [['A', '2024', null, 1, 1]], { types: { needs: 'number' } });
    const r = buildMatrixModel([frame], withModelDefaults());
    expect(r.kind === 'error' && r.message).toBe(
      'No drawable rows: every row of the chosen periods lacks a usable x (needs) field "needs" or y (value) field "value" value. Fields: segment, period, needs, value, customers.'
    );
  });

  it('never throws, even on malformed frames', () => {
    const bad = { fields: [{ name: 'segment', type: 'string', values: null }], length: 3 } as unknown as DataFrame;
    const r = buildMatrixModel([bad], withModelDefaults());
    expect(r.kind).toBe('error');
    expect(r.kind === 'error' && r.fieldNames).toEqual(['segment']);
  });
});

describe('buildMatrixModel: periods', () => {
  const rows = (periods: unknown[]) =>
    frameFromRows(
      HEADER,
      periods.flatMap((p, i) => [
        ['A', p, 1 + i, 2 + i, 10 * (i + 1)],
        ['B', p, 5 - i, 6 - i, 20],
      ])
    );

  it('sorts time periods chronologically and shows ISO dates', () => {
    const t = [Date.UTC(2024, 6, 1), Date.UTC(2024, 0, 1), Date.UTC(2025, 0, 1)];
    const frame = frameFromRows(
      HEADER,
      t.map((p, i) => ['A', p, i, i, 10 * (i + 1)]),
      { types: { period: 'time' } }
    );
    const m = model([frame]);
    expect(m.periodKind).toBe('time');
    expect(m.periods).toEqual(['2024-01-01', '2024-07-01', '2025-01-01']);
    expect([m.baselinePeriod, m.currentPeriod]).toEqual(['2024-01-01', '2025-01-01']);
    expect(seg(m, 'A').baseline?.size).toBe(20);
    expect(seg(m, 'A').current?.size).toBe(30);
    expect(seg(m, 'A').trail.map((p) => p.period)).toEqual(m.periods);
  });

  it('sorts number periods numerically', () => {
    const m = model([rows([10, 9, 100])]);
    expect(m.periodKind).toBe('number');
    expect(m.periods).toEqual(['9', '10', '100']);
    expect(seg(m, 'A').baseline?.x).toBe(2);
    expect(seg(m, 'A').current?.x).toBe(3);
  });

  it('sorts string periods in natural order', () => {
    const m = model([rows(['2024-Q10', '2024-Q2', '2024-Q1'])]);
    expect(m.periods).toEqual(['2024-Q1', '2024-Q2', '2024-Q10']);
    expect([m.baselinePeriod, m.currentPeriod]).toEqual(['2024-Q1', '2024-Q10']);
  });

  it('explicit mode picks the variables’ periods, with the trail between them', () => {
    const vars: Record<string, string> = { $baseline: '2024-Q3', $current: '2025-Q1' };
    const m = model([conventionalFrame()], { period: { mode: 'explicit' } }, { replaceVariables: (s) => vars[s] ?? s });
    expect([m.baselinePeriod, m.currentPeriod]).toEqual(['2024-Q3', '2025-Q1']);
    expect(m.trailPeriods).toEqual(['2024-Q3', '2025-Q1']);
    expect(seg(m, 'Enterprise').baseline).toMatchObject({ x: 6.2, y: 7.6, size: 135 });
    // Agencies has no row in 2024-Q3 or 2025-Q1: not shown.
    expect(m.segments.map((s) => s.segment)).not.toContain('Agencies');
  });

  it('time-range mode uses the dashboard time range', () => {
    const m = model(
      [conventionalFrame()],
      { period: { mode: 'time-range' } },
      {
        timeRange: { from: Date.UTC(2024, 7, 1), to: Date.UTC(2024, 11, 31) },
      }
    );
    expect([m.baselinePeriod, m.currentPeriod]).toEqual(['2024-Q3', '2024-Q3']);
    expect(seg(m, 'Enterprise').growth).toBe(0);
  });

  it('one period: current only, every segment new', () => {
    const frame = frameFromRows(HEADER, [
      ['A', '2024-Q1', 1, 1, 1],
      ['B', '2024-Q1', 2, 2, 2],
    ]);
    const m = model([frame]);
    expect([m.baselinePeriod, m.currentPeriod]).toEqual([null, '2024-Q1']);
    expect(m.segments.every((s) => s.status === 'new' && s.baseline === null && s.current !== null)).toBe(true);
  });

  it('no period field: current only, no period labels', () => {
    const frame = frameFromRows(
      ['segment', 'needs', 'value'],
      [
        ['A', 1, 1],
        ['B', 2, 2],
      ]
    );
    const m = model([frame]);
    expect(m.periodKind).toBe('none');
    expect([m.baselinePeriod, m.currentPeriod, m.periods]).toEqual([null, null, []]);
    expect(m.segments).toHaveLength(2);
  });
});

describe('buildMatrixModel: segments', () => {
  const frame = frameFromRows(
    [...HEADER, 'satisfaction'],
    [
      ['Kept', 'p1', 1, 1, 100, 50],
      ['Kept', 'p2', 2, 2, 150, 55],
      ['Gone', 'p1', 3, 3, 40, 60],
      ['Fresh', 'p2', 4, 4, 30, 70],
      ['Zero', 'p1', 5, 5, 0, null],
      ['Zero', 'p2', 5, 5, 10, null],
    ],
    { types: { satisfaction: 'number' } }
  );

  it('marks new and retired segments', () => {
    const m = model([frame]);
    expect(seg(m, 'Kept').status).toBe('both');
    expect(seg(m, 'Gone')).toMatchObject({ status: 'retired', current: null, growth: null });
    expect(seg(m, 'Fresh')).toMatchObject({ status: 'new', baseline: null, growth: null, movedQuadrant: false });
  });

  it('computes growth, null for a zero baseline', () => {
    const m = model([frame]);
    expect(seg(m, 'Kept').growth).toBe(0.5);
    expect(seg(m, 'Kept').satisfactionDelta).toBe(5);
    expect(seg(m, 'Zero').growth).toBeNull();
  });

  it('accepts numbers stored as text', () => {
    const text = frameFromRows(HEADER, [
      ['A', 'p1', '1.5', '2', '100'],
      ['A', 'p2', '2.5', '3', '150'],
    ]);
    const m = model([text]);
    expect(seg(m, 'A').current).toMatchObject({ x: 2.5, y: 3, size: 150 });
    expect(m.warnings).toEqual([]);
  });

  it('orders segments like the legend: priority, current size desc, then name', () => {
    const f = frameFromRows(
      [...HEADER, 'priority'],
      [
        ['b-small', 'p1', 1, 1, 5, 'no'],
        ['a-big', 'p1', 1, 1, 50, 'no'],
        ['prio-2', 'p1', 1, 1, 1, 'yes'],
        ['prio-10', 'p1', 1, 1, 1, 'yes'],
        ['same', 'p1', 1, 1, 5, 'no'],
        ['retired', 'p0', 1, 1, 99, 'no'],
      ]
    );
    const m = model([f]);
    expect(m.segments.map((s) => s.segment)).toEqual(['prio-2', 'prio-10', 'a-big', 'b-small', 'same', 'retired']);
  });

  it('keeps the last of duplicate (segment, period) rows', () => {
    const f = frameFromRows(HEADER, [
      ['A', 'p1', 1, 1, 10],
      ['A', 'p1', 9, 9, 90],
    ]);
    const m = model([f]);
    expect(seg(m, 'A').current).toMatchObject({ x: 9, size: 90 });
    expect(m.warnings).toEqual([
      {
        kind: 'duplicate-row',
        message: '1 duplicate (segment, period) row: the last one wins.',
        count: 1,
        example: 'A @ p1',
      },
    ]);
  });

  it('fills fieldsUsed and guessedRoles', () => {
    const m = model([conventionalFrame()], { fields: { satisfaction: 'satisfaction' } });
    expect(m.fieldsUsed).toEqual({
      segment: 'segment',
      period: 'period',
      x: 'needs',
      y: 'value',
      size: 'customers',
      growth: 'customers',
      satisfaction: 'satisfaction',
      resource: 'budget',
      priority: null,
      parent: null,
      lineage: null,
    });
    expect(m.guessedRoles).not.toContain('satisfaction');
    expect(m.guessedRoles).toContain('resource');
  });
});

describe('buildMatrixModel: quadrants and cuts', () => {
  const f = frameFromRows(HEADER, [
    ['A', 'p1', 1, 1, 1],
    ['B', 'p1', 2, 2, 1],
    ['C', 'p1', 3, 3, 1],
  ]);

  it('puts segments on the median cut into the high quadrant', () => {
    const m = model([f]);
    expect(m.cuts).toEqual({ x: 2, y: 2 });
    expect(m.segments.map((s) => [s.segment, s.current?.quadrant])).toEqual([
      ['B', 'HH'],
      ['C', 'HH'],
      ['A', 'LL'],
    ]);
  });

  it('uses fixed and variable cuts', () => {
    const m = model(
      [f],
      { cuts: { x: { mode: 'fixed', value: 2.5 }, y: { mode: 'variable', variable: '$cy' } } },
      {
        replaceVariables: (s) => (s === '$cy' ? '1' : s),
      }
    );
    expect(m.cuts).toEqual({ x: 2.5, y: 1 });
    expect(seg(m, 'B').current?.quadrant).toBe('LH');
  });

  it('computes the median over the current period only', () => {
    const two = frameFromRows(HEADER, [
      ['A', 'p1', 100, 100, 1],
      ['A', 'p2', 1, 1, 1],
      ['B', 'p2', 3, 5, 1],
    ]);
    expect(model([two]).cuts).toEqual({ x: 2, y: 3 });
  });

  it('detects a quadrant move', () => {
    const two = frameFromRows(HEADER, [
      ['A', 'p1', 1, 1, 1],
      ['A', 'p2', 9, 1, 1],
      ['B', 'p1', 5, 5, 1],
      ['B', 'p2', 5, 5, 1],
    ]);
    const m = model([two], { cuts: { x: { mode: 'fixed', value: 5 }, y: { mode: 'fixed', value: 5 } } });
    expect(seg(m, 'A')).toMatchObject({
      movedQuadrant: true,
      baseline: { quadrant: 'LL' },
      current: { quadrant: 'HL' },
    });
    expect(seg(m, 'B').movedQuadrant).toBe(false);
  });
});

describe('buildMatrixModel: priority', () => {
  it('by field, with the default values (case-insensitive, booleans and numbers)', () => {
    const f = frameFrom([
      { name: 'segment', values: ['a', 'b', 'c', 'd', 'e', 'f'] },
      { name: 'needs', values: [1, 2, 3, 4, 5, 6] },
      { name: 'value', values: [1, 2, 3, 4, 5, 6] },
      { name: 'tier', type: 'string', values: ['Primary', 'HIGH', '1', 'yes', 'secondary', null] },
    ]);
    const m = model([f]);
    expect(m.priorityBy).toBe('field');
    expect(m.segments.filter((s) => s.priority).map((s) => s.segment)).toEqual(['a', 'b', 'c', 'd']);
    const bools = frameFrom([
      { name: 'segment', values: ['a', 'b'] },
      { name: 'needs', values: [1, 2] },
      { name: 'value', values: [1, 2] },
      { name: 'priority', values: [true, false] },
    ]);
    expect(model([bools]).segments.map((s) => [s.segment, s.priority])).toEqual([
      ['a', true],
      ['b', false],
    ]);
  });

  it('by field, with configured values', () => {
    const f = frameFromRows(
      ['segment', 'needs', 'value', 'priority'],
      [
        ['a', 1, 1, 'focus'],
        ['b', 1, 1, 'primary'],
      ]
    );
    const m = model([f], { priorityValues: ['Focus'] });
    expect(m.segments.map((s) => [s.segment, s.priority])).toEqual([
      ['a', true],
      ['b', false],
    ]);
  });

  it('by baseline quadrant (default HH and LH), current quadrant for new segments', () => {
    const f = frameFromRows(HEADER, [
      ['was-high', 'p1', 1, 9, 1],
      ['was-high', 'p2', 1, 1, 1],
      ['was-low', 'p1', 1, 1, 1],
      ['was-low', 'p2', 1, 9, 1],
      ['new-high', 'p2', 9, 9, 1],
      ['new-low', 'p2', 9, 1, 1],
    ]);
    const fixed = { x: { mode: 'fixed' as const, value: 5 }, y: { mode: 'fixed' as const, value: 5 } };
    const m = model([f], { cuts: fixed });
    expect(m.priorityBy).toBe('quadrant');
    const prio = (mm: MatrixModel) => Object.fromEntries(mm.segments.map((s) => [s.segment, s.priority]));
    expect(prio(m)).toEqual({ 'was-high': true, 'was-low': false, 'new-high': true, 'new-low': false });
    const custom = model([f], { cuts: fixed, priorityQuadrants: ['HL'] });
    expect(prio(custom)).toEqual({ 'was-high': false, 'was-low': false, 'new-high': false, 'new-low': true });
  });
});

describe('buildMatrixModel: axes', () => {
  it('ordinal x: configured order, positions, category kept', () => {
    const f = frameFromRows(HEADER, [
      ['A', 'p1', 'broad', 1, 1],
      ['A', 'p2', 'Specialized', 2, 1],
      ['B', 'p2', 'universal', 3, 1],
      ['C', 'p2', 'niche', 4, 1],
    ]);
    const m = model([f], { xAxis: { scale: 'ordinal', ordinalOrder: ['universal', 'broad', 'niche', 'specialized'] } });
    expect(m.axes.x).toMatchObject({
      scale: 'ordinal',
      categories: ['universal', 'broad', 'niche', 'specialized'],
      domain: [-0.5, 3.5],
    });
    expect(seg(m, 'A').baseline).toMatchObject({ x: 1, xCategory: 'broad' });
    expect(seg(m, 'A').current).toMatchObject({ x: 3, xCategory: 'specialized' });
    // current positions 3, 0, 2 -> median 2 (niche)
    expect(m.cuts.x).toBe(2);
    expect(seg(m, 'C').current?.quadrant[0]).toBe('H');
  });

  it('ordinal x on auto scale with a text field, natural order without configuration', () => {
    const f = frameFromRows(
      ['segment', 'needs', 'value'],
      [
        ['A', 'tier 10', 1],
        ['B', 'tier 2', 1],
      ]
    );
    const m = model([f]);
    expect(m.axes.x.categories).toEqual(['tier 2', 'tier 10']);
    expect(m.warnings).toEqual([]);
  });

  it('log x drops non-positive values with a warning', () => {
    const f = frameFromRows(HEADER, [
      ['A', 'p1', 0.5, 1, 1],
      ['B', 'p1', 2, 2, 1],
      ['C', 'p1', 0, 3, 1],
    ]);
    const m = model([f], { xAxis: { scale: 'log' } });
    expect(m.axes.x.scale).toBe('log');
    expect(m.segments.map((s) => s.segment).sort()).toEqual(['A', 'B']);
    expect(m.axes.x.domain).toEqual([0.5, 2]);
    expect(m.warnings.map((w) => [w.kind, w.count, w.example])).toEqual([['non-positive-log', 1, 'C @ p1: x = 0']]);
  });

  it('domains cover every point and the cut, padded when zero-range', () => {
    const f = frameFromRows(HEADER, [
      ['A', 'p1', 3, 7, 1],
      ['A', 'p2', 3, 7, 1],
    ]);
    const m = model([f]);
    expect(m.axes.x.domain[0]).toBeCloseTo(2.7, 12);
    expect(m.axes.x.domain[1]).toBeCloseTo(3.3, 12);
    const wide = model([conventionalFrame()]);
    expect(wide.axes.x.domain).toEqual([1.5, 6.8]);
    expect(wide.axes.y.domain).toEqual([2, 7.9]);
  });

  it('custom axis titles override the preset', () => {
    const m = model([conventionalFrame()], { axisTitles: { x: 'Needs', y: '' } });
    expect(m.axes.x.title).toBe('Needs');
    expect(m.axes.y.title).toBe('Organizational value: low → high');
  });
});

describe('buildMatrixModel: segment limit', () => {
  it('shows the largest segments and counts the rest', () => {
    const f = frameFromRows(HEADER, [
      ['s1', 'p1', 1, 1, 10],
      ['s2', 'p1', 1, 1, 30],
      ['s3', 'p1', 1, 1, 20],
      ['s4', 'p1', 1, 1, 5],
    ]);
    const m = model([f], { segmentLimit: 2 });
    expect(m.segments.map((s) => s.segment)).toEqual(['s2', 's3']);
    expect(m.warnings).toEqual([
      {
        kind: 'segment-limit',
        message: '2 segments are hidden: only the 2 largest by size are shown.',
        count: 2,
        example: 's1',
      },
    ]);
  });

  it('keeps the trail of the shown segments when many periods are read', () => {
    const rows: unknown[][] = [];
    for (let p = 1; p <= 4; p++) {
      rows.push(['big', p, p, p, 100], ['small', p, p, p, 1]);
    }
    const m = model([frameFromRows(HEADER, rows)], { segmentLimit: 1 });
    expect(m.segments.map((s) => [s.segment, s.trail.length])).toEqual([['big', 4]]);
  });
});
