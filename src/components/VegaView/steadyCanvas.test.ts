import * as vega from 'vega';
import { GROWTH_ROOM, MAX_SPARE_AREA, registerSteadyCanvasSize } from './steadyCanvas';

type Renderer = {
  _canvas: unknown;
  _width: number;
  _height: number;
  _origin: [number, number];
  _redraw: boolean;
  resize(w: number, h: number, origin?: [number, number], scale?: number): unknown;
  _render(scene: unknown): unknown;
};
/** A scene with nothing in it: what a draw needs to run. */
const EMPTY_SCENE = { marktype: 'group', items: [] };
const { CanvasRenderer } = vega as unknown as { CanvasRenderer: new () => Renderer };

/** A canvas that counts how often its bitmap is reallocated (each width or height assignment). */
function countingCanvas(parentNode: unknown = null) {
  const state = {
    width: 0,
    height: 0,
    reallocations: 0,
    transforms: 0,
    transform: [] as number[],
    cleared: [] as number[][],
  };
  const canvas = {
    parentNode,
    style: {} as Record<string, string>,
    getContext: () => ({
      setTransform: (...m: number[]) => {
        state.transforms++;
        state.transform = m;
      },
      clearRect: (...r: number[]) => state.cleared.push(r),
      save: () => undefined,
      restore: () => undefined,
    }),
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

describe('a canvas on the page', () => {
  registerSteadyCanvasSize();
  const onPage = () => {
    const renderer = new CanvasRenderer();
    const counted = countingCanvas({});
    // an element in a document, as Vega checks it
    Object.setPrototypeOf(counted.canvas, HTMLElement.prototype);
    renderer._canvas = counted.canvas;
    return { renderer, ...counted };
  };
  const drawnOnPage = () => {
    const page = onPage();
    page.renderer.resize(800, 400, [50, 14], 1);
    page.renderer._render(EMPTY_SCENE);
    page.state.cleared = [];
    return page;
  };

  it('gets its first bitmap when it first draws, once, at the size it is drawn at', () => {
    const { renderer, state } = onPage();
    // Vega sizes the canvas when the renderer starts, then again for the first draw
    renderer.resize(562, 358, [0, 0], 1);
    renderer.resize(800, 400, [50, 14], 1);
    expect(state.reallocations).toBe(0);
    renderer._render(EMPTY_SCENE);
    expect(state).toMatchObject({ width: 800, height: 400, reallocations: 2 });
    expect(state.transform).toEqual([1, 0, 0, 1, 50, 14]);
  });
  afterEach(() => {
    window.devicePixelRatio = 1;
  });

  it('keeps its bitmap for a smaller chart: the chart is drawn in its corner, the rest cleared', () => {
    const { renderer, state } = drawnOnPage();
    expect(state).toMatchObject({ width: 800, height: 400, reallocations: 2 });
    renderer._redraw = false;
    renderer.resize(640, 300, [40, 10], 1);
    expect(state).toMatchObject({ width: 800, height: 400, reallocations: 2 });
    expect(state.cleared).toEqual([[0, 0, 800, 400]]);
    expect(state.transform).toEqual([1, 0, 0, 1, 40, 10]);
    expect(renderer).toMatchObject({ _width: 640, _height: 300, _origin: [40, 10], _redraw: true });
    // and back at the bitmap's own size: still no reallocation
    renderer.resize(800, 400, [50, 14], 1);
    expect(state).toMatchObject({ width: 800, height: 400, reallocations: 2 });
    expect(state.transform).toEqual([1, 0, 0, 1, 50, 14]);
  });

  it('gets a new bitmap, with room to grow, for a chart larger than it', () => {
    const { renderer, state } = drawnOnPage();
    renderer.resize(900, 400, [50, 14], 1);
    const roomy = { width: Math.ceil(900 * GROWTH_ROOM), height: Math.ceil(400 * GROWTH_ROOM) };
    expect(state).toMatchObject({ ...roomy, reallocations: 4 });
    expect(state.transform).toEqual([1, 0, 0, 1, 50, 14]);
    expect(renderer).toMatchObject({ _width: 900, _height: 400 });
    // dragged a little larger still: the room is used
    renderer.resize(920, 410, [50, 14], 1);
    expect(state).toMatchObject({ ...roomy, reallocations: 4 });
  });

  it("gets a new bitmap at the chart's size when the chart leaves most of it unused", () => {
    const { renderer, state } = drawnOnPage();
    const height = Math.floor(Math.sqrt(1 / MAX_SPARE_AREA) * 400) - 1;
    const width = Math.floor((800 * height) / 400);
    renderer.resize(width, height, [50, 14], 1);
    expect(state).toMatchObject({ width, height, reallocations: 4 });
  });

  it("gets a new bitmap when the screen's pixel ratio changes", () => {
    const { renderer, state } = drawnOnPage();
    window.devicePixelRatio = 2;
    renderer.resize(640, 300, [40, 10], 1);
    expect(state).toMatchObject({ width: 1280, height: 600, reallocations: 4 });
    expect(state.transform).toEqual([2, 0, 0, 2, 80, 20]);
  });
});
