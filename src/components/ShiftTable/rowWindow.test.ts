import { nextRowWindow, rowWindow, type RowWindowInput } from './rowWindow';

const base: RowWindowInput = { scrollTop: 0, viewportHeight: 300, rowHeight: 30, count: 1000, overscan: 10 };
const win = (over: Partial<RowWindowInput>) => rowWindow({ ...base, ...over });

describe('rowWindow', () => {
  it('at the top: the visible rows plus the overscan below, a spacer only below', () => {
    expect(win({})).toEqual({ start: 0, end: 20, padTop: 0, padBottom: 980 * 30 });
  });

  it('in the middle: overscan on both sides, spacers that keep the full height', () => {
    const w = win({ scrollTop: 15_000 });
    // rows 500…509 are visible
    expect(w).toEqual({ start: 490, end: 520, padTop: 490 * 30, padBottom: 480 * 30 });
    expect(w.padTop + (w.end - w.start) * 30 + w.padBottom).toBe(1000 * 30);
  });

  it('counts a partly visible row at either edge', () => {
    // 15 px into row 500; the viewport ends 15 px into row 510
    expect(win({ scrollTop: 15_015, overscan: 0 })).toMatchObject({ start: 500, end: 511 });
    expect(win({ scrollTop: 15_000, overscan: 0 })).toMatchObject({ start: 500, end: 510 });
  });

  it('at the very end: the last rows, no spacer below', () => {
    expect(win({ scrollTop: 1000 * 30 - 300 })).toEqual({ start: 980, end: 1000, padTop: 980 * 30, padBottom: 0 });
  });

  it('scrolled past the end (the rows got fewer): the last screenful', () => {
    expect(win({ scrollTop: 1e9 })).toEqual(win({ scrollTop: 1000 * 30 - 300 }));
    expect(win({ scrollTop: 15_000, count: 50 })).toEqual({ start: 30, end: 50, padTop: 900, padBottom: 0 });
  });

  it('no rows: nothing to render, no spacers', () => {
    expect(win({ count: 0 })).toEqual({ start: 0, end: 0, padTop: 0, padBottom: 0 });
    expect(win({ count: 0, scrollTop: 500 })).toEqual({ start: 0, end: 0, padTop: 0, padBottom: 0 });
  });

  it('a viewport taller than all rows renders them all', () => {
    expect(win({ count: 6, viewportHeight: 600 })).toEqual({ start: 0, end: 6, padTop: 0, padBottom: 0 });
    expect(win({ count: 6, viewportHeight: 600, scrollTop: 100, overscan: 0 })).toEqual({ start: 0, end: 6, padTop: 0, padBottom: 0 });
  });

  it('a small table within viewport plus overscan renders every row', () => {
    expect(win({ count: 20 })).toEqual({ start: 0, end: 20, padTop: 0, padBottom: 0 });
  });

  it('a zero-height viewport still renders a row and the overscan', () => {
    expect(win({ viewportHeight: 0, scrollTop: 300 })).toEqual({ start: 0, end: 21, padTop: 0, padBottom: 979 * 30 });
  });

  it('negative or non-finite input is clamped, not propagated', () => {
    expect(win({ scrollTop: -50 })).toEqual(win({ scrollTop: 0 }));
    expect(win({ scrollTop: Number.NaN })).toEqual(win({ scrollTop: 0 }));
    expect(win({ overscan: -3, scrollTop: 0 })).toMatchObject({ start: 0, end: 10 });
    expect(win({ rowHeight: 0 })).toEqual({ start: 0, end: 1000, padTop: 0, padBottom: 0 });
  });

  it('never renders more than the viewport’s rows plus twice the overscan (+1 partial)', () => {
    for (let top = 0; top < 30_000; top += 977) {
      const w = win({ scrollTop: top });
      expect(w.end - w.start).toBeLessThanOrEqual(300 / 30 + 1 + 2 * 10);
      expect(w.padTop + (w.end - w.start) * 30 + w.padBottom).toBe(30_000);
      // the visible rows are inside the window
      expect(w.start * 30).toBeLessThanOrEqual(top);
      expect(w.end * 30).toBeGreaterThanOrEqual(Math.min(30_000, top + 300));
    }
  });
});

describe('nextRowWindow', () => {
  const next = (current: ReturnType<typeof rowWindow> | null, over: Partial<RowWindowInput>, margin = 3) =>
    nextRowWindow(current, { ...base, ...over }, margin);

  it('starts with a fresh window', () => {
    expect(next(null, { scrollTop: 15_000 })).toEqual(win({ scrollTop: 15_000 }));
  });

  it('keeps the rendered window (the same object) while the visible rows stay inside it with the margin', () => {
    const w = win({ scrollTop: 15_000 }); // rows 490…519 rendered, 500…509 visible
    expect(next(w, { scrollTop: 15_000 })).toBe(w);
    // 7 rows down: 507…516 visible, 3 to spare below
    expect(next(w, { scrollTop: 15_000 + 7 * 30 })).toBe(w);
    // a smaller viewport (the table shrank) needs no new rows
    expect(next(w, { scrollTop: 15_000, viewportHeight: 120 })).toBe(w);
  });

  it('makes a fresh window once the visible rows come within the margin of its ends', () => {
    const w = win({ scrollTop: 15_000 });
    expect(next(w, { scrollTop: 15_000 + 8 * 30 })).toEqual(win({ scrollTop: 15_000 + 8 * 30 }));
    expect(next(w, { scrollTop: 15_000 - 8 * 30 })).toEqual(win({ scrollTop: 15_000 - 8 * 30 }));
    // a taller viewport shows rows not rendered
    expect(next(w, { scrollTop: 15_000, viewportHeight: 600 })).toEqual(win({ scrollTop: 15_000, viewportHeight: 600 }));
  });

  it('at the ends of the table asks no margin beyond the rows there are', () => {
    const top = win({});
    expect(next(top, { viewportHeight: 200 })).toBe(top);
    const end = win({ scrollTop: 1e9 });
    expect(next(end, { scrollTop: 1e9, viewportHeight: 200 })).toBe(end);
  });

  it('makes a fresh window for another row count, and when the kept one is far larger than needed', () => {
    const w = win({ scrollTop: 15_000 });
    expect(next(w, { scrollTop: 15_000, count: 900 })).toEqual(win({ scrollTop: 15_000, count: 900 }));
    const tall = win({ scrollTop: 15_000, viewportHeight: 1500 });
    expect(next(tall, { scrollTop: 15_000, viewportHeight: 60 })).toEqual(win({ scrollTop: 15_000, viewportHeight: 60 }));
  });
});
