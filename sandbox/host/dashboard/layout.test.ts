import { contentSize, GRID_CELL_HEIGHT, GRID_MARGIN, gridHeight, gridRect, PANEL_HEADER_HEIGHT } from './layout';
import type { PanelJson } from './types';

const panel = (x: number, y: number, w: number, h: number) =>
  ({ id: 1, type: 'text', gridPos: { x, y, w, h } }) as PanelJson;

describe('gridRect (24 columns, 30 px rows, 8 px gaps)', () => {
  // 24 columns of 40 px with 23 gaps of 8 px
  const width = 24 * 40 + 23 * GRID_MARGIN;

  it('places a full-width panel over the whole width', () => {
    expect(gridRect({ x: 0, y: 0, w: 24, h: 8 }, width)).toEqual({ left: 0, top: 0, width, height: 8 * 30 + 7 * 8 });
  });

  it('places two half panels side by side with one gap between them', () => {
    const left = gridRect({ x: 0, y: 3, w: 12, h: 9 }, width);
    const right = gridRect({ x: 12, y: 3, w: 12, h: 9 }, width);
    expect(left.left + left.width + GRID_MARGIN).toBe(right.left);
    expect(right.left + right.width).toBe(width);
    expect(left.top).toBe(3 * (GRID_CELL_HEIGHT + GRID_MARGIN));
  });

  it('stacks rows with one gap between them', () => {
    const top = gridRect({ x: 0, y: 0, w: 24, h: 3 }, width);
    const below = gridRect({ x: 0, y: 3, w: 24, h: 3 }, width);
    expect(top.top + top.height + GRID_MARGIN).toBe(below.top);
  });
});

describe('gridHeight and contentSize', () => {
  it('is as tall as the lowest panel', () => {
    expect(gridHeight([panel(0, 0, 24, 3), panel(0, 3, 12, 10)])).toBe(13 * 30 + 12 * 8);
    expect(gridHeight([])).toBe(0);
  });

  it('leaves the title bar and padding out of the panel content', () => {
    expect(contentSize({ width: 600, height: 400 })).toEqual({ width: 584, height: 400 - PANEL_HEADER_HEIGHT - 8 });
  });
});
