import * as vega from 'vega';
import type { AxisModel } from '../model/types';
import { labelWidth, TICK_SPACING, tickRows, tickSetRows, yLabelRoom, type TickRow, gridPath } from './axisMarks';

const linear = { scale: 'linear', domain: [0, 10], reverse: false, title: '' } as unknown as AxisModel;
const shownAt = (rows: TickRow[], length: number) => rows.filter((r) => r.lo < length && length <= r.hi);
const vegaTicks = (type: 'linear' | 'log', domain: [number, number], count: number) =>
  (vega.scale(type)().domain(domain) as unknown as { ticks(c: number): number[] }).ticks(count);

describe('tickRows', () => {
  it('shows exactly the ticks Vega would at every plot height (one per 40 px), y axis', () => {
    const domain: [number, number] = [0.37, 1234.5];
    const rows = tickRows('y', linear, domain, 12);
    for (let height = 20; height <= 2200; height += 13) {
      expect(shownAt(rows, height).map((r) => r.value)).toEqual(
        vegaTicks('linear', domain, Math.ceil(height / TICK_SPACING))
      );
    }
  });

  it.each([
    [0, 1],
    [-3.2, 7.9],
    [0.5, 0.6],
    [0.1, 0.15],
    [-1e6, -2],
    [99.99, 100.01],
    [1e-7, 3e-7],
  ])('shows Vega’s ticks at every plot height for the domain [%p, %p]', (lo, hi) => {
    const domain: [number, number] = [lo, hi];
    const rows = tickRows('y', linear, domain, 12);
    for (let height = 1; height <= 4000; height += 7) {
      expect(shownAt(rows, height).map((r) => r.value)).toEqual(
        vegaTicks('linear', domain, Math.ceil(height / TICK_SPACING))
      );
    }
  });

  it('never lets x labels overlap: a denser set only once its labels fit side by side', () => {
    const domain: [number, number] = [0, 2_500_000];
    const rows = tickRows('x', linear, domain, 12);
    for (let width = 60; width <= 3000; width += 17) {
      const shown = shownAt(rows, width);
      expect(shown.length).toBeGreaterThan(0);
      const widest = Math.max(...shown.map((r) => labelWidth(r.label, 12)));
      const sparsest = rows.filter((r) => r.lo === 0);
      if (shown[0].lo > 0) {
        expect(shown.length * (widest + 6)).toBeLessThanOrEqual(width);
      } else {
        expect(shown).toEqual(sparsest);
      }
      // never denser than Vega's one tick per 40 px
      expect(shown.length).toBeLessThanOrEqual(vegaTicks('linear', domain, Math.ceil(width / TICK_SPACING)).length);
    }
  });

  it('labels with Vega’s default formats (thousands separated, decimals as the step needs)', () => {
    const rows = tickRows('y', linear, [0, 2000], 12);
    expect(shownAt(rows, 200).map((r) => r.label)).toEqual(['0', '500', '1,000', '1,500', '2,000']);
    const fine = tickRows('y', linear, [0, 1], 12);
    expect(shownAt(fine, 400).map((r) => r.label)).toContain('0.5');
  });

  it('puts log ticks where Vega’s log scale does', () => {
    const log = { ...linear, scale: 'log' } as AxisModel;
    const rows = tickRows('y', log, [1, 10_000], 12);
    expect(shownAt(rows, 300).map((r) => r.value)).toEqual(
      vegaTicks('log', [1, 10_000], Math.ceil(300 / TICK_SPACING))
    );
  });

  it('shows every category of an ordinal axis at its position, at any size', () => {
    const ordinal = { ...linear, scale: 'ordinal', categories: ['Low', 'Medium', 'High'] } as unknown as AxisModel;
    const rows = tickRows('x', ordinal, [-0.5, 2.5], 12);
    for (const width of [50, 400, 4000]) {
      expect(shownAt(rows, width).map((r) => [r.value, r.label])).toEqual([
        [0, 'Low'],
        [1, 'Medium'],
        [2, 'High'],
      ]);
    }
  });

  it('has no ticks for an empty or broken domain', () => {
    expect(tickRows('y', linear, [3, 3], 12)).toEqual([]);
    expect(tickRows('y', linear, [NaN, 3], 12)).toEqual([]);
  });
});

describe('yLabelRoom', () => {
  it('is the widest label of any density: the y title never covers a label', () => {
    const rows = tickRows('y', linear, [0, 1_000_000], 12);
    expect(yLabelRoom(rows)).toBe(Math.max(...rows.map((r) => labelWidth(r.label, 12))));
    expect(yLabelRoom(rows)).toBeGreaterThanOrEqual(labelWidth('1,000,000', 12));
  });
});

describe('log axis labels', () => {
  it('labels the ticks between the powers of ten once the plot has room for them (as Vega’s log axis does)', () => {
    const log = { ...linear, scale: 'log' } as AxisModel;
    const rows = tickRows('x', log, [0.17, 3.6], 12);
    const shown = shownAt(rows, 820);
    expect(shown.length).toBeGreaterThan(10);
    expect(shown.filter((r) => r.label !== '').map((r) => r.label)).toEqual(
      expect.arrayContaining(['0.2', '0.5', '1', '2', '3'])
    );
  });
});

describe('gridPath', () => {
  it('draws a vertical line per x tick and a horizontal one per y tick across the plot, skipping unplaced ticks', () => {
    const ticks = [
      { axis: 'x' as const, at: 10 },
      { axis: 'y' as const, at: 20.5 },
      { axis: 'x' as const, at: NaN },
    ];
    expect(gridPath(ticks, 100, 50)).toBe('M10,0V50M0,20.5H100');
    expect(gridPath([], 100, 50)).toBe('');
  });
});

describe('tickSetRows', () => {
  it('groups the tick rows into one row per axis and shown range, keeping every tick in order', () => {
    const x = tickRows('x', linear, [0, 10], 11);
    const y = tickRows('y', linear, [0, 10], 11);
    const sets = tickSetRows(x.concat(y));
    // fewer rows for Vega to take in than ticks
    expect(sets.length).toBeLessThan((x.length + y.length) / 5);
    // flattened back, the same ticks
    const flat = sets.flatMap((s) =>
      s.values.map((value, i) => ({ axis: s.axis, value, label: s.labels[i], lo: s.lo, hi: s.hi, hw: s.hws[i] }))
    );
    expect(flat).toEqual(x.concat(y));
    // a key per tick of a set, the same for the same tick in every set of its axis
    for (const s of sets) {
      expect(s.keys).toEqual(s.values.map((v) => `${s.axis}${v}`));
    }
    // one set per axis for any plot length
    for (const length of [100, 333, 800, 2500]) {
      for (const axis of ['x', 'y'] as const) {
        expect(sets.filter((s) => s.axis === axis && s.lo < length && length <= s.hi)).toHaveLength(1);
      }
    }
  });
});
