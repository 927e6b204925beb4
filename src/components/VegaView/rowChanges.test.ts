import { rowChanges } from './rowChanges';

const key = (r: Record<string, unknown>) => String(r.segment);

describe('rowChanges', () => {
  it('modifies kept rows field by field, inserts new ones and removes the missing', () => {
    const a = { segment: 'A', x: 1, y: 2 };
    const b = { segment: 'B', x: 3, y: 4 };
    const changes = rowChanges([a, b], [{ segment: 'A', x: 1, y: 5 }, { segment: 'C', x: 0, y: 0 }], key);
    expect(changes.modify).toEqual([{ tuple: a, field: 'y', value: 5 }]);
    expect(changes.insert).toEqual([{ segment: 'C', x: 0, y: 0 }]);
    expect(changes.remove).toEqual([b]);
  });

  it('reports nothing for equal rows (NaN and equal arrays included)', () => {
    const rows = [{ segment: 'A', x: NaN, dash: [1, 2], missing: null }];
    expect(rowChanges(rows, [{ segment: 'A', x: NaN, dash: [1, 2], missing: null }], key)).toEqual({ insert: [], remove: [], modify: [] });
  });

  it('inserts a second row with a key already used (it never overwrites the first)', () => {
    const a = { segment: 'A', x: 1 };
    const changes = rowChanges([a], [{ segment: 'A', x: 1 }, { segment: 'A', x: 2 }], key);
    expect(changes.insert).toEqual([{ segment: 'A', x: 2 }]);
    expect(changes.modify).toEqual([]);
  });
});
