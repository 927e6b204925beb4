import * as vega from 'vega';
import { registerSteadyCanvasSize } from './steadyCanvas';

type Renderer = { _canvas: unknown; resize(w: number, h: number, origin?: [number, number], scale?: number): unknown };
const { CanvasRenderer } = vega as unknown as { CanvasRenderer: new () => Renderer };

/** A canvas that counts how often its bitmap is reallocated (each width or height assignment). */
function countingCanvas() {
  const state = { width: 0, height: 0, reallocations: 0, transforms: 0 };
  const canvas = {
    parentNode: null,
    getContext: () => ({ setTransform: () => state.transforms++ }),
    get width() {
      return state.width;
    },
    set width(v: number) {
      state.width = v;
      state.reallocations++;
    },
    get height() {
      return state.height;
    },
    set height(v: number) {
      state.height = v;
      state.reallocations++;
    },
  };
  return { canvas, state };
}

describe('registerSteadyCanvasSize', () => {
  registerSteadyCanvasSize();

  it('leaves a canvas alone when asked for the size, origin and scale it already has', () => {
    const renderer = new CanvasRenderer();
    const { canvas, state } = countingCanvas();
    renderer._canvas = canvas;
    renderer.resize(816, 616, [50, 14], 1);
    expect(state).toMatchObject({ width: 816, height: 616, reallocations: 2, transforms: 1 });
    renderer.resize(816, 616, [50, 14], 1);
    expect(state.reallocations).toBe(2);
    expect((renderer as unknown as { _redraw: boolean })._redraw).toBe(true);
  });

  it('still resizes for another size, origin or scale', () => {
    const renderer = new CanvasRenderer();
    const { canvas, state } = countingCanvas();
    renderer._canvas = canvas;
    renderer.resize(816, 616, [50, 14], 1);
    renderer.resize(656, 496, [50, 14], 1);
    expect(state).toMatchObject({ width: 656, height: 496, reallocations: 4 });
    renderer.resize(656, 496, [60, 14], 1);
    expect(state.transforms).toBe(3);
    renderer.resize(656, 496, [60, 14], 2);
    expect(state).toMatchObject({ width: 1312, height: 992 });
  });
});
