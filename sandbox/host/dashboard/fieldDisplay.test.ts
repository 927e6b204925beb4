import { createTheme, FieldType, toDataFrame } from '@grafana/data';
import { displayColumns, fieldConfigFor } from './fieldDisplay';

const fieldConfig = {
  defaults: { unit: 'short', custom: { align: 'auto' } },
  overrides: [
    { matcher: { id: 'byRegexp', options: '^Revenue' }, properties: [{ id: 'unit', value: 'currencyUSD' }] },
    {
      matcher: { id: 'byName', options: 'Growth' },
      properties: [
        { id: 'unit', value: 'percentunit' },
        { id: 'decimals', value: 1 },
        { id: 'custom.width', value: 90 },
      ],
    },
  ],
};

describe('fieldConfigFor', () => {
  it('applies defaults, then matching overrides in order; custom properties are left to Grafana', () => {
    expect(fieldConfigFor('Revenue 2024-Q1', fieldConfig)).toEqual({ unit: 'currencyUSD' });
    expect(fieldConfigFor('Growth', fieldConfig)).toEqual({ unit: 'percentunit', decimals: 1 });
    expect(fieldConfigFor('Segment', fieldConfig)).toEqual({ unit: 'short' });
  });
});

describe('displayColumns', () => {
  it('formats values as Grafana does: units, decimals, times in UTC', () => {
    const frame = toDataFrame({
      fields: [
        { name: 'Time', type: FieldType.time, values: [Date.UTC(2024, 3, 1)] },
        { name: 'Growth', type: FieldType.number, values: [0.3675] },
        { name: 'Revenue 2025-Q4', type: FieldType.number, values: [null] },
      ],
    });
    const columns = displayColumns(frame, fieldConfig, createTheme());
    expect(columns.map((c) => c.name)).toEqual(['Time', 'Growth', 'Revenue 2025-Q4']);
    expect(columns[0].format(frame.fields[0].values[0])).toBe('2024-04-01 00:00:00');
    expect(columns[1].format(0.3675)).toBe('36.8%');
    expect(columns[2].format(null)).toBe('');
    expect(columns.map((c) => c.numeric)).toEqual([false, true, true]);
  });
});
