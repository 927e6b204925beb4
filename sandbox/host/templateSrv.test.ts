import { readVariables, replaceWithVariables } from './templateSrv';

describe('replaceWithVariables', () => {
  const vars = { segment: "O'Brien", quarters: ['2024-Q1', '2025-Q4'], baseline: '2024-Q1' };

  it.each([
    ['$baseline', '2024-Q1'],
    ['${baseline}', '2024-Q1'],
    ['[[baseline]]', '2024-Q1'],
    ["${segment:sqlstring}", "'O''Brien'"],
    ['${quarters:csv}', '2024-Q1,2025-Q4'],
    ['${quarters:sqlstring}', "'2024-Q1','2025-Q4'"],
    ['${quarters}', '{2024-Q1,2025-Q4}'],
    ['$unknown stays', '$unknown stays'],
  ])('%s → %s', (target, expected) => {
    expect(replaceWithVariables(target, vars)).toBe(expected);
  });

  it('prefers scoped variables', () => {
    expect(replaceWithVariables('$baseline', vars, { baseline: { text: 'x', value: '2023-Q4' } })).toBe('2023-Q4');
  });
});

describe('data link macros', () => {
  it('reads ${__data.fields.<name>} from the link row, URI-encoded when asked', () => {
    const scoped = {
      __dataContext: { value: { frame: { fields: [{ name: 'segment', values: ['A', 'Public sector'] }] }, rowIndex: 1 } },
    } as never;
    expect(replaceWithVariables('s=${__data.fields.segment}', {}, scoped, 'percentencode')).toBe('s=Public%20sector');
    expect(replaceWithVariables('${__data.fields.nope}', {}, scoped)).toBe('${__data.fields.nope}');
  });
});

describe('readVariables', () => {
  it('takes var-<name> URL parameters', () => {
    expect(readVariables({ 'var-segment': 'Enterprise', 'var-q': ['a', 'b'], from: 'now-1y' })).toEqual({ segment: 'Enterprise', q: ['a', 'b'] });
  });
});
