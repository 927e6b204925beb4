import type { TablePlacement } from '../../types';
import type { StripMode } from '../EffectivenessStrip';
import { TABLE_HEADER_HEIGHT, TABLE_ROW_HEIGHT } from '../ShiftTable/ShiftTable.styles';

/** Height of the effectiveness strip (px). */
export const STRIP_HEIGHT = 52;
/**
 * Below this panel width the strip shows only the three verdict icons (px): its three cards would be under
 * ~180 px each, too narrow for their sentences (cut to two or three words).
 */
export const STRIP_ICONS_BELOW = 560;
/** Height of the strip as icons (px): also used when the panel is too short for the full strip. */
export const STRIP_ICONS_HEIGHT = 28;
/** Space between the strip, the chart and the table (px). */
export const GAP = 8;
/** The chart never gets smaller than this while the strip or table would take the room (px). */
export const MIN_CHART = 160;
/** Legends need at least this much chart (px); below it they are left out and the strip, tooltip and table explain colour and size. */
export const LEGEND_MIN_WIDTH = 420;
export const LEGEND_MIN_HEIGHT = 240;
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
  /** `icons`: the verdict icons only (narrow or short panels). */
  strip: (Box & { mode: StripMode }) | null;
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
 * The strip shrinks to its icons on a narrow panel, or when the full strip would leave the chart less than
 * MIN_CHART; the table shrinks to its bar, then goes; then the strip goes.
 */
export function panelLayout({
  width,
  height,
  showStrip,
  tablePlacement,
  tableCollapsed,
  rows,
}: LayoutInput): PanelLayout {
  const w = Math.max(0, Math.floor(width));
  const h = Math.max(0, Math.floor(height));
  const strip = stripLayout(w, h, showStrip);
  const bodyHeight = strip ? h - strip.height - GAP : h;

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
      : Math.round(
          Math.min(full, Math.max(TABLE_HEADER_HEIGHT + 2 * TABLE_ROW_HEIGHT, bodyHeight * TABLE_HEIGHT_SHARE))
        );
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

/** The strip at the top: full when the panel is wide enough and leaves the chart MIN_CHART, else icons, else none. */
export function stripLayout(w: number, h: number, showStrip: boolean): PanelLayout['strip'] {
  if (!showStrip) {
    return null;
  }
  const leavesChart = (stripHeight: number) => h - stripHeight - GAP >= MIN_CHART;
  if (w >= STRIP_ICONS_BELOW && leavesChart(STRIP_HEIGHT)) {
    return { width: w, height: STRIP_HEIGHT, mode: 'full' };
  }
  if (leavesChart(STRIP_ICONS_HEIGHT)) {
    return { width: w, height: STRIP_ICONS_HEIGHT, mode: 'icons' };
  }
  return null;
}

/** Whether the chart has room for its legends beside or below the plot. */
export function legendFits(chart: Box): boolean {
  return chart.width >= LEGEND_MIN_WIDTH && chart.height >= LEGEND_MIN_HEIGHT;
}
