/**
 * Greedy label placement in pixel space: labels in priority order (largest segment first), each tried at
 * eight positions around its circle (above first); the first position inside the plot that overlaps no
 * placed label, no other circle and no arrow wins, else the label is hidden. Circles, arrows (in the cells
 * they cross) and placed labels sit in a uniform grid, so a label is tested against its neighbours only.
 */

export interface LabelCircle {
  x: number;
  y: number;
  r: number;
  /** What the circle draws (a segment's row): a label may touch the circles of its own owner. */
  owner?: unknown;
}

export interface LabelLine {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

export interface LabelInput {
  /** The circle labelled (its bubble, or its ghost for a retired segment). */
  circle: LabelCircle;
  width: number;
  height: number;
}

export interface PlacedLabel {
  /** Anchor point of the text (see align/baseline); NaN when hidden. */
  x: number;
  y: number;
  align: 'left' | 'center' | 'right';
  baseline: 'top' | 'middle' | 'bottom';
  visible: boolean;
}

type Anchor = { dx: -1 | 0 | 1; dy: -1 | 0 | 1 };

/** Above, below, right, left, then the diagonals. */
export const LABEL_POSITIONS: Anchor[] = [
  { dx: 0, dy: -1 },
  { dx: 0, dy: 1 },
  { dx: 1, dy: 0 },
  { dx: -1, dy: 0 },
  { dx: 1, dy: -1 },
  { dx: -1, dy: -1 },
  { dx: 1, dy: 1 },
  { dx: -1, dy: 1 },
];

const CELL = 48;

export interface Rect {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

/** Values by the CELL × CELL cells they touch; coordinates outside the grid count in its border cells. */
class Grid<T> {
  readonly cells: Array<T[] | undefined>;
  constructor(
    readonly cols: number,
    readonly rows: number
  ) {
    this.cells = new Array(cols * rows);
  }
  col(x: number) {
    return Math.min(this.cols - 1, Math.max(0, Math.floor(x / CELL)));
  }
  row(y: number) {
    return Math.min(this.rows - 1, Math.max(0, Math.floor(y / CELL)));
  }
  /** Adds a value to the cells cx1..cx2 of row cy. */
  addSpan(cy: number, cx1: number, cx2: number, value: T) {
    for (let cx = cx1; cx <= cx2; cx++) {
      const key = cy * this.cols + cx;
      const list = this.cells[key];
      if (list) {
        list.push(value);
      } else {
        this.cells[key] = [value];
      }
    }
  }
  /** Adds a value to every cell its box touches. */
  add(x1: number, y1: number, x2: number, y2: number, value: T) {
    const cx1 = this.col(x1);
    const cx2 = this.col(x2);
    for (let cy = this.row(y1), cy2 = this.row(y2); cy <= cy2; cy++) {
      this.addSpan(cy, cx1, cx2, value);
    }
  }
}

/**
 * Adds a line to the cells it crosses only (with half a pixel to spare): a long diagonal arrow would touch
 * every cell of its bounding box, and each label position near it would test it once per cell.
 */
function addLine(grid: Grid<LabelLine>, l: LabelLine) {
  const { x1, y1, x2, y2 } = l;
  const top = Math.min(y1, y2);
  const bottom = Math.max(y1, y2);
  for (let cy = grid.row(top), cy2 = grid.row(bottom); cy <= cy2; cy++) {
    // The part of the line within this row's band.
    const xa = y1 === y2 ? x1 : x1 + ((Math.max(top, cy * CELL) - y1) / (y2 - y1)) * (x2 - x1);
    const xb = y1 === y2 ? x2 : x1 + ((Math.min(bottom, (cy + 1) * CELL) - y1) / (y2 - y1)) * (x2 - x1);
    grid.addSpan(cy, grid.col(Math.min(xa, xb) - 0.5), grid.col(Math.max(xa, xb) + 0.5), l);
  }
}

/** Whether the segment crosses the rectangle (Liang–Barsky clipping). */
export function hitsLine(r: Rect, l: LabelLine): boolean {
  const dx = l.x2 - l.x1;
  const dy = l.y2 - l.y1;
  let t0 = 0;
  let t1 = 1;
  // The four edges as (p, q): left, right, top, bottom; written out, called some 10⁵ times a render.
  for (let edge = 0; edge < 4; edge++) {
    const p = edge === 0 ? -dx : edge === 1 ? dx : edge === 2 ? -dy : dy;
    const q = edge === 0 ? l.x1 - r.x1 : edge === 1 ? r.x2 - l.x1 : edge === 2 ? l.y1 - r.y1 : r.y2 - l.y1;
    if (p === 0) {
      if (q < 0) {
        return false;
      }
      continue;
    }
    const t = q / p;
    if (p < 0) {
      t0 = Math.max(t0, t);
    } else {
      t1 = Math.min(t1, t);
    }
    if (t0 > t1) {
      return false;
    }
  }
  return true;
}

function hitsCircle(r: Rect, c: LabelCircle): boolean {
  const nx = Math.max(r.x1, Math.min(c.x, r.x2));
  const ny = Math.max(r.y1, Math.min(c.y, r.y2));
  const dx = c.x - nx;
  const dy = c.y - ny;
  return dx * dx + dy * dy < c.r * c.r;
}

const overlaps = (a: Rect, b: Rect) => a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2;

/** Whether a circle belongs to the labelled circle's segment (a label may touch those). */
const ownedBy = (c: LabelCircle, circle: LabelCircle) =>
  c === circle || (circle.owner !== undefined ? c.owner === circle.owner : c.x === circle.x && c.y === circle.y && c.r === circle.r);

/** Whether a label box at `rect` is clear of placed labels, other segments' circles and arrows. */
function isClear(
  rect: Rect,
  circle: LabelCircle,
  placed: Grid<Rect>,
  circles: Grid<LabelCircle>,
  lines: Grid<LabelLine>
): boolean {
  const cx1 = placed.col(rect.x1);
  const cx2 = placed.col(rect.x2);
  const cy1 = placed.row(rect.y1);
  const cy2 = placed.row(rect.y2);
  for (let cy = cy1; cy <= cy2; cy++) {
    for (let cx = cx1; cx <= cx2; cx++) {
      const key = cy * placed.cols + cx;
      const boxes = placed.cells[key];
      if (boxes) {
        for (let i = 0; i < boxes.length; i++) {
          if (overlaps(boxes[i], rect)) {
            return false;
          }
        }
      }
      const near = circles.cells[key];
      if (near) {
        for (let i = 0; i < near.length; i++) {
          const c = near[i];
          if (hitsCircle(rect, c) && !ownedBy(c, circle)) {
            return false;
          }
        }
      }
      const crossing = lines.cells[key];
      if (crossing) {
        for (let i = 0; i < crossing.length; i++) {
          if (hitsLine(rect, crossing[i])) {
            return false;
          }
        }
      }
    }
  }
  return true;
}

/**
 * Places `labels` (in priority order) in a `width` × `height` plot, keeping clear of each other and of
 * `obstacles` (every drawn circle; a label may touch its own owner's: its bubble, ghost and arrowhead),
 * `rects` (other texts) and `lines` (arrows).
 * `offset`: gap between circle and text.
 */
export function placeLabels(
  labels: LabelInput[],
  obstacles: LabelCircle[],
  width: number,
  height: number,
  offset = 2,
  rects: Rect[] = [],
  lines: LabelLine[] = []
): PlacedLabel[] {
  const cols = Math.max(1, Math.ceil(width / CELL));
  const rows = Math.max(1, Math.ceil(height / CELL));
  const circles = new Grid<LabelCircle>(cols, rows);
  for (const c of obstacles) {
    if (Number.isFinite(c.x) && Number.isFinite(c.y) && c.r > 0) {
      circles.add(c.x - c.r, c.y - c.r, c.x + c.r, c.y + c.r, c);
    }
  }
  const segments = new Grid<LabelLine>(cols, rows);
  for (const l of lines) {
    if (Number.isFinite(l.x1) && Number.isFinite(l.y1) && Number.isFinite(l.x2) && Number.isFinite(l.y2)) {
      addLine(segments, l);
    }
  }
  const placed = new Grid<Rect>(cols, rows);
  // Other texts to keep clear of (quadrant names) count as already placed labels.
  for (const r of rects) {
    if (Number.isFinite(r.x1) && Number.isFinite(r.y1) && Number.isFinite(r.x2) && Number.isFinite(r.y2)) {
      placed.add(r.x1, r.y1, r.x2, r.y2, r);
    }
  }
  return labels.map(({ circle, width: w, height: h }) => {
    const hidden: PlacedLabel = { x: NaN, y: NaN, align: 'center', baseline: 'middle', visible: false };
    if (!Number.isFinite(circle.x) || !Number.isFinite(circle.y)) {
      return hidden;
    }
    const reach = circle.r + offset;
    for (const { dx, dy } of LABEL_POSITIONS) {
      // A diagonal position sits on the circle's bounding box corner, pulled in to the circle (1/√2).
      const k = dx !== 0 && dy !== 0 ? Math.SQRT1_2 : 1;
      const ax = circle.x + dx * reach * k;
      const ay = circle.y + dy * reach * k;
      const x1 = dx === 0 ? ax - w / 2 : dx > 0 ? ax : ax - w;
      const y1 = dy === 0 ? ay - h / 2 : dy > 0 ? ay : ay - h;
      const rect = { x1, y1, x2: x1 + w, y2: y1 + h };
      if (rect.x1 < 0 || rect.y1 < 0 || rect.x2 > width || rect.y2 > height) {
        continue;
      }
      if (!isClear(rect, circle, placed, circles, segments)) {
        continue;
      }
      placed.add(rect.x1, rect.y1, rect.x2, rect.y2, rect);
      return {
        x: ax,
        y: ay,
        align: dx === 0 ? 'center' : dx > 0 ? 'left' : 'right',
        baseline: dy === 0 ? 'middle' : dy > 0 ? 'top' : 'bottom',
        visible: true,
      };
    }
    return hidden;
  });
}
