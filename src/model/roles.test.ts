import { frameFrom } from '../test-utils/frames';
import { longColumns } from './columns';
import { resolveRoles, type RoleRequest } from './roles';

const REQ: RoleRequest = { mapping: {}, xScale: 'auto', composite: null, wide: null };

function roleNames(r: ReturnType<typeof resolveRoles>) {
  if (r.kind !== 'ok') {
    throw new Error(r.message);
  }
  return Object.fromEntries(Object.entries(r.roles).map(([k, v]) => [k, v?.name ?? null]));
}

describe('resolveRoles', () => {
  it('guesses every role from the DESIGN §2 aliases, case-insensitively', () => {
    const frame = frameFrom([
      { name: 'Segment_Name', values: ['a'] },
      { name: 'Quarter', values: ['2024-Q1'] },
      { name: 'Customer Needs', values: [1] },
      { name: 'ORG_VALUE', values: [2] },
      { name: 'Accounts', values: [3] },
      { name: 'Revenue', values: [4] },
      { name: 'CSAT', values: [5] },
      { name: 'headcount', values: [6] },
      { name: 'tier', values: ['high'] },
      { name: 'parent_segment', values: ['p'] },
      { name: 'merged_from', values: ['x'] },
    ]);
    const r = resolveRoles(longColumns(frame), REQ);
    expect(roleNames(r)).toEqual({
      segment: 'Segment_Name',
      period: 'Quarter',
      x: 'Customer Needs',
      y: 'ORG_VALUE',
      size: 'Accounts',
      growth: 'Revenue',
      satisfaction: 'CSAT',
      resource: 'headcount',
      priority: 'tier',
      parent: 'parent_segment',
      lineage: 'merged_from',
    });
  });

  it('prefers the earlier alias and lets the growth measure default to the size measure', () => {
    const frame = frameFrom([
      { name: 'name', values: ['a'] },
      { name: 'segment', values: ['a'] },
      { name: 'needs', values: [1] },
      { name: 'value', values: [2] },
      { name: 'customers', values: [3] },
    ]);
    const r = resolveRoles(longColumns(frame), REQ);
    expect(roleNames(r)).toMatchObject({ segment: 'segment', size: 'customers', growth: 'customers' });
    expect(r.kind === 'ok' && r.guessed).toContain('growth');
  });

  it('uses the names set in the options before any guess', () => {
    const frame = frameFrom([
      { name: 'segment', values: ['a'] },
      { name: 'label', values: ['b'] },
      { name: 'needs', values: [1] },
      { name: 'score', values: [2] },
      { name: 'value', values: [3] },
    ]);
    const r = resolveRoles(longColumns(frame), { ...REQ, mapping: { segment: 'label', y: 'score', x: '' } });
    expect(roleNames(r)).toMatchObject({ segment: 'label', x: 'needs', y: 'score' });
    expect(r.kind === 'ok' && r.guessed).not.toContain('segment');
  });

  it('matches a mapped name by display name too', () => {
    const frame = frameFrom([
      { name: 'segment', values: ['a'] },
      { name: 'c1', values: [1], config: { displayName: 'Needs score' } },
      { name: 'c2', values: [2] },
    ]);
    const r = resolveRoles(longColumns(frame), { ...REQ, mapping: { x: 'Needs score', y: 'c2' } });
    expect(roleNames(r)).toMatchObject({ x: 'c1', y: 'c2' });
  });

  it('falls back by type: first text for segment, first time for period, next numbers for x and y', () => {
    const frame = frameFrom([
      { name: 'n1', values: [1] },
      { name: 'label', values: ['a'] },
      { name: 'ts', type: 'time', values: [0] },
      { name: 'n2', values: [2] },
      { name: 'n3', values: [3] },
    ]);
    expect(roleNames(resolveRoles(longColumns(frame), REQ))).toMatchObject({
      segment: 'label',
      period: 'ts',
      x: 'n1',
      y: 'n2',
      size: null,
    });
  });

  it('treats numbers stored as text (Postgres numeric) as numbers', () => {
    const frame = frameFrom([
      { name: 'segment', values: ['a', 'b'] },
      { name: 'm1', type: 'string', values: ['1.5', '2'] },
      { name: 'm2', type: 'string', values: ['3', null] },
    ]);
    expect(roleNames(resolveRoles(longColumns(frame), REQ))).toMatchObject({ segment: 'segment', x: 'm1', y: 'm2' });
  });

  it('takes a text x named like needs as an ordinal axis on auto scale', () => {
    const frame = frameFrom([
      { name: 'segment', values: ['a'] },
      { name: 'needs', values: ['broad'] },
      { name: 'value', values: [1] },
    ]);
    const r = resolveRoles(longColumns(frame), REQ);
    expect(r.kind === 'ok' && r.ordinalX).toBe(true);
  });

  it('does not need y with a composite axis, and drops unknown components', () => {
    const frame = frameFrom([
      { name: 'segment', values: ['a'] },
      { name: 'needs', values: [1] },
      { name: 'revenue', values: [2] },
      { name: 'potential', values: [3] },
    ]);
    const r = resolveRoles(longColumns(frame), {
      ...REQ,
      composite: [
        { field: 'revenue', weight: 2 },
        { field: 'Potential', weight: 1 },
        { field: 'missing', weight: 1 },
      ],
    });
    expect(r.kind).toBe('ok');
    if (r.kind === 'ok') {
      expect(r.roles.y).toBeNull();
      expect(r.composite.map((c) => [c.field, c.weight])).toEqual([
        ['revenue', 2],
        ['potential', 1],
      ]);
      expect(r.missing).toEqual([{ role: 'composite value', name: 'missing' }]);
    }
  });

  describe('errors name the role and list the fields', () => {
    it.each<[string, Parameters<typeof frameFrom>[0], Partial<RoleRequest>, string]>([
      [
        'no text field',
        [
          { name: 'a', values: [1] },
          { name: 'b', values: [2] },
        ],
        {},
        'No text field for the segment role. Map it in the options or name a column segment, segment_name or name. Fields: a (number), b (number).',
      ],
      [
        'no numeric field for x',
        [{ name: 'segment', values: ['a'] }],
        { xScale: 'linear' },
        'No numeric field for the x (needs) role. Map it in the options or name a column needs, customer_needs or x. Fields: segment (text).',
      ],
      [
        'no numeric field for y',
        [
          { name: 'segment', values: ['a'] },
          { name: 'needs', values: [1] },
          { name: 'when', type: 'time', values: [0] },
        ],
        {},
        'No numeric field for the y (value) role. Map it in the options or name a column value, org_value, organizational_value or y. Fields: segment (text), needs (number), when (time).',
      ],
      [
        'a mapped field that is not there',
        [
          { name: 'segment', values: ['a'] },
          { name: 'needs', values: [1] },
          { name: 'value', values: [1] },
        ],
        { mapping: { y: 'org_val' } },
        'The field "org_val" set for the y (value) role is not in the data. Fields: segment (text), needs (number), value (number).',
      ],
      [
        'a text x on a linear axis',
        [
          { name: 'segment', values: ['a'] },
          { name: 'tier', values: ['t'] },
          { name: 'value', values: [1] },
          { name: 'other', values: [1] },
        ],
        { mapping: { x: 'tier' }, xScale: 'linear' },
        'The x (needs) field "tier" holds text values; a linear axis needs numbers. Choose the ordinal scale or another field. Fields: segment (text), tier (text), value (number), other (number).',
      ],
      [
        'a composite axis without known fields',
        [
          { name: 'segment', values: ['a'] },
          { name: 'needs', values: [1] },
          { name: 'revenue', values: [1] },
        ],
        { composite: [{ field: 'nope', weight: 1 }] },
        'The composite value axis has no field that is in the data. Add numeric fields to it (or turn it off). Numeric fields: needs, revenue.',
      ],
    ])('%s', (_, columns, req, message) => {
      const r = resolveRoles(longColumns(frameFrom(columns)), { ...REQ, ...req });
      expect(r).toEqual({ kind: 'error', message });
    });
  });

  it('reports an optional mapped field that is missing instead of failing', () => {
    const frame = frameFrom([
      { name: 'segment', values: ['a'] },
      { name: 'needs', values: [1] },
      { name: 'value', values: [1] },
      { name: 'customers', values: [1] },
    ]);
    const r = resolveRoles(longColumns(frame), { ...REQ, mapping: { satisfaction: 'nps_score' } });
    expect(r.kind === 'ok' && r.missing).toEqual([{ role: 'satisfaction', name: 'nps_score' }]);
    expect(r.kind === 'ok' && r.roles.satisfaction).toBeNull();
  });
});
