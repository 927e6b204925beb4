import { type DataFrame } from '@grafana/data';

import { frameFromRows, wideFrame } from '../test-utils/frames';
import { buildMatrixModel } from './build';
import { withModelDefaults } from './defaults';
import { isWideFrame, wideColumns } from './wide';
import type { MatrixModel, PartialModelOptions, SegmentModel } from './types';

function model(frames: DataFrame[], options: PartialModelOptions = {}): MatrixModel {
  const r = buildMatrixModel(frames, withModelDefaults(options));
  if (r.kind === 'error') {
    throw new Error(r.message);
  }
  return r.model;
}

function seg(m: MatrixModel, name: string): SegmentModel {
  return m.segments.find((s) => s.segment === name) as SegmentModel;
}

const DEFAULT_PREFIXES = { baseline: 'baseline_', current: 'current_' };

describe('wide format detection', () => {
  it('needs a measure with both prefixes', () => {
    expect(isWideFrame(wideFrame(), DEFAULT_PREFIXES)).toBe(true);
    expect(isWideFrame(frameFromRows(['segment', 'baseline_x', 'current_y'], [['a', 1, 2]]), DEFAULT_PREFIXES)).toBe(
      false
    );
    expect(isWideFrame(frameFromRows(['segment', 'Baseline_X', 'CURRENT_x'], [['a', 1, 2]]), DEFAULT_PREFIXES)).toBe(
      true
    );
  });

  it('pairs columns by base name', () => {
    const cols = wideColumns(wideFrame(), DEFAULT_PREFIXES);
    expect(
      cols.map((c) => [c.name, c.baseline?.name ?? null, c.current?.name ?? null, c.shared?.name ?? null])
    ).toEqual([
      ['segment', null, null, 'segment'],
      ['needs', 'baseline_needs', 'current_needs', null],
      ['value', 'baseline_value', 'current_value', null],
      ['customers', 'baseline_customers', 'current_customers', null],
      ['satisfaction', 'baseline_satisfaction', 'current_satisfaction', null],
    ]);
  });
});

describe('wide format model', () => {
  it('reads one row per segment with baseline and current columns', () => {
    const m = model([wideFrame()]);
    expect(m.format).toBe('wide');
    expect([m.baselinePeriod, m.currentPeriod]).toEqual(['baseline', 'current']);
    expect(seg(m, 'Enterprise')).toMatchObject({
      status: 'both',
      baseline: { x: 6.1, y: 7.3, size: 120, satisfaction: 71 },
      current: { x: 6.4, y: 7.9, size: 150, satisfaction: 74 },
      growth: 0.25,
    });
    expect(m.fieldsUsed).toMatchObject({ x: 'needs', y: 'value', size: 'customers', period: null });
  });

  it('an empty baseline side is a new segment, not bad values', () => {
    const m = model([wideFrame()]);
    expect(seg(m, 'Healthcare')).toMatchObject({ status: 'new', baseline: null });
    expect(m.warnings).toEqual([]);
  });

  it('custom prefixes, forced wide format', () => {
    const prefixes = { baseline: 'b_', current: 'c_' };
    const frame = wideFrame(prefixes);
    const m = model([frame], { format: 'wide', widePrefixes: prefixes });
    expect(m.format).toBe('wide');
    expect([m.baselinePeriod, m.currentPeriod]).toEqual(['b', 'c']);
    expect(seg(m, 'SMB').current).toMatchObject({ x: 2, y: 3.4, size: 850 });
    expect(model([frame], { widePrefixes: prefixes }).format).toBe('wide');
  });

  it('takes period labels from <prefix>period columns and accepts prefixed names in the mapping', () => {
    const frame = frameFromRows(
      [
        'name',
        'baseline_period',
        'current_period',
        'baseline_score',
        'current_score',
        'baseline_needs',
        'current_needs',
      ],
      [
        ['A', '2024-Q1', '2025-Q1', 1, 2, 3, 4],
        ['B', '2024-Q1', '2025-Q1', 5, 6, 7, 8],
      ]
    );
    const m = model([frame], { fields: { y: 'current_score' } });
    expect([m.baselinePeriod, m.currentPeriod]).toEqual(['2024-Q1', '2025-Q1']);
    expect(seg(m, 'B')).toMatchObject({ baseline: { x: 7, y: 5 }, current: { x: 8, y: 6 } });
    expect(m.trailPeriods).toEqual(['2024-Q1', '2025-Q1']);
  });

  it('long format is forced even with prefixed columns', () => {
    const frame = frameFromRows(['segment', 'needs', 'value', 'baseline_x', 'current_x'], [['A', 1, 2, 3, 4]]);
    expect(model([frame], { format: 'long' }).format).toBe('long');
  });
});
