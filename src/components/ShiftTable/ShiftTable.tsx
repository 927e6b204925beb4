import React, { useCallback, useId, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { useStyles2, useTheme2 } from '@grafana/ui';
import { GlyphIcon, type GlyphName } from '../GlyphIcon';
import { cx } from '@emotion/css';
import { TEST_IDS } from '../../constants';
import type { MatrixModel } from '../../model/types';
import type { Formatters } from '../format/formatters';
import { getStyles, TABLE_HEADER_HEIGHT, TABLE_ROW_HEIGHT, WINDOWED_COLUMN_WIDTHS } from './ShiftTable.styles';
import {
  INITIAL_OVERSCAN,
  nextRowWindow,
  ROW_KEEP_MARGIN,
  ROW_OVERSCAN,
  type RowWindow,
  type RowWindowInput,
} from './rowWindow';
import {
  COLUMNS,
  nextSort,
  SEGMENT_VERDICT_WORDS,
  sortRows,
  tableRows,
  type SegmentVerdict,
  type SortState,
  type TableRow,
} from './tableRows';

type Styles = ReturnType<typeof getStyles>;

export interface ShiftTableProps {
  model: MatrixModel;
  formatters: Formatters;
  width: number;
  height: number;
  collapsed: boolean;
  onToggle: () => void;
  /** Beside the chart, the collapsed table is a narrow vertical bar. */
  placement: 'right' | 'below';
  /** Segment highlighted everywhere (hovered here or in the chart, focused, or selected). */
  highlight?: string | null;
  /** Segments of the colour group hovered in the chart's legend, highlighted together. */
  highlightGroup?: ReadonlySet<string> | null;
  /** The variable's current value. */
  selected?: string | null;
  /** A row was clicked (the same as clicking the segment in the chart). */
  onSelectSegment?: (segment: string) => void;
  /** The pointer entered a row (its segment) or left the rows (null). */
  onHighlightSegment?: (segment: string | null) => void;
}

const VERDICT_ICONS: Partial<Record<SegmentVerdict, GlyphName>> = {
  'on-track': 'check-circle',
  'off-track': 'exclamation-triangle',
  mixed: 'minus-circle',
  'no-data': 'question-circle',
};

/**
 * The scroll area's offset and height, as last measured (height null until it is measured), and the
 * table height the panel gave when it was measured: after a resize the measure is stale until the
 * ResizeObserver answers, and the window is computed from the new height instead.
 */
interface Viewport {
  scrollTop: number;
  height: number | null;
  tableHeight: number;
}

/** The rows chosen at the last measure of the scroll area, and that measure (no rows before the first). */
interface Windowing {
  viewport: Viewport;
  window: RowWindow | null;
}

/**
 * Segment, quadrant baseline → current, growth, Δ satisfaction, resource share baseline → current, verdict.
 *
 * Rows are windowed: only those in the scroll area plus up to ROW_OVERSCAN above and below are in the DOM
 * (kept while they still hold the visible rows, see nextRowWindow), with spacer rows standing in for the others so the scroll height and position are those of all rows. Every
 * row is TABLE_ROW_HEIGHT tall (the styles make sure). `aria-rowcount`/`aria-rowindex` give screen readers
 * the full size. Sorting sorts all rows, then windows them.
 */
function ShiftTableInner({
  model,
  formatters,
  width,
  height,
  collapsed,
  onToggle,
  placement,
  highlight = null,
  highlightGroup = null,
  selected = null,
  onSelectSegment,
  onHighlightSegment,
}: ShiftTableProps) {
  const styles = useStyles2(getStyles);
  const classes = combinedClasses(styles);
  const theme = useTheme2();
  const [sort, setSort] = useState<SortState | null>(null);
  const rows = useMemo(() => tableRows(model, formatters), [model, formatters]);
  const sorted = useMemo(() => sortRows(rows, sort), [rows, sort]);
  const label = `Shift table`;
  const count = `${rows.length} segment${rows.length === 1 ? '' : 's'}`;
  const bodyId = `segment-matrix-table-${useId()}`;

  const scrollRef = useRef<HTMLDivElement>(null);
  const [windowing, setWindowing] = useState<Windowing>({
    viewport: { scrollTop: 0, height: null, tableHeight: height },
    window: null,
  });
  // A table whose rows all fit within the viewport plus the overscan renders them all whatever the scroll
  // offset: measuring it would only force a layout in the middle of the panel's first render.
  const allFit = sorted.length * TABLE_ROW_HEIGHT <= height + ROW_OVERSCAN * TABLE_ROW_HEIGHT;
  // Until the scroll area is measured (first render, or no layout as in jsdom), its height is the one the
  // panel layout gives the table minus the bar. The sticky column header covers a row of the scroll area;
  // the window's rounding and the overscan more than make up for it. Before the first measure nothing can
  // have scrolled: a short overscan (the measure after the first frame adds the rest).
  const inputFor = useCallback(
    (v: Viewport): RowWindowInput => ({
      scrollTop: v.scrollTop,
      viewportHeight:
        v.height !== null && v.tableHeight === height ? v.height : Math.max(0, height - TABLE_HEADER_HEIGHT),
      rowHeight: TABLE_ROW_HEIGHT,
      count: sorted.length,
      overscan: v.height === null && !allFit ? INITIAL_OVERSCAN : ROW_OVERSCAN,
    }),
    [height, sorted.length, allFit]
  );
  // The rows of the last measure stay while they hold the visible ones (a scroll within them, a smaller
  // table): the DOM changes only when rows come into view that are not rendered.
  const win = nextRowWindow(windowing.window, inputFor(windowing.viewport), ROW_KEEP_MARGIN);
  const measure = useCallback(() => {
    const el = scrollRef.current;
    if (!el || allFit) {
      return;
    }
    const viewport: Viewport = {
      scrollTop: el.scrollTop,
      height: el.clientHeight > 0 ? el.clientHeight : null,
      tableHeight: height,
    };
    setWindowing((prev) => {
      const next = nextRowWindow(prev.window, inputFor(viewport), ROW_KEEP_MARGIN);
      return next === prev.window ? prev : { viewport, window: next };
    });
  }, [inputFor, allFit, height]);
  // The ResizeObserver measures the scroll area after the browser's own layout: on mount, on expand and
  // after every size change (until then the window follows the height the panel gives). Measuring here
  // instead would force a layout of the whole panel in the middle of its render. Only a change of the
  // row count is measured at once: the browser may have clamped the scroll offset.
  const measureNow = useRef(measure);
  useLayoutEffect(() => {
    measureNow.current = measure;
  });
  const measuredCount = useRef(sorted.length);
  useLayoutEffect(() => {
    if (measuredCount.current !== sorted.length) {
      measuredCount.current = sorted.length;
      measureNow.current();
    }
  }, [sorted.length]);
  useLayoutEffect(() => {
    const el = scrollRef.current;
    if (!el || typeof ResizeObserver === 'undefined') {
      return;
    }
    const observer = new ResizeObserver(() => measureNow.current());
    observer.observe(el);
    return () => observer.disconnect();
  }, [collapsed]);
  const visible = sorted.slice(win.start, win.end);
  const windowed = visible.length < sorted.length;
  const spacer = (px: number, key: string) =>
    px > 0 && (
      <tr key={key} aria-hidden="true" style={{ height: px }}>
        <td className={styles.spacer} colSpan={COLUMNS.length} />
      </tr>
    );

  const verdictColour = (v: SegmentVerdict) =>
    v === 'on-track'
      ? theme.colors.success.text
      : v === 'off-track'
        ? theme.colors.error.text
        : theme.colors.text.secondary;

  const toggle = (
    <button
      type="button"
      className={cx(styles.bar, collapsed && placement === 'right' && styles.vertical)}
      onClick={onToggle}
      aria-expanded={!collapsed}
      aria-controls={bodyId}
      data-testid={TEST_IDS.tableToggle}
    >
      <GlyphIcon
        name={
          collapsed
            ? placement === 'right'
              ? 'angle-left'
              : 'angle-up'
            : placement === 'right'
              ? 'angle-right'
              : 'angle-down'
        }
      />
      {label}
      <span className={styles.barCount}>{count}</span>
    </button>
  );

  return (
    <section className={styles.root} style={{ width, height }} data-testid={TEST_IDS.table} aria-label={label}>
      {toggle}
      {!collapsed && (
        <div className={styles.scroll} id={bodyId} ref={scrollRef} onScroll={measure}>
          <table
            className={cx(styles.table, windowed && styles.fixedColumns)}
            aria-rowcount={sorted.length + 1}
            onPointerLeave={onHighlightSegment && (() => onHighlightSegment(null))}
          >
            <caption className={styles.caption}>{captionText(model)}</caption>
            {windowed && (
              <colgroup>
                {COLUMNS.map((c) => (
                  <col key={c.key} style={{ width: `${WINDOWED_COLUMN_WIDTHS[c.key]}%` }} />
                ))}
              </colgroup>
            )}
            <thead>
              <tr aria-rowindex={1}>
                {COLUMNS.map((c) => {
                  const active = sort?.key === c.key ? sort.direction : null;
                  return (
                    <th
                      key={c.key}
                      className={styles.th}
                      aria-sort={active === 'asc' ? 'ascending' : active === 'desc' ? 'descending' : 'none'}
                      scope="col"
                    >
                      <button
                        type="button"
                        className={c.numeric ? classes.numericSortButton : styles.sortButton}
                        onClick={() => setSort((s) => nextSort(s, c.key, c.numeric))}
                      >
                        {c.title}
                        {active && <GlyphIcon name={active === 'asc' ? 'arrow-up' : 'arrow-down'} size="sm" />}
                      </button>
                    </th>
                  );
                })}
              </tr>
            </thead>
            <tbody>
              {spacer(win.padTop, 'spacer-top')}
              {visible.map((r, i) => (
                <ShiftTableRow
                  key={r.segment}
                  row={r}
                  rowIndex={win.start + i + 2}
                  lit={r.segment === highlight || (highlightGroup?.has(r.segment) ?? false)}
                  selected={onSelectSegment ? r.segment === selected : undefined}
                  verdictColour={verdictColour(r.verdict)}
                  styles={styles}
                  onSelectSegment={onSelectSegment}
                  onHighlightSegment={onHighlightSegment}
                />
              ))}
              {spacer(win.padBottom, 'spacer-bottom')}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

interface ShiftTableRowProps {
  row: TableRow;
  /** aria-rowindex: the header is row 1. */
  rowIndex: number;
  lit: boolean;
  selected: boolean | undefined;
  verdictColour: string;
  styles: Styles;
  onSelectSegment?: (segment: string) => void;
  onHighlightSegment?: (segment: string | null) => void;
}

/** One segment's row; memoised, so a resize or a highlight elsewhere re-renders only the rows that change. */
const ShiftTableRow = React.memo(function ShiftTableRow({
  row: r,
  rowIndex,
  lit,
  selected,
  verdictColour,
  styles,
  onSelectSegment,
  onHighlightSegment,
}: ShiftTableRowProps) {
  const classes = combinedClasses(styles);
  const name = (
    <>
      {r.segment}
      {r.priority && <span className={styles.priority}>priority</span>}
    </>
  );
  return (
    <tr
      className={classes.row[onSelectSegment ? 'clickable' : 'plain'][lit ? 'lit' : 'unlit']}
      data-testid={TEST_IDS.tableRow(r.segment)}
      aria-rowindex={rowIndex}
      data-highlighted={lit ? 'true' : undefined}
      aria-selected={selected}
      onClick={onSelectSegment && (() => onSelectSegment(r.segment))}
      onPointerEnter={onHighlightSegment && (() => onHighlightSegment(r.segment))}
    >
      <th className={classes.rowHeader} scope="row">
        {r.lineage ? (
          <span className={styles.segment} title={r.segment}>
            <span className={styles.name}>{name}</span>
            <span className={classes.lineage}>{r.lineage}</span>
          </span>
        ) : (
          <span className={styles.segmentOneLine} title={r.segment}>
            {name}
          </span>
        )}
      </th>
      <td className={r.moved ? styles.td : classes.secondary}>{r.quadrant}</td>
      <td className={classes.numeric}>{r.growth}</td>
      <td className={classes.numeric}>{r.satisfaction}</td>
      <td className={classes.numeric}>{r.resource}</td>
      <td className={styles.td}>
        <span className={styles.verdict} style={{ color: verdictColour }}>
          {VERDICT_ICONS[r.verdict] && <GlyphIcon name={VERDICT_ICONS[r.verdict]!} size="sm" />}
          {SEGMENT_VERDICT_WORDS[r.verdict]}
        </span>
      </td>
    </tr>
  );
});

const combined = new WeakMap<Styles, ReturnType<typeof combine>>();
const combine = (styles: Styles) => ({
  rowHeader: cx(styles.td, styles.rowHeader),
  secondary: cx(styles.td, styles.secondary),
  numeric: cx(styles.td, styles.numeric),
  lineage: cx(styles.lineage, styles.name),
  row: {
    plain: { unlit: styles.row, lit: cx(styles.row, styles.highlighted) },
    clickable: { unlit: cx(styles.row, styles.clickable), lit: cx(styles.row, styles.clickable, styles.highlighted) },
  },
  numericSortButton: cx(styles.sortButton, styles.numeric),
});

/**
 * The cells' merged classes, once per theme's styles: emotion's cx merges several classes into a new one
 * (serialised and hashed on every call), some forty calls for a small table's first render.
 */
function combinedClasses(styles: Styles) {
  let classes = combined.get(styles);
  if (!classes) {
    classes = combine(styles);
    combined.set(styles, classes);
  }
  return classes;
}

/** What the table shows, for screen readers: the periods compared and how many segments. */
export function captionText(model: MatrixModel): string {
  const n = model.segments.length;
  const periods =
    model.baselinePeriod !== null && model.currentPeriod !== null
      ? ` from ${model.baselinePeriod} to ${model.currentPeriod}`
      : model.currentPeriod !== null
        ? ` in ${model.currentPeriod}`
        : '';
  return `Segment shifts${periods}: ${n} segment${n === 1 ? '' : 's'}, with quadrant, growth, satisfaction change, resource share and verdict`;
}

/** Memoised: the panel re-renders on every pointer move (tooltip), this part only when its props change. */
export const ShiftTable = React.memo(ShiftTableInner);
