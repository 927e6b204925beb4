import * as vega from 'vega';

/**
 * Vega's canvas renderer paints every symbol and rule by itself: translate, path, style, stroke, translate
 * back. At 10,000 segments that is some 40,000 fill and stroke calls (dashed ghost outlines, arrows,
 * arrowheads) — a third of the first render. This drawer paints runs of consecutive items that only
 * fill or only stroke, in the same style, as one path with one call, in the same order and with the same
 * canvas state Vega would set. Items that both fill and stroke (the bubbles: their outline must cover the
 * fill of the bubbles below) are painted one by one as Vega does, only placed without translate calls;
 * gradients go to Vega's own drawing. Hit testing, bounds and the SVG renderer are untouched. Where
 * translucent items of one run overlap, the overlap is painted once instead of twice.
 */

export interface SceneItem {
  x?: number;
  y?: number;
  x2?: number;
  y2?: number;
  size?: number;
  shape?: string;
  angle?: number;
  opacity?: number;
  fill?: unknown;
  fillOpacity?: number;
  stroke?: unknown;
  strokeOpacity?: number;
  strokeWidth?: number;
  strokeCap?: CanvasLineCap;
  strokeJoin?: CanvasLineJoin;
  strokeMiterLimit?: number;
  strokeDash?: number[];
  strokeDashOffset?: number;
  blend?: GlobalCompositeOperation;
  zindex?: number;
  bounds?: unknown;
}

interface Bounds {
  intersects(other: unknown): boolean;
}
interface Scene {
  items: SceneItem[];
}
type MarkDraw = (context: CanvasRenderingContext2D, scene: Scene, bounds?: Bounds) => void;

// Parts of vega-scenegraph that vega re-exports but does not type.
const { Marks, pathSymbols, sceneVisit } = vega as unknown as {
  Marks: Record<string, { draw: MarkDraw }>;
  pathSymbols: (shape: string) => { draw: (sink: unknown, size: number) => void };
  sceneVisit: (scene: Scene, visitor: (item: SceneItem) => void) => void;
};

const DEG_TO_RAD = Math.PI / 180;
const NO_DASH: number[] = [];

/**
 * What an item needs painted: nothing, Vega's own drawing (a gradient), only a fill, only a stroke, or
 * both — in plain colours. Classified from the item alone, without allocating (10,000s of items a render).
 */
export type Painting = 'none' | 'vega' | 'fill' | 'stroke' | 'both';

const opacityOf = (item: SceneItem) => (item.opacity == null ? 1 : item.opacity);
const fillAlpha = (item: SceneItem) => opacityOf(item) * (item.fillOpacity == null ? 1 : item.fillOpacity);
const strokeAlpha = (item: SceneItem) => opacityOf(item) * (item.strokeOpacity == null ? 1 : item.strokeOpacity);
const strokeWidth = (item: SceneItem) => (item.strokeWidth == null ? 1 : item.strokeWidth);

export function paintingOf(item: SceneItem, marktype: 'symbol' | 'rule'): Painting {
  if (!opacityOf(item)) {
    return 'none';
  }
  // Rules are never filled (Vega's rule drawing ignores fill); a transparent fill paints nothing.
  const fills = marktype === 'symbol' && !!item.fill && item.fill !== 'transparent' && fillAlpha(item) > 0;
  const strokes = !!item.stroke && strokeWidth(item) > 0 && strokeAlpha(item) > 0;
  if ((fills && typeof item.fill !== 'string') || (strokes && typeof item.stroke !== 'string')) {
    return 'vega';
  }
  return fills ? (strokes ? 'both' : 'fill') : strokes ? 'stroke' : 'none';
}

const sameDash = (a: number[] | undefined, b: number[] | undefined) => {
  const x = a ?? NO_DASH;
  const y = b ?? NO_DASH;
  return x === y || (x.length === y.length && x.every((v, i) => v === y[i]));
};

