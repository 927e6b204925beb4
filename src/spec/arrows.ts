/**
 * Movement arrows in pixel space: a line from the baseline ghost to the current bubble and a triangle
 * whose tip touches the current bubble, rotated to point away from the ghost.
 *
 * The same geometry exists twice: `arrowGeometry` (TypeScript, for tests and for reasoning) and
 * `arrowFormulas` (Vega expressions, evaluated by the view after the scales are known, so that a
 * resize moves the arrows without rebuilding the spec). A test runs both on the same input.
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

/** Vega expression of `symbolRadius`. */
export function radiusExpr(sizeExpr: string): string {
  return `sqrt(max(0, ${sizeExpr})) / 2`;
}

/** Vega expression: a bubble's symbol size (the size scale, or a fixed size when the measure is unknown). */
export function areaExpr(sizeField: string, missingField: string, missingArea: number): string {
  return `(datum.${missingField} ? ${missingArea} : scale('size', datum.${sizeField}))`;
}

export interface VegaFormula {
  type: 'formula';
  expr: string;
  as: string;
}

/** Output fields of `arrowFormulas`, read by the arrow marks. */
export const ARROW_FIELDS = {
  x1: 'arrowX1',
  y1: 'arrowY1',
  x2: 'arrowX2',
  y2: 'arrowY2',
  tipX: 'arrowTipX',
  tipY: 'arrowTipY',
  angle: 'arrowAngle',
  length: 'arrowLength',
} as const;

/** `arrowGeometry` as Vega formula transforms over the segment rows (scales 'x', 'y' and 'size'). */
export function arrowFormulas(missingArea: number, head = ARROW_HEAD): VegaFormula[] {
  const f = (as: string, expr: string): VegaFormula => ({ type: 'formula', expr, as });
  const rb = radiusExpr(areaExpr('baselineSize', 'baselineSizeMissing', missingArea));
  const rc = radiusExpr(areaExpr('size', 'sizeMissing', missingArea));
  const A = ARROW_FIELDS;
  return [
    f('arrowBX', "scale('x', datum.baselineX)"),
    f('arrowBY', "scale('y', datum.baselineY)"),
    f('arrowCX', "scale('x', datum.x)"),
    f('arrowCY', "scale('y', datum.y)"),
    f('arrowRB', rb),
    f('arrowRC', rc),
    f('arrowDX', 'datum.arrowCX - datum.arrowBX'),
    f('arrowDY', 'datum.arrowCY - datum.arrowBY'),
    f(A.length, 'sqrt(datum.arrowDX * datum.arrowDX + datum.arrowDY * datum.arrowDY)'),
    f('arrowUX', `datum.${A.length} > 0 ? datum.arrowDX / datum.${A.length} : 0`),
    f('arrowUY', `datum.${A.length} > 0 ? datum.arrowDY / datum.${A.length} : 0`),
    f('arrowTipOffset', `datum.${A.length} > datum.arrowRC + ${ARROW_TIP_GAP} + ${head} ? datum.arrowRC + ${ARROW_TIP_GAP} : 0`),
    f('arrowStartOffset', `datum.${A.length} - datum.arrowTipOffset - ${head} > datum.arrowRB ? datum.arrowRB : 0`),
    f('arrowLineLength', `max(0, datum.${A.length} - datum.arrowTipOffset - datum.arrowStartOffset - ${0.7 * head})`),
    f(A.x1, 'datum.arrowBX + datum.arrowUX * datum.arrowStartOffset'),
    f(A.y1, 'datum.arrowBY + datum.arrowUY * datum.arrowStartOffset'),
    f(A.x2, `datum.${A.x1} + datum.arrowUX * datum.arrowLineLength`),
    f(A.y2, `datum.${A.y1} + datum.arrowUY * datum.arrowLineLength`),
    f(A.tipX, 'datum.arrowCX - datum.arrowUX * datum.arrowTipOffset'),
    f(A.tipY, 'datum.arrowCY - datum.arrowUY * datum.arrowTipOffset'),
    f(A.angle, 'atan2(datum.arrowDY, datum.arrowDX) * 180 / PI'),
  ];
}
