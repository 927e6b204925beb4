import * as vega from 'vega';

type Resizable = {
  _canvas?: HTMLCanvasElement;
  _width: number;
  _height: number;
  _origin?: [number, number];
  _scale: number;
  _redraw: boolean;
  resize(width: number, height: number, origin?: [number, number], scaleFactor?: number): Resizable;
};

/** A bitmap this many times the chart's area is given back (reallocated at the chart's size). */
export const MAX_SPARE_AREA = 4;

let vegaResize: Resizable['resize'] | null = null;
/** The pixel ratio each canvas' bitmap was allocated for. */
const allocatedRatio = new WeakMap<HTMLCanvasElement, number>();

/**
 * Vega sizes a view's canvas when the renderer starts, again on its first draw even at the same size, and on
 * every resize. Setting a canvas' width or height reallocates and clears its bitmap (about 1 ms for an
 * 800×600 chart) and hands the compositor a new one (another ms). So the bitmap is only reallocated when the
 * chart outgrows it (or leaves most of it unused): a chart drawn on a page keeps its canvas and draws into its
 * top-left corner, and the chart's container clips the rest (VegaView sets `overflow: hidden`). Each draw
 * after a resize repaints the chart's area; the rest of the bitmap is cleared here.
 */
export function registerSteadyCanvasSize(): void {
  if (vegaResize) {
    return;
  }
  // Vega's canvas renderer (exported by vega, missing from its type declarations).
  const proto = (vega as unknown as { CanvasRenderer: { prototype: Resizable } }).CanvasRenderer.prototype;
  const resize = proto.resize;
  vegaResize = resize;
  proto.resize = function (this: Resizable, width, height, origin, scaleFactor) {
    const at = origin ?? [0, 0];
    const scale = scaleFactor ?? 1;
    const canvas = this._canvas;
    // Vega's own test and choice: the screen's pixel ratio on a page, the scale factor off it (an export).
    const onPage = typeof HTMLElement !== 'undefined' && canvas instanceof HTMLElement && canvas.parentNode != null;
    const ratio = onPage ? window.devicePixelRatio || 1 : scale;
    const bitmap = { width: Math.floor(width * ratio), height: Math.floor(height * ratio) };
    if (!canvas || this._scale !== scale) {
      return allocate(this, resize, width, height, origin, scaleFactor, ratio);
    }
    const sameSize =
      this._width === width &&
      this._height === height &&
      this._origin?.[0] === at[0] &&
      this._origin?.[1] === at[1] &&
      canvas.width === bitmap.width &&
      canvas.height === bitmap.height;
    if (sameSize) {
      this._redraw = true;
      return this;
    }
    const roomy =
      onPage &&
      allocatedRatio.get(canvas) === ratio &&
      canvas.width >= bitmap.width &&
      canvas.height >= bitmap.height &&
      canvas.width * canvas.height <= MAX_SPARE_AREA * bitmap.width * bitmap.height;
    if (!roomy) {
      return allocate(this, resize, width, height, origin, scaleFactor, ratio);
    }
    this._width = width;
    this._height = height;
    this._origin = at;
    const context = canvas.getContext('2d')!;
    context.setTransform(1, 0, 0, 1, 0, 0);
    context.clearRect(0, 0, canvas.width, canvas.height);
    context.setTransform(ratio, 0, 0, ratio, ratio * at[0], ratio * at[1]);
    this._redraw = true;
    return this;
  };
}

function allocate(
  renderer: Resizable,
  resize: Resizable['resize'],
  width: number,
  height: number,
  origin: [number, number] | undefined,
  scaleFactor: number | undefined,
  ratio: number
): Resizable {
  resize.call(renderer, width, height, origin, scaleFactor);
  if (renderer._canvas) {
    allocatedRatio.set(renderer._canvas, ratio);
  }
  return renderer;
}
