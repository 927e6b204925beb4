import { rowOf } from './events';

describe('rowOf', () => {
  const row = { segment: 'Enterprise', x: 1 };
  it.each([
    ['a bubble (datum is the row)', { datum: row }, row],
    ['a label (datum is the anchor item, whose datum is the row)', { datum: { datum: row } }, row],
    ['a legend entry', { datum: { value: 3, label: '3' } }, null],
    ['nothing', null, null],
    ['an item without datum', {}, null],
  ])('%s', (_name, item, expected) => {
    expect(rowOf(item)).toEqual(expected);
  });
});