/** Whether painting `b` needs the same canvas state as painting `a` (same kind of paint). */
export function samePaint(kind: 'fill' | 'stroke', a: SceneItem, b: SceneItem): boolean {
  if ((a.blend || 'source-over') !== (b.blend || 'source-over')) {
    return false;
  }
  if (kind === 'fill') {
    return a.fill === b.fill && fillAlpha(a) === fillAlpha(b);
  }
  return (
    a.stroke === b.stroke &&
    strokeAlpha(a) === strokeAlpha(b) &&
    strokeWidth(a) === strokeWidth(b) &&
    (a.strokeCap || 'butt') === (b.strokeCap || 'butt') &&
    (a.strokeJoin || 'miter') === (b.strokeJoin || 'miter') &&
    (a.strokeMiterLimit ?? 4) === (b.strokeMiterLimit ?? 4) &&
    (a.strokeDashOffset || 0) === (b.strokeDashOffset || 0) &&
    sameDash(a.strokeDash, b.strokeDash)
  );
}

/** Sets the canvas state of a paint exactly as Vega's fill()/stroke()/blend() would for the item. */
function applyPaint(context: CanvasRenderingContext2D, kind: 'fill' | 'stroke', item: SceneItem) {
  if (kind === 'fill') {
    context.globalAlpha = fillAlpha(item);
    context.fillStyle = item.fill as string;
  } else {
    context.globalAlpha = strokeAlpha(item);
    context.strokeStyle = item.stroke as string;
    context.lineWidth = strokeWidth(item);
    context.lineCap = item.strokeCap || 'butt';
    context.lineJoin = item.strokeJoin || 'miter';
    context.miterLimit = item.strokeMiterLimit != null ? item.strokeMiterLimit : 4;
    if (context.setLineDash) {
      context.setLineDash(item.strokeDash || NO_DASH);
      context.lineDashOffset = item.strokeDashOffset || 0;
    }
  }
  context.globalCompositeOperation = item.blend || 'source-over';
}

type PathMode = 'fill' | 'stroke' | 'single';

/**
 * A path sink that moves and rotates what a symbol shape draws around (0, 0) to the item's place, so that
 * many items add to one path without translate/rotate calls in between.
 */
class PlacedPath {
  context!: CanvasRenderingContext2D;
  x = 0;
  y = 0;
  cos = 1;
  sin = 0;
  angle = 0;
  /** What the path is for: a filled run, a stroked run, or one item of its own. */
  mode: PathMode = 'single';
  private startX = 0;
  private startY = 0;

  place(context: CanvasRenderingContext2D, item: SceneItem, mode: PathMode) {
    this.context = context;
    this.mode = mode;
    this.x = item.x || 0;
    this.y = item.y || 0;
    this.angle = (item.angle || 0) * DEG_TO_RAD;
    this.cos = Math.cos(this.angle);
    this.sin = Math.sin(this.angle);
    return this;
  }
  private px(x: number, y: number) {
    return this.x + x * this.cos - y * this.sin;
  }
  private py(x: number, y: number) {
    return this.y + x * this.sin + y * this.cos;
  }
  moveTo(x: number, y: number) {
    this.startX = this.px(x, y);
    this.startY = this.py(x, y);
    this.context.moveTo(this.startX, this.startY);
  }
  lineTo(x: number, y: number) {
    this.context.lineTo(this.px(x, y), this.py(x, y));
  }
  /**
   * Closing a subpath of a long path costs Chromium time proportional to the path (half a second for
   * 10,000 arrowheads): a filled run needs no closing (fill closes every subpath), a stroked one goes
   * back to the subpath's start instead.
   */
  closePath() {
    if (this.mode === 'single') {
      this.context.closePath();
    } else if (this.mode === 'stroke') {
      this.context.lineTo(this.startX, this.startY);
    }
  }
  bezierCurveTo(x1: number, y1: number, x2: number, y2: number, x: number, y: number) {
    this.context.bezierCurveTo(
      this.px(x1, y1),
      this.py(x1, y1),
      this.px(x2, y2),
      this.py(x2, y2),
      this.px(x, y),
      this.py(x, y)
    );
  }
  quadraticCurveTo(x1: number, y1: number, x: number, y: number) {
    this.context.quadraticCurveTo(this.px(x1, y1), this.py(x1, y1), this.px(x, y), this.py(x, y));
  }
  arc(x: number, y: number, r: number, start: number, end: number, ccw?: boolean) {
    this.context.arc(this.px(x, y), this.py(x, y), r, start + this.angle, end + this.angle, ccw);
  }
  rect(x: number, y: number, w: number, h: number) {
    this.moveTo(x, y);
    this.lineTo(x + w, y);
    this.lineTo(x + w, y + h);
    this.lineTo(x, y + h);
    this.closePath();
  }
}

