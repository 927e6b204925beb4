import { TABLE_HEADER_HEIGHT } from '../ShiftTable/ShiftTable.styles';
import {
  GAP,
  legendFits,
  LEGEND_MIN_HEIGHT,
  LEGEND_MIN_WIDTH,
  MIN_CHART,
  panelLayout,
  STRIP_HEIGHT,
  STRIP_ICONS_BELOW,
  STRIP_ICONS_HEIGHT,
  stripLayout,
  type LayoutInput,
} from './layout';

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
    ['300×200', { width: 300, height: 200 }],
    ['480×320', { width: 480, height: 320 }],
    ['4K', { width: 3840, height: 2160 }],
    ['4K, table right', { width: 3840, height: 2160, tablePlacement: 'right' }],
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
    // nothing wider than the panel
    expect(Math.max(l.chart.width, l.strip?.width ?? 0, l.table?.width ?? 0)).toBeLessThanOrEqual(i.width);
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
    expect(panelLayout(input({ tableCollapsed: true })).table).toMatchObject({
      height: TABLE_HEADER_HEIGHT,
      collapsed: true,
    });
    expect(panelLayout(input({ tablePlacement: 'right', tableCollapsed: true })).table).toMatchObject({
      width: TABLE_HEADER_HEIGHT,
      collapsed: true,
    });
  });

  it('keeps the chart at least MIN_CHART high: shrinks the table to its bar, then drops it, then the strip', () => {
    expect(panelLayout(input({ height: 280 }))).toMatchObject({
      strip: { height: STRIP_HEIGHT },
      table: { collapsed: true, height: TABLE_HEADER_HEIGHT },
    });
    expect(panelLayout(input({ height: 220 }))).toMatchObject({
      strip: { height: STRIP_HEIGHT },
      table: null,
      chart: { height: 220 - STRIP_HEIGHT - GAP },
    });
    expect(panelLayout(input({ height: 150 }))).toMatchObject({ strip: null, table: null, chart: { height: 150 } });
  });
});

describe('stripLayout', () => {
  it.each<[number, number, 'full' | 'icons' | null]>([
    [1280, 800, 'full'],
    [STRIP_ICONS_BELOW, 800, 'full'],
    [STRIP_ICONS_BELOW - 1, 800, 'icons'],
    [480, 320, 'icons'],
    [300, 200, 'icons'],
    // wide but short: the icons leave the chart its room where the full strip would not
    [1280, MIN_CHART + GAP + STRIP_HEIGHT, 'full'],
    [1280, MIN_CHART + GAP + STRIP_HEIGHT - 1, 'icons'],
    [1280, MIN_CHART + GAP + STRIP_ICONS_HEIGHT, 'icons'],
    [1280, MIN_CHART + GAP + STRIP_ICONS_HEIGHT - 1, null],
    [300, 150, null],
  ])('%i×%i: %s', (width, height, mode) => {
    const strip = stripLayout(width, height, true);
    expect(strip?.mode ?? null).toBe(mode);
    if (strip) {
      expect(strip).toEqual({ width, height: mode === 'full' ? STRIP_HEIGHT : STRIP_ICONS_HEIGHT, mode });
    }
  });

  it('is never shown when switched off', () => {
    expect(stripLayout(1280, 800, false)).toBeNull();
  });
});

describe('panelLayout at the sizes panels are read at', () => {
  it('300×200: the strip as icons, no table, the chart keeps the rest', () => {
    expect(panelLayout(input({ width: 300, height: 200 }))).toEqual({
      strip: { width: 300, height: STRIP_ICONS_HEIGHT, mode: 'icons' },
      chart: { width: 300, height: 200 - STRIP_ICONS_HEIGHT - GAP },
      table: null,
    });
  });

  it('300×200 with the table beside: no room for it either', () => {
    expect(panelLayout(input({ width: 300, height: 200, tablePlacement: 'right' })).table).toBeNull();
  });

  it('4K: the full strip, the table sized to its rows, the chart takes over 80% of the panel', () => {
    const l = panelLayout(input({ width: 3840, height: 2160 }));
    expect(l.strip).toMatchObject({ mode: 'full', height: STRIP_HEIGHT });
    expect(l.table).toMatchObject({ placement: 'below', collapsed: false });
    expect(l.table!.height).toBeLessThan(400);
    expect((l.chart.width * l.chart.height) / (3840 * 2160)).toBeGreaterThan(0.8);
  });
});

describe('legendFits', () => {
  it('keeps the legends on a chart with room and leaves them out on a small one', () => {
    expect(legendFits({ width: LEGEND_MIN_WIDTH, height: LEGEND_MIN_HEIGHT })).toBe(true);
    expect(legendFits({ width: 300, height: 164 })).toBe(false);
    expect(legendFits({ width: 1200, height: LEGEND_MIN_HEIGHT - 1 })).toBe(false);
  });
});
