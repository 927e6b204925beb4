/**
 * Row windowing for the shift table: which rows to put in the DOM for a scroll position, and how tall the
 * spacers above and below them are so the scroll height stays that of all rows.
 */

export interface RowWindowInput {
  /** Scroll offset of the viewport from the top of the first row, in px. */
  scrollTop: number;
  /** Height of the viewport over the rows, in px. */
  viewportHeight: number;
  /** Every row's height, in px (the table's rows are fixed height). */
  rowHeight: number;
  /** How many rows there are in all. */
  count: number;
  /** Extra rows rendered above and below the visible ones. */
  overscan: number;
}

export interface RowWindow {
  /** First rendered row (index into all rows). */
  start: number;
  /** One past the last rendered row. */
  end: number;
  /** Height of the spacer above the rendered rows: `start × rowHeight`. */
  padTop: number;
  /** Height of the spacer below them: `(count − end) × rowHeight`. */
  padBottom: number;
}

/** Rows overscanned above and below the visible ones when a window is made (Grafana's table, through react-window, overscans 2). */
export const ROW_OVERSCAN = 3;
/**
 * Rows beyond the visible ones before the scroll area is first measured (the first frame): nothing can have
 * scrolled yet, so the overscan only guards the estimate of the visible height; the measure that follows the
 * first frame adds the full overscan.
 */
export const INITIAL_OVERSCAN = 1;
/** A rendered window is kept while it has at least this many rows beyond the visible ones on either side. */
export const ROW_KEEP_MARGIN = 2;

const finite = (v: number, fallback: number) => (Number.isFinite(v) ? v : fallback);

/**
 * The rows intersecting `[scrollTop, scrollTop + viewportHeight)` plus `overscan` on each side, clamped to
 * `[0, count)`. A scroll position past the end (content shrank, or a stale offset) shows the last screenful;
 * a viewport taller than all rows shows them all.
 */
export function rowWindow({ scrollTop, viewportHeight, rowHeight, count, overscan }: RowWindowInput): RowWindow {
  const n = Math.max(0, Math.floor(finite(count, 0)));
  if (n === 0) {
    return { start: 0, end: 0, padTop: 0, padBottom: 0 };
  }
  const h = finite(rowHeight, 0);
  if (h <= 0) {
    // no usable row height: nothing to window by
    return { start: 0, end: n, padTop: 0, padBottom: 0 };
  }
  const extra = Math.max(0, Math.floor(finite(overscan, 0)));
  const view = Math.max(0, finite(viewportHeight, 0));
  const total = n * h;
  // the browser never scrolls past total − view; a larger offset means the content just shrank
  const top = Math.min(Math.max(0, finite(scrollTop, 0)), Math.max(0, total - view));
  const first = Math.min(n - 1, Math.floor(top / h));
  const last = Math.min(n, Math.max(first + 1, Math.ceil((top + view) / h)));
  const start = Math.max(0, first - extra);
  const end = Math.min(n, last + extra);
  return { start, end, padTop: start * h, padBottom: (n - end) * h };
}

/**
 * The window to render next: `current` itself while it still holds the visible rows with `margin` to spare
 * on each side (fewer at the ends of the table), for the same rows, and is not much larger than a fresh
 * window; otherwise a fresh window around the visible rows. So scrolling within the rendered rows, or a
 * table that shrinks, leaves the DOM as it is, and a resize that comes back grows nothing.
 */
export function nextRowWindow(current: RowWindow | null, input: RowWindowInput, margin: number): RowWindow {
  const fresh = rowWindow(input);
  if (!current) {
    return fresh;
  }
  const n = Math.max(0, Math.floor(finite(input.count, 0)));
  const h = finite(input.rowHeight, 0);
  // the same rows: the spacers of `current` are those of this row count and height
  const sameRows = current.end <= n && current.padTop === current.start * h && current.padBottom === (n - current.end) * h;
  const needed = rowWindow({ ...input, overscan: Math.min(margin, input.overscan) });
  const holds = current.start <= needed.start && current.end >= needed.end;
  const bounded = current.end - current.start <= fresh.end - fresh.start + 2 * input.overscan;
  return sameRows && holds && bounded ? current : fresh;
}
