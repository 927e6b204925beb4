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

let vegaResize: Resizable['resize'] | null = null;

/**
 * Vega sizes a view's canvas when the renderer starts and again on its first draw, even at the same size
 * (setting the background marks every new view as resized). Setting a canvas' width or height reallocates
 * and clears its bitmap, about 1 ms for an 800×600 chart; at the size, origin and pixel ratio it already
 * has there is nothing to do (each draw after a resize clears and repaints the whole canvas anyway).
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
    const ratio = canvas?.parentNode ? window.devicePixelRatio || 1 : scale;
    const same =
      canvas !== undefined &&
      this._width === width &&
      this._height === height &&
      this._origin?.[0] === at[0] &&
      this._origin?.[1] === at[1] &&
      this._scale === scale &&
      canvas.width === Math.floor(width * ratio) &&
      canvas.height === Math.floor(height * ratio);
    if (same) {
      this._redraw = true;
      return this;
    }
    return resize.call(this, width, height, origin, scaleFactor);
  };
}