/** The path of one item, added to the context's current path. */
type AddPath = (context: CanvasRenderingContext2D, item: SceneItem, mode: PathMode) => void;

const placed = new PlacedPath();
const addSymbol: AddPath = (context, item, mode) =>
  pathSymbols(item.shape || 'circle').draw(placed.place(context, item, mode), item.size == null ? 64 : item.size);
const addRule: AddPath = (context, item) => {
  const x1 = item.x || 0;
  const y1 = item.y || 0;
  context.moveTo(x1, y1);
  context.lineTo(item.x2 != null ? item.x2 : x1, item.y2 != null ? item.y2 : y1);
};

/** How each batched mark type adds an item's path. */
export const pathAdders = { symbol: addSymbol, rule: addRule };

/**
 * A mark drawer: runs of items with one paint in the same style become one path and one call; an item with
 * both a fill and a stroke is drawn by itself (fill, then stroke, as Vega does, placed without translate);
 * gradients go to Vega's own drawer.
 */
export function batchedDraw(marktype: 'symbol' | 'rule', vegaDraw: MarkDraw, addPath: AddPath): MarkDraw {
  return (context, scene, bounds) => {
    // The open run: its kind and first item (whose paint state is on the canvas).
    let runKind: 'fill' | 'stroke' | null = null;
    let runItem: SceneItem | null = null;
    const endRun = () => {
      if (runKind === 'fill') {
        context.fill();
      } else if (runKind === 'stroke') {
        context.stroke();
      }
      runKind = null;
      runItem = null;
    };
    sceneVisit(scene, (item: SceneItem) => {
      if (bounds && !bounds.intersects(item.bounds)) {
        return;
      }
      const painting = paintingOf(item, marktype);
      if (painting === 'none') {
        return;
      }
      if (painting === 'vega') {
        endRun();
        vegaDraw(context, { items: [item] });
        return;
      }
      if (painting === 'both') {
        endRun();
        context.beginPath();
        addPath(context, item, 'single');
        applyPaint(context, 'fill', item);
        context.fill();
        applyPaint(context, 'stroke', item);
        context.stroke();
        return;
      }
      if (runKind !== painting || !samePaint(painting, runItem!, item)) {
        endRun();
        applyPaint(context, painting, item);
        context.beginPath();
        runKind = painting;
        runItem = item;
      }
      addPath(context, item, painting);
    });
    endRun();
  };
}

let vegaDraws: { symbol: MarkDraw; rule: MarkDraw } | null = null;

/** Installs the batched drawers for symbols and rules in Vega's canvas renderer (once). */
export function registerBatchedDrawing(): void {
  if (vegaDraws) {
    return;
  }
  vegaDraws = { symbol: Marks.symbol.draw, rule: Marks.rule.draw };
  Marks.symbol.draw = batchedDraw('symbol', vegaDraws.symbol, pathAdders.symbol);
  Marks.rule.draw = batchedDraw('rule', vegaDraws.rule, pathAdders.rule);
}
