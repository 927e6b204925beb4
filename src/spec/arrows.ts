/**
 * Movement arrows in pixel space: a line from the baseline ghost to the current bubble and a triangle
 * whose tip touches the current bubble, rotated to point away from the ghost.
 *
 * `arrowGeometry` is registered as the Vega expression function `smArrow` (see ./expressions.ts) and
 * evaluated by the view after the scales are known, so that a resize moves the arrows without rebuilding
 * the spec: one function call per arrow instead of a chain of interpreted formulas.
 */

/** Arrowhead length in px. */
export const ARROW_HEAD = 9;
/** Arrowhead width / length. */
export const ARROW_HEAD_WIDTH = 0.9;
/** Movements shorter than this (px) draw no arrow: the ghost and the bubble overlap almost exactly. */
export const ARROW_MIN_LENGTH = 4;
/** Gap between the arrowhead's tip and the bubble's edge (px). */
export const ARROW_TIP_GAP = 1;

/**
 * Arrowhead as a Vega symbol path: tip at the origin, pointing along +x. Vega scales custom symbol paths
 * by sqrt(size) / 2, so a path spanning 1 unit in x is sqrt(size) / 2 px long.
 */
export const ARROW_HEAD_PATH = `M0,0L-1,${-ARROW_HEAD_WIDTH / 2}L-1,${ARROW_HEAD_WIDTH / 2}Z`;
/** Symbol size giving an arrowhead ARROW_HEAD px long. */
export const ARROW_HEAD_SIZE = Math.pow(2 * ARROW_HEAD, 2);

export interface PixelCircle {
  x: number;
  y: number;
  r: number;
}

export interface ArrowGeometry {
  /** Line from (x1, y1) to (x2, y2). */
  x1: number;
  y1: number;
  x2: number;
  y2: number;
  /** Arrowhead tip. */
  tipX: number;
  tipY: number;
  /** Clockwise rotation of the head in degrees (screen y grows downwards), 0 = pointing right. */
  angle: number;
  /** Pixel distance between the two centres. */
  length: number;
  visible: boolean;
}

/** Arrow from the baseline circle `b` to the current circle `c`, both in pixels. */
export function arrowGeometry(b: PixelCircle, c: PixelCircle, head = ARROW_HEAD): ArrowGeometry {
  const dx = c.x - b.x;
  const dy = c.y - b.y;
  const length = Math.sqrt(dx * dx + dy * dy);
  const ux = length > 0 ? dx / length : 0;
  const uy = length > 0 ? dy / length : 0;
  // The tip touches the current bubble when there is room for the head outside it, else it sits at its centre.
  const tipOffset = length > c.r + ARROW_TIP_GAP + head ? c.r + ARROW_TIP_GAP : 0;
  // The line starts at the ghost's edge when what is left is still longer than the head.
  const startOffset = length - tipOffset - head > b.r ? b.r : 0;
  const lineLength = Math.max(0, length - tipOffset - startOffset - 0.7 * head);
  const x1 = b.x + ux * startOffset;
  const y1 = b.y + uy * startOffset;
  return {
    x1,
    y1,
    x2: x1 + ux * lineLength,
    y2: y1 + uy * lineLength,
    tipX: c.x - ux * tipOffset,
    tipY: c.y - uy * tipOffset,
    angle: (Math.atan2(dy, dx) * 180) / Math.PI,
    length,
    visible: length >= ARROW_MIN_LENGTH,
  };
}

/** Radius in px of a Vega circle symbol of this `size` (Vega draws circles with r = √size / 2). */
export function symbolRadius(size: number): number {
  return Math.sqrt(Math.max(0, size)) / 2;
}

export interface VegaFormula {
  type: 'formula';
  expr: string;
  as: string;
}

/** Name of the Vega expression function computing `arrowGeometry`. */
export const ARROW_FUNCTION = 'smArrow';

/** Output fields of `arrowFormula` (nested in `arrow`), read by the arrow marks. */
export const ARROW_FIELDS = {
  x1: 'arrow.x1',
  y1: 'arrow.y1',
  x2: 'arrow.x2',
  y2: 'arrow.y2',
  tipX: 'arrow.tipX',
  tipY: 'arrow.tipY',
  angle: 'arrow.angle',
  length: 'arrow.length',
} as const;

/**
 * `arrowGeometry` of each row (baseline → current, pixels through the scales 'x' and 'y'; circle sizes from
 * the rows' precomputed `baselineArea` and `area`) as `datum.arrow`.
 */
export function arrowFormula(head = ARROW_HEAD): VegaFormula {
  return {
    type: 'formula',
    as: 'arrow',
    expr: `${ARROW_FUNCTION}(scale('x', datum.baselineX), scale('y', datum.baselineY), scale('x', datum.x), scale('y', datum.y), datum.baselineArea, datum.area, ${head})`,
  };
}

/** The function behind `smArrow`: positions and symbol sizes (px²) in, `ArrowGeometry` out. */
export function arrowOf(bx: number, by: number, cx: number, cy: number, areaB: number, areaC: number, head: number): ArrowGeometry {
  return arrowGeometry({ x: bx, y: by, r: symbolRadius(areaB) }, { x: cx, y: cy, r: symbolRadius(areaC) }, head);
}
