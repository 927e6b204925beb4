import { CARD_COUNT, exportLayout, SLIDE, textHeight, wrapText, type ExportLayout, type TextBox } from './layout';

const bottom = (t: TextBox) => t.y + textHeight(t);
const boxes = (l: ExportLayout) => [l.title, l.period, ...l.cards.flatMap((c) => [c.headline, c.detail])];
const integer = (l: ExportLayout) =>
  [l.width, l.height, l.chart.x, l.chart.y, l.chart.width, l.chart.height, ...boxes(l).flatMap((b) => [b.x, b.y, b.width])].every(Number.isInteger);

describe('exportLayout: PNG', () => {
  it.each([
    [800, 500],
    [1234, 567],
    [300, 160],
  ])('is 2× the chart wide, with the chart at 2× below the header (%i×%i)', (w, h) => {
    const l = exportLayout('png', { width: w, height: h });
    expect(l.width).toBe(2 * w);
    expect(l.chart).toEqual({ x: 0, y: l.chart.y, width: 2 * w, height: 2 * h, scale: 2 });
    expect(l.height).toBe(l.chart.y + 2 * h);
    expect(integer(l)).toBe(true);
  });

  it('stacks title, period and the three cards above the chart, inside the image', () => {
    const l = exportLayout('png', { width: 900, height: 600 });
    expect(l.cards).toHaveLength(CARD_COUNT);
    expect(bottom(l.title)).toBeLessThanOrEqual(l.period.y);
    for (const c of l.cards) {
      expect(bottom(l.period)).toBeLessThanOrEqual(c.headline.y);
      expect(bottom(c.headline)).toBeLessThanOrEqual(c.detail.y);
      expect(bottom(c.detail)).toBeLessThanOrEqual(l.chart.y);
      expect(c.headline.x + c.headline.width).toBeLessThanOrEqual(l.width - l.padding);
    }
    for (let i = 1; i < l.cards.length; i++) {
      expect(l.cards[i - 1].headline.x + l.cards[i - 1].headline.width).toBeLessThan(l.cards[i].headline.x);
    }
  });

  it('scales the text with the scale', () => {
    const one = exportLayout('png', { width: 800, height: 500 }, 1);
    const two = exportLayout('png', { width: 800, height: 500 }, 2);
    expect(two.title.fontSize).toBe(2 * one.title.fontSize);
    expect(two.chart.y).toBeGreaterThan(one.chart.y);
  });
});

describe('exportLayout: slide', () => {
  it.each([
    [1000, 600],
    [400, 1000],
    [2000, 300],
    [1, 1],
  ])('is 1920×1080 with the chart fitted inside the margins, aspect kept (%i×%i)', (w, h) => {
    const l = exportLayout('slide', { width: w, height: h });
    expect({ width: l.width, height: l.height }).toEqual(SLIDE);
    expect(l.width / l.height).toBeCloseTo(16 / 9, 2);
    const c = l.chart;
    expect(c.x).toBeGreaterThanOrEqual(l.padding);
    expect(c.x + c.width).toBeLessThanOrEqual(l.width - l.padding);
    expect(c.y + c.height).toBeLessThanOrEqual(l.height - l.padding);
    expect(c.y).toBeGreaterThanOrEqual(bottom(l.cards[0].detail));
    expect(c.width / c.height).toBeCloseTo(w / h, 1);
    expect([Math.floor(w * c.scale), Math.floor(h * c.scale)]).toEqual([c.width, c.height]);
    // Fills the room in one direction: touches the margins left/right or the header/bottom.
    const fillsWidth = c.width >= l.width - 2 * l.padding - 1;
    const fillsHeight = c.y + c.height >= l.height - l.padding - 1 && c.y <= bottom(l.cards[0].detail) + 40;
    expect(fillsWidth || fillsHeight).toBe(true);
    expect(integer(l)).toBe(true);
  });

  it('centres the chart horizontally', () => {
    const l = exportLayout('slide', { width: 400, height: 1000 });
    expect(Math.abs(l.chart.x - (l.width - l.chart.x - l.chart.width))).toBeLessThanOrEqual(1);
  });

  it('uses slide-sized text', () => {
    const l = exportLayout('slide', { width: 1000, height: 600 });
    expect(l.title.fontSize).toBeGreaterThanOrEqual(40);
    expect(l.cards[0].headline.fontSize).toBeGreaterThanOrEqual(24);
  });
});

describe('wrapText', () => {
  const measure = (s: string) => s.length * 10; // 10 px per character

  it('keeps short text on one line', () => {
    expect(wrapText('Priority grew', 500, 2, measure)).toEqual(['Priority grew']);
  });

  it('wraps at word boundaries', () => {
    expect(wrapText('aaa bbb ccc ddd', 70, 3, measure)).toEqual(['aaa bbb', 'ccc ddd']);
  });

  it('ends the last line with an ellipsis when text is left out', () => {
    const lines = wrapText('aaa bbb ccc ddd eee fff', 70, 2, measure);
    expect(lines).toHaveLength(2);
    expect(lines[1].endsWith('…')).toBe(true);
    expect(lines.every((l) => measure(l) <= 70)).toBe(true);
  });

  it('cuts a single word wider than the line', () => {
    const lines = wrapText('abcdefghijklmnop', 50, 2, measure);
    expect(lines).toEqual(['abcd…']);
  });

  it('returns nothing for empty text', () => {
    expect(wrapText('   ', 100, 2, measure)).toEqual([]);
  });
});
