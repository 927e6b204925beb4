import {
  currentValue,
  currentValues,
  customOptions,
  optionsFromFields,
  referencedVariables,
  resolveVariables,
  urlUpdates,
  usesTimeRange,
  type VariableModel,
} from './variables';
import type { DashboardJson } from './types';

const model = (overrides: Partial<VariableModel>): VariableModel => ({
  name: 'v',
  type: 'query',
  label: 'V',
  hide: 0,
  multi: false,
  includeAll: false,
  options: [],
  saved: undefined,
  ...overrides,
});

const quarters = ['2024-Q1', '2024-Q2', '2025-Q4'].map((q) => ({ text: q, value: q }));

describe('referencedVariables', () => {
  it.each([
    ["WHERE period BETWEEN '$baseline' AND '$current'", ['baseline', 'current']],
    ["parent = '${segment}' OR x = ${segment:sqlstring}", ['segment']],
    ['[[region]] and [[tier:csv]]', ['region', 'tier']],
    ['$__timeFilter(period_start) AND $__from < ${__to:date}', []],
    ['no variables', []],
  ])('%s', (sql, names) => expect(referencedVariables(sql)).toEqual(names));
});

describe('usesTimeRange', () => {
  it.each([
    ['WHERE $__timeFilter(t)', true],
    ['$__unixEpochFrom()', true],
    ['${__from:date}', true],
    ['$__interval', true],
    ["period = '$baseline'", false],
  ])('%s → %s', (sql, uses) => expect(usesTimeRange(sql)).toBe(uses));
});

describe('options', () => {
  it('reads __text/__value columns when both are there', () => {
    expect(
      optionsFromFields([
        { name: '__text', values: ['Q1 2024'] },
        { name: '__value', values: ['2024-Q1'] },
      ])
    ).toEqual([{ text: 'Q1 2024', value: '2024-Q1' }]);
  });

  it('otherwise takes every value of every column once, nulls left out', () => {
    expect(
      optionsFromFields([
        { name: 'a', values: ['x', 'y', 'x', null] },
        { name: 'b', values: [1] },
      ])
    ).toEqual([
      { text: 'x', value: 'x' },
      { text: 'y', value: 'y' },
      { text: '1', value: '1' },
    ]);
  });

  it('splits a custom query on commas and "text : value" pairs', () => {
    expect(customOptions('a, b , Gold : 1')).toEqual([
      { text: 'a', value: 'a' },
      { text: 'b', value: 'b' },
      { text: 'Gold', value: '1' },
    ]);
  });
});

describe('currentValue', () => {
  it('takes the URL value when it is an option', () => {
    expect(currentValue(model({ options: quarters, saved: '2024-Q1' }), '2024-Q2')).toBe('2024-Q2');
  });

  it('falls back to the saved value, then the first option, for a value that is not an option', () => {
    expect(currentValue(model({ options: quarters, saved: '2025-Q4' }), '1999-Q1')).toBe('2025-Q4');
    expect(currentValue(model({ options: quarters, saved: 'gone' }), undefined)).toBe('2024-Q1');
  });

  it('keeps any text for a textbox, the saved text when the URL has none', () => {
    expect(currentValue(model({ type: 'textbox', saved: 'All' }), "O'Brien")).toBe("O'Brien");
    expect(currentValue(model({ type: 'textbox', saved: 'All' }), undefined)).toBe('All');
  });

  it('gives a multi-value variable an array, and All every option', () => {
    expect(currentValue(model({ options: quarters, multi: true }), '2024-Q2')).toEqual(['2024-Q2']);
    expect(currentValue(model({ options: quarters, multi: true, includeAll: true }), '$__all')).toEqual([
      '2024-Q1',
      '2024-Q2',
      '2025-Q4',
    ]);
  });
});

describe('resolveVariables', () => {
  const dashboard = {
    uid: 'd',
    title: 'D',
    panels: [],
    templating: {
      list: [
        { name: 'baseline', type: 'query', query: 'SELECT q FROM quarters', current: { value: '2024-Q1' } },
        { name: 'current', type: 'query', query: { rawSql: "SELECT q FROM quarters WHERE q > '$baseline'" } },
        { name: 'segment', type: 'textbox', query: 'All' },
        { name: 'tier', type: 'custom', query: 'primary,secondary' },
      ],
    },
  } as unknown as DashboardJson;

  it('runs each query with the values of the variables before it, and leaves failures as errors', async () => {
    const calls: Array<[string, Record<string, unknown>]> = [];
    const models = await resolveVariables(dashboard, { baseline: '2024-Q2' }, async (variable, sql, values) => {
      calls.push([sql, values]);
      if (variable.name === 'current') {
        throw new Error('relation "quarters" does not exist');
      }
      return [{ name: 'q', values: ['2024-Q1', '2024-Q2'] }];
    });
    expect(calls).toEqual([
      ['SELECT q FROM quarters', {}],
      ["SELECT q FROM quarters WHERE q > '$baseline'", { baseline: '2024-Q2' }],
    ]);
    expect(models.map((m) => [m.name, m.options.length, m.error ?? null])).toEqual([
      ['baseline', 2, null],
      ['current', 0, 'relation "quarters" does not exist'],
      ['segment', 0, null],
      ['tier', 2, null],
    ]);
    expect(currentValues(models, {})).toEqual({ baseline: '2024-Q1', current: '', segment: 'All', tier: 'primary' });
  });
});

describe('urlUpdates', () => {
  it('lists the var- parameters whose value differs from the URL', () => {
    expect(urlUpdates({ a: '1', b: '2', c: ['x', 'y'] }, { a: '1', b: '3' })).toEqual({
      'var-b': '2',
      'var-c': ['x', 'y'],
    });
  });
});
