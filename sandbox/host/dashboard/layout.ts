import type { GridPos, PanelJson } from './types';

/** Grafana's dashboard grid: 24 columns, 30 px rows, 8 px gaps (GRID_COLUMN_COUNT, GRID_CELL_HEIGHT, GRID_CELL_VMARGIN). */
export const GRID_COLUMNS = 24;
export const GRID_CELL_HEIGHT = 30;
export const GRID_MARGIN = 8;
/** Height of a panel's title bar, and the padding around its content. */
export const PANEL_HEADER_HEIGHT = 32;
export const PANEL_PADDING = 8;

export interface PixelRect {
  left: number;
  top: number;
  width: number;
  height: number;
}

/** A gridPos in pixels for a grid `containerWidth` wide (react-grid-layout with margin [8, 8], no outer padding). */
export function gridRect(pos: GridPos, containerWidth: number): PixelRect {
  const column = (containerWidth - GRID_MARGIN * (GRID_COLUMNS - 1)) / GRID_COLUMNS;
  return {
    left: Math.round(pos.x * (column + GRID_MARGIN)),
    top: pos.y * (GRID_CELL_HEIGHT + GRID_MARGIN),
    width: Math.round(pos.w * column + Math.max(0, pos.w - 1) * GRID_MARGIN),
    height: pos.h * GRID_CELL_HEIGHT + Math.max(0, pos.h - 1) * GRID_MARGIN,
  };
}

/** Total height of the grid in pixels. */
export function gridHeight(panels: PanelJson[]): number {
  const rows = panels.reduce((max, p) => Math.max(max, p.gridPos.y + p.gridPos.h), 0);
  return rows === 0 ? 0 : rows * (GRID_CELL_HEIGHT + GRID_MARGIN) - GRID_MARGIN;
}

/** The size the panel's own component gets: the rectangle without title bar and padding. */
export function contentSize(rect: { width: number; height: number }): { width: number; height: number } {
  return {
    width: Math.max(50, rect.width - 2 * PANEL_PADDING),
    height: Math.max(50, rect.height - PANEL_HEADER_HEIGHT - PANEL_PADDING),
  };
}

/**
 * The panels the grid shows, in reading order: rows expanded (a collapsed row keeps its panels inside it,
 * as Grafana saves it, and only its title bar shows).
 */
export function visiblePanels(panels: PanelJson[]): PanelJson[] {
  return [...panels].sort((a, b) => a.gridPos.y - b.gridPos.y || a.gridPos.x - b.gridPos.x);
}
