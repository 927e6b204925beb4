import { type DataFrame } from '@grafana/data';

import { frameFromRows } from '../test-utils/frames';
import { buildMatrixModel } from './build';
import { withModelDefaults } from './defaults';
import { WarningCollector } from './warnings';
import type { ModelContext, ModelWarning, PartialModelOptions } from './types';

const HEADER = ['segment', 'period', 'needs', 'value', 'customers', 'satisfaction'];
const TYPES = { types: { needs: 'number', value: 'number', customers: 'number', satisfaction: 'number' } } as const;

function warnings(frame: DataFrame, options: PartialModelOptions = {}, context?: ModelContext): ModelWarning[] {
  const r = buildMatrixModel([frame], withModelDefaults(options), context);
  if (r.kind === 'error') {
    throw new Error(r.message);
  }
  return r.model.warnings;
}

describe('warnings: one per kind, counted, with an example', () => {
  it('non-finite / null values (rows without x or y are skipped)', () => {
    const f = frameFromRows(
      HEADER,
      [
        ['A', 'p1', 1, 1, 10, null],
        ['B', 'p1', 2, NaN, 10, 50],
        ['C', 'p1', 3, 3, 'n/a', 60],
      ],
      TYPES
    );
    const r = buildMatrixModel([f], withModelDefaults());
    expect(r.kind === 'model' && r.model.segments.map((s) => s.segment).sort()).toEqual(['A', 'C']);
    expect(r.kind === 'model' && r.model.warnings).toEqual([
      {
        kind: 'non-finite',
        message: '3 values were empty or not a number and ignored (rows without a valid x or y are skipped).',
        count: 3,
        example: 'A @ p1: satisfaction = null',
      },
    ]);
  });

  it('negative sizes', () => {
    const f = frameFromRows(HEADER, [['A', 'p1', 1, 1, -5, 1]], TYPES);
    expect(warnings(f)).toEqual([
      { kind: 'negative-size', message: '1 negative size was ignored.', count: 1, example: 'A @ p1: customers = -5' },
    ]);
  });

  it('duplicate (segment, period) rows', () => {
    const f = frameFromRows(
      HEADER,
      [
        ['A', 'p1', 1, 1, 1, 1],
        ['A', 'p1', 1, 1, 1, 1],
        ['A', 'p1', 1, 1, 1, 1],
      ],
      TYPES
    );
    expect(warnings(f)).toEqual([
      {
        kind: 'duplicate-row',
        message: '2 duplicate (segment, period) rows: the last one wins.',
        count: 2,
        example: 'A @ p1',
      },
    ]);
  });

  it('more segments than the limit', () => {
    const f = frameFromRows(
      HEADER,
      [
        ['A', 'p1', 1, 1, 3, 1],
        ['B', 'p1', 1, 1, 2, 1],
        ['C', 'p1', 1, 1, 1, 1],
      ],
      TYPES
    );
    expect(warnings(f, { segmentLimit: 1 })).toEqual([
      {
        kind: 'segment-limit',
        message: '2 segments are hidden: only the 1 largest by size are shown.',
        count: 2,
        example: 'B',
      },
    ]);
  });

  it('rows without a segment or a period', () => {
    const f = frameFromRows(
      HEADER,
      [
        ['A', 'p1', 1, 1, 1, 1],
        ['', 'p1', 1, 1, 1, 1],
        [null, 'p1', 1, 1, 1, 1],
        ['B', null, 1, 1, 1, 1],
      ],
      TYPES
    );
    expect(warnings(f)).toEqual([
      {
        kind: 'missing-segment',
        message: '2 rows have no segment name and were skipped.',
        count: 2,
        example: 'row 2',
      },
      { kind: 'missing-period', message: '1 row has no period and was skipped.', count: 1, example: 'B (row 4)' },
    ]);
  });

  it('mapped fields that are not in the data', () => {
    const f = frameFromRows(HEADER, [['A', 'p1', 1, 1, 1, 1]], TYPES);
    expect(warnings(f, { fields: { resource: 'budget', parent: 'group' } })).toEqual([
      {
        kind: 'missing-field',
        message: '2 fields set in the options are not in the data: "budget" (resource), "group" (parent).',
        count: 2,
        example: 'resource: budget',
      },
    ]);
  });

  it('ordinal values outside the configured order', () => {
    const f = frameFromRows(
      ['segment', 'needs', 'value'],
      [
        ['A', 'broad', 1],
        ['B', 'odd', 2],
      ]
    );
    expect(warnings(f, { xAxis: { scale: 'ordinal', ordinalOrder: ['universal', 'broad'] } })).toEqual([
      {
        kind: 'unknown-category',
        message: '1 x category is not in the ordinal order and was placed after it: odd.',
        count: 1,
        example: 'odd',
      },
    ]);
  });

  it('x ≤ 0 on a log axis', () => {
    const f = frameFromRows(
      HEADER,
      [
        ['A', 'p1', 1, 1, 1, 1],
        ['B', 'p1', -1, 1, 1, 1],
      ],
      TYPES
    );
    expect(warnings(f, { preset: 'share-vs-growth' })).toEqual([
      {
        kind: 'non-positive-log',
        message: '1 point has x ≤ 0, which a log axis cannot show, and was skipped.',
        count: 1,
        example: 'B @ p1: x = -1',
      },
    ]);
  });

  it('unusable cut variables', () => {
    const f = frameFromRows(HEADER, [['A', 'p1', 1, 1, 1, 1]], TYPES);
    expect(
      warnings(f, { cuts: { x: { mode: 'variable', variable: '$cut' } } }, { replaceVariables: () => 'wide' })
    ).toEqual([
      {
        kind: 'invalid-cut',
        message: '1 cut point is not usable (x: "wide" is not a number); the median is used instead.',
        count: 1,
        example: 'x: "wide" is not a number',
      },
    ]);
  });

  it('lists kinds in a fixed order', () => {
    const c = new WarningCollector();
    c.add('segment-limit', 'x', 1, '5');
    c.add('non-finite', 'a');
    c.add('non-finite', 'b', 2);
    expect(c.list().map((w) => [w.kind, w.count, w.example])).toEqual([
      ['non-finite', 3, 'a'],
      ['segment-limit', 1, 'x'],
    ]);
    expect(c.count('non-finite')).toBe(3);
  });
});
