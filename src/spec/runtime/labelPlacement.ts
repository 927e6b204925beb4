/**
 * Greedy label placement in pixel space: labels in priority order (largest segment first), each tried at
 * eight positions around its circle (above first); the first position inside the plot that overlaps no
 * placed label and no other circle wins, else the label is hidden. Circles and placed labels sit in a
 * uniform grid, so a label is tested against its neighbours only: O(n) for n labels and circles.
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

class Grid<T> {
  private cells = new Map<number, T[]>();
  constructor(private readonly cols: number) {}
  /** Adds a value to every cell its box (x1, y1)–(x2, y2) touches; plain loops, no closure per value. */
  add(x1: number, y1: number, x2: number, y2: number, value: T) {
    const cx1 = Math.max(0, Math.floor(x1 / CELL));
    const cy1 = Math.max(0, Math.floor(y1 / CELL));
    const cx2 = Math.min(this.cols - 1, Math.floor(x2 / CELL));
    const cy2 = Math.floor(y2 / CELL);
    for (let cy = cy1; cy <= cy2; cy++) {
      for (let cx = cx1; cx <= cx2; cx++) {
        const key = cy * this.cols + cx;
        const list = this.cells.get(key);
        if (list) {
          list.push(value);
        } else {
          this.cells.set(key, [value]);
        }
      }
    }
  }
  some(r: Rect, test: (v: T) => boolean): boolean {
    const cx1 = Math.max(0, Math.floor(r.x1 / CELL));
    const cy1 = Math.max(0, Math.floor(r.y1 / CELL));
    const cx2 = Math.min(this.cols - 1, Math.floor(r.x2 / CELL));
    const cy2 = Math.floor(r.y2 / CELL);
    for (let cy = cy1; cy <= cy2; cy++) {
      for (let cx = cx1; cx <= cx2; cx++) {
        const list = this.cells.get(cy * this.cols + cx);
        if (list && list.some(test)) {
          return true;
        }
      }
    }
    return false;
  }
}

const overlaps = (a: Rect, b: Rect) => a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2;

/** Whether the segment crosses the rectangle (Liang–Barsky clipping). */
export function hitsLine(r: Rect, l: LabelLine): boolean {
  const dx = l.x2 - l.x1;
  const dy = l.y2 - l.y1;
  let t0 = 0;
  let t1 = 1;
  const edges: Array<[number, number]> = [
    [-dx, l.x1 - r.x1],
    [dx, r.x2 - l.x1],
    [-dy, l.y1 - r.y1],
    [dy, r.y2 - l.y1],
  ];
  for (const [p, q] of edges) {
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
  const circles = new Grid<LabelCircle>(cols);
  for (const c of obstacles) {
    if (Number.isFinite(c.x) && Number.isFinite(c.y) && c.r > 0) {
      circles.add(c.x - c.r, c.y - c.r, c.x + c.r, c.y + c.r, c);
    }
  }
  const segments = new Grid<LabelLine>(cols);
  for (const l of lines) {
    if ([l.x1, l.y1, l.x2, l.y2].every(Number.isFinite)) {
      segments.add(Math.min(l.x1, l.x2), Math.min(l.y1, l.y2), Math.max(l.x1, l.x2), Math.max(l.y1, l.y2), l);
    }
  }
  const placed = new Grid<Rect>(cols);
  // Other texts to keep clear of (quadrant names) count as already placed labels.
  for (const r of rects) {
    if ([r.x1, r.y1, r.x2, r.y2].every(Number.isFinite)) {
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
      if (placed.some(rect, (o) => overlaps(o, rect))) {
        continue;
      }
      const own = (c: LabelCircle) =>
        c === circle || (circle.owner !== undefined ? c.owner === circle.owner : c.x === circle.x && c.y === circle.y && c.r === circle.r);
      if (circles.some(rect, (c) => !own(c) && hitsCircle(rect, c))) {
        continue;
      }
      if (segments.some(rect, (l) => hitsLine(rect, l))) {
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
