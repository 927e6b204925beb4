import { createTheme } from '@grafana/data';
import type { SegmentModel } from '../../model/types';
import { conventionalModel, modelFrom } from '../../spec/fixtures';
import { conventionalFrame, frameFromRows } from '../../test-utils/frames';
import { buildFormatters } from '../format/formatters';
import { lineageText, nextSort, segmentVerdict, sortRows, tableRows, type TableRow } from './tableRows';

const model = conventionalModel();
const f = buildFormatters(model, [conventionalFrame()], {}, createTheme());
const seg = (name: string) => model.segments.find((s) => s.segment === name)!;
const rows = tableRows(model, f);
const names = (r: TableRow[]) => r.map((x) => x.segment);

describe('tableRows', () => {
  it('has one row per segment, in legend order', () => {
    expect(names(rows)).toEqual(model.segments.map((s) => s.segment));
  });

  it('writes quadrant baseline → current by name, and dashes for new and retired segments', () => {
    const byName = Object.fromEntries(rows.map((r) => [r.segment, r]));
    expect(byName.Healthcare.quadrant).toMatch(/^– → /);
    expect(byName.Agencies.quadrant).toMatch(/ → –$/);
    for (const r of rows.filter((x) => x.moved)) {
      expect(r.quadrant).toContain(' → ');
    }
  });

  it('writes the resource share baseline → current', () => {
    const enterprise = rows.find((r) => r.segment === 'Enterprise')!;
    expect(enterprise.resource).toMatch(/^\d+\.\d% → \d+\.\d%$/);
  });
});

describe('segmentVerdict', () => {
  const priority = (patch: Partial<SegmentModel>): SegmentModel => ({ ...seg('Enterprise'), priority: true, ...patch });
  it.each<[string, Partial<SegmentModel>, number | null, string]>([
    ['all signals up', { growth: 0.3, resourceShareDelta: 0.02, satisfactionDelta: 2 }, 0.1, 'on-track'],
    ['all down', { growth: 0.0, resourceShareDelta: -0.02, satisfactionDelta: -2 }, 0.1, 'off-track'],
    ['some up, some down', { growth: 0.3, resourceShareDelta: -0.02, satisfactionDelta: 2 }, 0.1, 'mixed'],
    ['nothing known', { growth: null, resourceShareDelta: null, satisfactionDelta: null }, 0.1, 'no-data'],
    ['growth not comparable, others up', { growth: 0.3, resourceShareDelta: 0.01, satisfactionDelta: 1 }, null, 'on-track'],
  ])('priority segment, %s', (_n, patch, growthOther, verdict) => {
    expect(segmentVerdict(priority(patch), { growthOther })).toBe(verdict);
  });

  it('calls other segments "not a priority", and marks new and retired ones', () => {
    expect(segmentVerdict({ ...seg('Enterprise'), priority: false }, model.indicators)).toBe('not-priority');
    expect(segmentVerdict(seg('Healthcare'), model.indicators)).toBe('new');
    expect(segmentVerdict(seg('Agencies'), model.indicators)).toBe('retired');
  });

  it('judges nothing with a single period (every segment is "new" there)', () => {
    const single = modelFrom([frameFromRows(['segment', 'needs', 'value'], [['A', 2, 3], ['B', 7, 8]])]);
    const r = tableRows(single, buildFormatters(single, [], {}, createTheme()));
    expect(r.map((x) => x.verdict)).toEqual(['no-data', 'no-data']);
    expect(r.every((x) => !x.quadrant.includes('→'))).toBe(true);
  });
});

describe('lineageText', () => {
  it.each<[Partial<SegmentModel>, string]>([
    [{ lineage: { kind: 'split', from: ['Media'] } }, 'split from Media'],
    [{ lineage: { kind: 'merge', from: ['A', 'B'] } }, 'merged from A, B'],
    [{ successors: ['Streaming', 'Publishing'] }, 'split into Streaming, Publishing'],
    [{ successors: ['Next'] }, 'became Next'],
    [{}, ''],
  ])('%j → "%s"', (patch, text) => {
    expect(lineageText({ ...seg('Enterprise'), lineage: null, successors: [], ...patch })).toBe(text);
  });
});

describe('sorting', () => {
  it('sorts numbers with missing values last in both directions, ties in legend order', () => {
    const asc = sortRows(rows, { key: 'growth', direction: 'asc' });
    const desc = sortRows(rows, { key: 'growth', direction: 'desc' });
    const known = (r: TableRow[]) => r.filter((x) => x.sort.growth !== null).map((x) => x.sort.growth as number);
    expect(known(asc)).toEqual([...known(asc)].sort((a, b) => a - b));
    expect(known(desc)).toEqual([...known(desc)].sort((a, b) => b - a));
    for (const sorted of [asc, desc]) {
      const firstMissing = sorted.findIndex((x) => x.sort.growth === null);
      expect(sorted.slice(firstMissing).every((x) => x.sort.growth === null)).toBe(true);
    }
  });

  it('sorts names naturally', () => {
    expect(names(sortRows(rows, { key: 'segment', direction: 'asc' }))).toEqual([...names(rows)].sort((a, b) => a.localeCompare(b)));
  });

  it('does not reorder without a sort', () => {
    expect(sortRows(rows, null)).toBe(rows);
  });

  it.each([
    [null, 'segment', false, { key: 'segment', direction: 'asc' }],
    [{ key: 'segment', direction: 'asc' }, 'segment', false, { key: 'segment', direction: 'desc' }],
    [{ key: 'segment', direction: 'desc' }, 'segment', false, null],
    [null, 'growth', true, { key: 'growth', direction: 'desc' }],
    [{ key: 'growth', direction: 'desc' }, 'growth', true, { key: 'growth', direction: 'asc' }],
    [{ key: 'segment', direction: 'asc' }, 'growth', true, { key: 'growth', direction: 'desc' }],
  ] as const)('header click: %j then %s → %j', (current, key, numeric, next) => {
    expect(nextSort(current, key, numeric)).toEqual(next);
  });
});
