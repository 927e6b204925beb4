import type { PlainDataFrame } from '../sql';
import { timeSeriesFromTable } from './longToWide';

const T1 = Date.UTC(2024, 0, 1);
const T2 = Date.UTC(2024, 3, 1);

function frame(fields: Array<[string, 'time' | 'string' | 'number', unknown[]]>): PlainDataFrame {
  return {
    refId: 'A',
    length: fields[0][2].length,
    fields: fields.map(([name, type, values]) => ({ name, type, config: {}, values })),
  };
}

describe('timeSeriesFromTable (format: time_series)', () => {
  it('names each series by its metric when the query returns time, metric and value', () => {
    const wide = timeSeriesFromTable(
      frame([
        ['time', 'time', [T2, T1, T1, T2]],
        ['metric', 'string', ['SMB', 'SMB', 'Enterprise', 'Enterprise']],
        ['value', 'number', [2, 1, 10, 11]],
      ])
    );
    expect(wide.fields.map((f) => [f.name, f.type, f.values, f.labels])).toEqual([
      ['Time', 'time', [T1, T2], undefined],
      ['SMB', 'number', [1, 2], undefined],
      ['Enterprise', 'number', [10, 11], undefined],
    ]);
    expect(wide.length).toBe(2);
  });

  it('keeps labels with more columns, and fills missing times with null', () => {
    const wide = timeSeriesFromTable(
      frame([
        ['time', 'time', [T1, T1, T2]],
        ['segment', 'string', ['A', 'B', 'A']],
        ['revenue', 'number', [1, 2, 3]],
        ['csat', 'number', [70, 71, 72]],
      ])
    );
    expect(wide.fields.map((f) => [f.name, f.labels ?? null, f.values])).toEqual([
      ['Time', null, [T1, T2]],
      ['revenue', { segment: 'A' }, [1, 3]],
      ['csat', { segment: 'A' }, [70, 72]],
      ['revenue', { segment: 'B' }, [2, null]],
      ['csat', { segment: 'B' }, [71, null]],
    ]);
  });

  it('passes a wide result through, sorted by time', () => {
    const wide = timeSeriesFromTable(
      frame([
        ['time', 'time', [T2, T1]],
        ['value', 'number', [2, 1]],
      ])
    );
    expect(wide.fields.map((f) => [f.name, f.values])).toEqual([
      ['Time', [T1, T2]],
      ['value', [1, 2]],
    ]);
  });

  it('needs a time column, as Grafana does', () => {
    expect(() =>
      timeSeriesFromTable(
        frame([
          ['period', 'string', ['2024-Q1']],
          ['value', 'number', [1]],
        ])
      )
    ).toThrow('no time column found');
    expect(() =>
      timeSeriesFromTable(
        frame([
          ['time', 'string', ['2024-Q1']],
          ['value', 'number', [1]],
        ])
      )
    ).toThrow('not a timestamp');
  });
});
