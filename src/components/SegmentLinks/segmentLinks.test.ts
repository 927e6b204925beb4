import { FieldType, toDataFrame, type LinkModel } from '@grafana/data';
import { findSegmentRow, safeLinks, segmentLinks } from './segmentLinks';

const frame = () =>
  toDataFrame({
    fields: [
      { name: 'segment', type: FieldType.string, values: ['A', 'B', 'A', 'B'] },
      { name: 'period', type: FieldType.string, values: ['2023', '2023', '2024', '2024'] },
      { name: 'revenue', type: FieldType.number, values: [1, 2, 3, 4] },
    ],
  });

const query = { segment: 'A', segmentField: 'segment', periodField: 'period', currentPeriod: '2024' };

describe('findSegmentRow', () => {
  it('finds the segment row of the current period', () => {
    expect(findSegmentRow([frame()], query)?.rowIndex).toBe(2);
    expect(findSegmentRow([frame()], { ...query, currentPeriod: '2023' })?.rowIndex).toBe(0);
  });
  it('falls back to the latest row, or null for an unknown segment', () => {
    expect(findSegmentRow([frame()], { ...query, currentPeriod: '1999' })?.rowIndex).toBe(2);
    expect(findSegmentRow([frame()], { ...query, periodField: null })?.rowIndex).toBe(2);
    expect(findSegmentRow([frame()], { ...query, segment: 'Z' })).toBeNull();
    expect(findSegmentRow([frame()], { ...query, segmentField: 'nope' })).toBeNull();
  });
});

describe('safeLinks', () => {
  const link = (title: string, href: string): LinkModel => ({ title, href, target: '_blank', origin: {} as never });
  it('drops javascript: URLs and duplicates, keeps target', () => {
    const out = safeLinks([link('ok', '/d/x?var-s=A'), link('bad', 'javascript:alert(1)'), link('bad2', ' JaVa\tscript:alert(1)'), link('ok', '/d/x?var-s=A')]);
    expect(out).toEqual([{ title: 'ok', href: '/d/x?var-s=A', target: '_blank', onClick: undefined }]);
  });
});

describe('segmentLinks', () => {
  it('asks each linked field for the links of the segment row', () => {
    const f = frame();
    const getLinks = jest.fn(({ valueRowIndex }: { valueRowIndex?: number }) => [
      { title: 'Open', href: `/d/x?row=${valueRowIndex}`, target: '_self' as const, origin: f.fields[2] },
    ]);
    f.fields[2].config.links = [{ title: 'Open', url: '/d/x' }];
    f.fields[2].getLinks = getLinks;
    expect(segmentLinks([f], query)).toEqual([{ title: 'Open', href: '/d/x?row=2', target: '_self', onClick: undefined }]);
    expect(getLinks).toHaveBeenCalledWith({ valueRowIndex: 2 });
  });
});
