import * as vega from 'vega';

type Resizable = {
  _canvas?: HTMLCanvasElement;
  _width: number;
  _height: number;
  _origin?: [number, number];
  _scale: number;
  _redraw: boolean;
  resize(width: number, height: number, origin?: [number, number], scaleFactor?: number): Resizable;
  _render(scene: unknown, markTypes?: unknown): Resizable;
};

/** A bitmap this many times the chart's area is given back (reallocated at the chart's size). */
export const MAX_SPARE_AREA = 4;
/** A chart that outgrows its bitmap gets one this much larger in each direction (a panel dragged larger). */
export const GROWTH_ROOM = 1.2;

let vegaResize: Resizable['resize'] | null = null;
/** The pixel ratio each canvas' bitmap was allocated for. */
const allocatedRatio = new WeakMap<HTMLCanvasElement, number>();
/** Renderers on the page whose canvas gets its first bitmap when they first draw. */
const unallocated = new WeakSet<Resizable>();

/**
 * Vega sizes a view's canvas when the renderer starts (at a provisional size), again on its first draw, and on
 * every resize. Setting a canvas' width or height reallocates and clears its bitmap (about 1 ms for an
 * 800×600 chart) and hands the compositor a new one (another ms). So a chart drawn on a page gets its first
 * bitmap when it first draws, and a new one only when it outgrows it (then with room to grow further) or
 * leaves most of it unused: otherwise it keeps its canvas and draws into its top-left corner, and the chart's
 * container clips the rest (VegaView sets `overflow: clip`). Each draw after a resize repaints the chart's
 * area; the rest of the bitmap is cleared here.
 */
export function registerSteadyCanvasSize(): void {
  if (vegaResize) {
    return;
  }
  // Vega's canvas renderer (exported by vega, missing from its type declarations).
  const proto = (vega as unknown as { CanvasRenderer: { prototype: Resizable } }).CanvasRenderer.prototype;
  const resize = proto.resize;
  const render = proto._render;
  vegaResize = resize;
  proto.resize = function (this: Resizable, width, height, origin, scaleFactor) {
    const at = origin ?? [0, 0];
    const scale = scaleFactor ?? 1;
    const canvas = this._canvas;
    // Vega's own test and choice: the screen's pixel ratio on a page, the scale factor off it (an export).
    const onPage = typeof HTMLElement !== 'undefined' && canvas instanceof HTMLElement && canvas.parentNode != null;
    const ratio = onPage ? window.devicePixelRatio || 1 : scale;
    if (onPage && !allocatedRatio.has(canvas)) {
      this._width = width;
      this._height = height;
      this._origin = at;
      this._scale = scale;
      this._redraw = true;
      unallocated.add(this);
      return this;
    }
    if (!canvas || this._scale !== scale) {
      return allocate(this, resize, width, height, origin, scaleFactor, ratio);
    }
    const bitmap = { width: Math.floor(width * ratio), height: Math.floor(height * ratio) };
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
    // A bitmap allocated here for a chart on the page, at the screen's current pixel ratio.
    const kept = onPage && allocatedRatio.get(canvas) === ratio;
    const fits = canvas.width >= bitmap.width && canvas.height >= bitmap.height;
    if (kept && !fits) {
      const room = (length: number) => Math.ceil(length * GROWTH_ROOM);
      allocate(this, resize, room(width), room(height), origin, scaleFactor, ratio);
      this._width = width;
      this._height = height;
      return this;
    }
    if (!kept || canvas.width * canvas.height > MAX_SPARE_AREA * bitmap.width * bitmap.height) {
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
  proto._render = function (this: Resizable, scene, markTypes) {
    if (unallocated.has(this)) {
      unallocated.delete(this);
      const ratio = window.devicePixelRatio || 1;
      allocate(this, resize, this._width, this._height, this._origin, this._scale, ratio);
    }
    return render.call(this, scene, markTypes);
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
