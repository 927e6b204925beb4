import { css } from '@emotion/css';
import type { GrafanaTheme2 } from '@grafana/data';
import type { ColumnKey } from './tableRows';

export const TABLE_HEADER_HEIGHT = 32;
/**
 * Every row's height, the column header row's too: the table windows its rows by it (rowWindow.ts) and the
 * panel layout sizes the table by it, so the styles below keep each row at exactly this many pixels.
 */
export const TABLE_ROW_HEIGHT = 30;

/**
 * Column widths (% of the table) while the rows are windowed: automatic widths would follow whichever rows
 * are rendered and make the columns jump as the table scrolls. Small tables keep automatic widths.
 */
export const WINDOWED_COLUMN_WIDTHS: Record<ColumnKey, number> = {
  segment: 24,
  quadrant: 24,
  growth: 10,
  satisfaction: 13,
  resource: 14,
  verdict: 15,
};
/** Below this width a windowed table scrolls sideways rather than squeeze its fixed columns. */
export const WINDOWED_TABLE_MIN_WIDTH = 720;

export const getStyles = (theme: GrafanaTheme2) => ({
  root: css({
    display: 'flex',
    flexDirection: 'column',
    minWidth: 0,
    minHeight: 0,
    // the layout's width and height include the border (Grafana sets border-box globally; hosts may not)
    boxSizing: 'border-box',
    border: `1px solid ${theme.colors.border.weak}`,
    borderRadius: theme.shape.radius.default,
    background: theme.colors.background.primary,
    overflow: 'clip',
  }),
  bar: css({
    display: 'flex',
    alignItems: 'center',
    gap: theme.spacing(1),
    flex: 'none',
    height: TABLE_HEADER_HEIGHT,
    padding: theme.spacing(0, 1),
    background: theme.colors.background.secondary,
    color: theme.colors.text.primary,
    fontSize: theme.typography.bodySmall.fontSize,
    fontWeight: theme.typography.fontWeightMedium,
    border: 'none',
    width: '100%',
    textAlign: 'left',
    cursor: 'pointer',
    '&:focus-visible': { outline: `2px solid ${theme.colors.primary.main}`, outlineOffset: -2 },
  }),
  barCount: css({ color: theme.colors.text.secondary, fontWeight: theme.typography.fontWeightRegular }),
  vertical: css({
    writingMode: 'vertical-rl',
    height: '100%',
    width: TABLE_HEADER_HEIGHT,
    padding: theme.spacing(1, 0),
    justifyContent: 'flex-start',
  }),
  scroll: css({ flex: 1, minHeight: 0, overflow: 'auto' }),
  table: css({
    width: '100%',
    // separate borders: a collapsed border adds half its width to the row (30.5 px rows), and scrolls away
    // from a sticky header
    borderCollapse: 'separate',
    borderSpacing: 0,
    fontSize: theme.typography.bodySmall.fontSize,
    color: theme.colors.text.primary,
    fontVariantNumeric: 'tabular-nums',
  }),
  fixedColumns: css({ tableLayout: 'fixed', minWidth: WINDOWED_TABLE_MIN_WIDTH }),
  th: css({
    position: 'sticky',
    top: 0,
    zIndex: 1,
    background: theme.colors.background.primary,
    borderBottom: `1px solid ${theme.colors.border.medium}`,
    boxSizing: 'border-box',
    height: TABLE_ROW_HEIGHT,
    padding: 0,
    fontWeight: theme.typography.fontWeightMedium,
    whiteSpace: 'nowrap',
  }),
  sortButton: css({
    display: 'flex',
    alignItems: 'center',
    gap: theme.spacing(0.5),
    width: '100%',
    height: TABLE_ROW_HEIGHT - 1, // the th's bottom border is the rest
    padding: theme.spacing(0, 1),
    border: 'none',
    background: 'none',
    color: theme.colors.text.link,
    font: 'inherit',
    cursor: 'pointer',
    '&:hover': { background: theme.colors.action.hover },
    '&:focus-visible': { outline: `2px solid ${theme.colors.primary.main}`, outlineOffset: -2 },
  }),
  numeric: css({ textAlign: 'right', justifyContent: 'flex-end' }),
  td: css({
    boxSizing: 'border-box',
    height: TABLE_ROW_HEIGHT,
    padding: theme.spacing(0, 1),
    borderBottom: `1px solid ${theme.colors.border.weak}`,
    whiteSpace: 'nowrap',
    overflow: 'clip',
    textOverflow: 'ellipsis',
  }),
  row: css({ height: TABLE_ROW_HEIGHT, '&:hover': { background: theme.colors.action.hover } }),
  // Stands in for the rows above or below the rendered ones (its height is set inline).
  spacer: css({ padding: 0, border: 0 }),
  clickable: css({ cursor: 'pointer' }),
  highlighted: css({
    background: theme.colors.action.selected,
    boxShadow: `inset 3px 0 0 ${theme.colors.primary.main}`,
    '&:hover': { background: theme.colors.action.selected },
  }),
  rowHeader: css({ textAlign: 'left', fontWeight: theme.typography.fontWeightRegular }),
  // Visually hidden, read by screen readers.
  caption: css({
    position: 'absolute',
    width: 1,
    height: 1,
    padding: 0,
    margin: -1,
    overflow: 'clip',
    clip: 'rect(0, 0, 0, 0)',
    whiteSpace: 'nowrap',
    border: 0,
  }),
  // Name and lineage on two lines that fit the row: never taller than the row inside its bottom border.
  segment: css({
    display: 'flex',
    flexDirection: 'column',
    justifyContent: 'center',
    lineHeight: 1.2,
    maxWidth: 280,
    height: TABLE_ROW_HEIGHT - 1,
    overflow: 'clip',
  }),
  name: css({ overflow: 'clip', textOverflow: 'ellipsis' }),
  // A name without a lineage line: one block, centred in the row by the cell (no flex box to lay out).
  segmentOneLine: css({
    display: 'block',
    lineHeight: 1.2,
    maxWidth: 280,
    overflow: 'clip',
    textOverflow: 'ellipsis',
  }),
  lineage: css({ color: theme.colors.text.secondary, fontSize: theme.typography.bodySmall.fontSize }),
  priority: css({
    marginLeft: theme.spacing(0.5),
    padding: theme.spacing(0, 0.5),
    borderRadius: theme.shape.radius.default,
    background: theme.colors.primary.transparent,
    color: theme.colors.primary.text,
    fontSize: theme.typography.bodySmall.fontSize,
  }),
  secondary: css({ color: theme.colors.text.secondary }),
  verdict: css({ display: 'inline-flex', alignItems: 'center', gap: theme.spacing(0.5) }),
});
