import type { TablePlacement } from '../../types';
import { TABLE_HEADER_HEIGHT, TABLE_ROW_HEIGHT } from '../ShiftTable/ShiftTable.styles';

/** Height of the effectiveness strip (px). */
export const STRIP_HEIGHT = 52;
/** Space between the strip, the chart and the table (px). */
export const GAP = 8;
/** The chart never gets smaller than this while the strip or table would take the room (px). */
export const MIN_CHART = 160;
/** Beside the chart: the table's width range and share of the panel. */
export const TABLE_MIN_WIDTH = 320;
export const TABLE_MAX_WIDTH = 560;
export const TABLE_WIDTH_SHARE = 0.42;
/** Below the chart: the table's largest share of the height left after the strip. */
export const TABLE_HEIGHT_SHARE = 0.4;

export interface Box {
  width: number;
  height: number;
}

export interface PanelLayout {
  strip: Box | null;
  chart: Box;
  /** `collapsed`: only the table's bar is shown (asked for, or no room for rows). */
  table: (Box & { placement: 'right' | 'below'; collapsed: boolean }) | null;
}

export interface LayoutInput {
  width: number;
  height: number;
  showStrip: boolean;
  tablePlacement: TablePlacement;
  tableCollapsed: boolean;
  rows: number;
}

/**
 * Splits the panel into strip (top), chart and table (right or below), all in whole pixels, from the
 * panel size and options only: no DOM measuring, so a resize re-lays out without a second render.
 * Parts are dropped (strip first, then the table) when the chart would get smaller than MIN_CHART.
 */
export function panelLayout({ width, height, showStrip, tablePlacement, tableCollapsed, rows }: LayoutInput): PanelLayout {
  const w = Math.max(0, Math.floor(width));
  const h = Math.max(0, Math.floor(height));
  const strip = showStrip && h - STRIP_HEIGHT - GAP >= MIN_CHART ? { width: w, height: STRIP_HEIGHT } : null;
  const bodyHeight = strip ? h - STRIP_HEIGHT - GAP : h;

  if (tablePlacement === 'right') {
    const tableWidth = tableCollapsed
      ? TABLE_HEADER_HEIGHT
      : Math.round(Math.min(TABLE_MAX_WIDTH, Math.max(TABLE_MIN_WIDTH, w * TABLE_WIDTH_SHARE)));
    if (w - tableWidth - GAP >= MIN_CHART) {
      return {
        strip,
        chart: { width: w - tableWidth - GAP, height: bodyHeight },
        table: { width: tableWidth, height: bodyHeight, placement: 'right', collapsed: tableCollapsed },
      };
    }
    return { strip, chart: { width: w, height: bodyHeight }, table: null };
  }
  if (tablePlacement === 'below') {
    const full = TABLE_HEADER_HEIGHT + TABLE_ROW_HEIGHT * (rows + 1) + 2;
    const tableHeight = tableCollapsed
      ? TABLE_HEADER_HEIGHT
      : Math.round(Math.min(full, Math.max(TABLE_HEADER_HEIGHT + 2 * TABLE_ROW_HEIGHT, bodyHeight * TABLE_HEIGHT_SHARE)));
    if (bodyHeight - tableHeight - GAP >= MIN_CHART) {
      return {
        strip,
        chart: { width: w, height: bodyHeight - tableHeight - GAP },
        table: { width: w, height: tableHeight, placement: 'below', collapsed: tableCollapsed },
      };
    }
    if (bodyHeight - TABLE_HEADER_HEIGHT - GAP >= MIN_CHART) {
      return {
        strip,
        chart: { width: w, height: bodyHeight - TABLE_HEADER_HEIGHT - GAP },
        table: { width: w, height: TABLE_HEADER_HEIGHT, placement: 'below', collapsed: true },
      };
    }
  }
  return { strip, chart: { width: w, height: bodyHeight }, table: null };
}
