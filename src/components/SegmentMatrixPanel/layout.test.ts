import { TABLE_HEADER_HEIGHT } from '../ShiftTable/ShiftTable.styles';
import { GAP, MIN_CHART, panelLayout, STRIP_HEIGHT, type LayoutInput } from './layout';

const input = (patch: Partial<LayoutInput>): LayoutInput => ({
  width: 1000,
  height: 800,
  showStrip: true,
  tablePlacement: 'below',
  tableCollapsed: false,
  rows: 6,
  ...patch,
});

describe('panelLayout', () => {
  it.each<[string, Partial<LayoutInput>]>([
    ['strip and table below', {}],
    ['table right', { tablePlacement: 'right' }],
    ['table hidden', { tablePlacement: 'hidden' }],
    ['collapsed below', { tableCollapsed: true }],
    ['collapsed right', { tablePlacement: 'right', tableCollapsed: true }],
    ['no strip', { showStrip: false }],
    ['small panel', { width: 300, height: 260 }],
    ['many rows', { rows: 500 }],
  ])('%s: the parts fill the panel without overlapping', (_name, patch) => {
    const i = input(patch);
    const l = panelLayout(i);
    const stripH = l.strip ? l.strip.height + GAP : 0;
    if (l.table?.placement === 'below') {
      expect(stripH + l.chart.height + GAP + l.table.height).toBe(i.height);
      expect(l.table.width).toBe(i.width);
    } else if (l.table?.placement === 'right') {
      expect(l.chart.width + GAP + l.table.width).toBe(i.width);
      expect(stripH + l.chart.height).toBe(i.height);
    } else {
      expect(l.chart).toEqual({ width: i.width, height: i.height - stripH });
    }
    expect(l.chart.height).toBeGreaterThanOrEqual(Math.min(MIN_CHART, i.height));
  });

  it('gives the strip its fixed height and the table at most 40% of the rest', () => {
    const l = panelLayout(input({ rows: 500 }));
    expect(l.strip!.height).toBe(STRIP_HEIGHT);
    expect(l.table!.height).toBeLessThanOrEqual(Math.round((800 - STRIP_HEIGHT - GAP) * 0.4));
  });

  it('sizes a short table to its rows', () => {
    const l = panelLayout(input({ rows: 2 }));
    expect(l.table!.height).toBeLessThan(200);
  });

  it('leaves only the bar of a collapsed table', () => {
    expect(panelLayout(input({ tableCollapsed: true })).table).toMatchObject({ height: TABLE_HEADER_HEIGHT, collapsed: true });
    expect(panelLayout(input({ tablePlacement: 'right', tableCollapsed: true })).table).toMatchObject({ width: TABLE_HEADER_HEIGHT, collapsed: true });
  });

  it('keeps the chart at least MIN_CHART high: shrinks the table to its bar, then drops it, then the strip', () => {
    expect(panelLayout(input({ height: 280 }))).toMatchObject({ strip: { height: STRIP_HEIGHT }, table: { collapsed: true, height: TABLE_HEADER_HEIGHT } });
    expect(panelLayout(input({ height: 220 }))).toMatchObject({ strip: { height: STRIP_HEIGHT }, table: null, chart: { height: 220 - STRIP_HEIGHT - GAP } });
    expect(panelLayout(input({ height: 150 }))).toMatchObject({ strip: null, table: null, chart: { height: 150 } });
  });
});
