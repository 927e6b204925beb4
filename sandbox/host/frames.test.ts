import { FieldType } from '@grafana/data';
import { parseFrames } from './frames';

const plain = { refId: 'A', fields: [{ name: 'segment', type: 'string', values: ['Enterprise', 'SMB'] }, { name: 'needs', type: 'number', values: [6, 2] }] };
const inspector = {
  schema: { refId: 'B', fields: [{ name: 'segment', type: 'string' }, { name: 'needs', type: 'number' }] },
  data: { values: [['Enterprise', 'SMB'], [6, 2]] },
};

describe('parseFrames', () => {
  it('reads one plain frame', () => {
    const [frame] = parseFrames(plain);
    expect(frame.refId).toBe('A');
    expect(frame.length).toBe(2);
    expect(frame.fields[1].type).toBe(FieldType.number);
    expect(frame.fields[0].values).toEqual(['Enterprise', 'SMB']);
  });

  it('reads the query inspector DataFrame JSON and arrays mixing both forms', () => {
    const frames = parseFrames([plain, inspector]);
    expect(frames.map((f) => f.refId)).toEqual(['A', 'B']);
    expect(frames[1].fields[1].values).toEqual([6, 2]);
  });

  it('reads an /api/ds/query response, taking refIds from the results', () => {
    const frames = parseFrames({ results: { Q: { frames: [inspector] } } });
    expect(frames[0].refId).toBe('Q');
  });

  it('names frames without a refId A, B, …', () => {
    const frames = parseFrames([{ fields: plain.fields }, { fields: plain.fields }]);
    expect(frames.map((f) => f.refId)).toEqual(['A', 'B']);
  });

  it('refuses something that is not a frame', () => {
    expect(() => parseFrames([{ rows: [] }])).toThrow('frame 1 is neither');
  });
});
