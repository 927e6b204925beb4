/**
 * The peers, in the bench page (bundled by bench/run.mjs into bench/.build/peers.js):
 * - ECharts 6 as the Business Charts panel would draw the scene (only the pieces used, canvas renderer,
 *   `progressive: 0`, no animation): scatter for the bubbles (one series per quadrant, so the legend shows
 *   the quadrants) and the hollow baseline ghosts, a `lines` series with arrow end symbols from baseline
 *   to current, markLine quadrant dividers, labels with `labelLayout: {hideOverlap: true}`;
 * - a raw Canvas 2D loop drawing the same primitives (axes, dividers, ghosts, arrow lines and heads,
 *   bubbles, labels without overlaps, legend): the floor.
 *
 * Every render makes a fresh chart / canvas (the previous one is disposed first, outside the timing) and
 * is timed in the page with performance.now(): from the data in hand (the scene's arrays) to the
 * renderer being done (ECharts: its `finished` event; canvas: the loop's end) and the next frame painted
 * (`frameMs`: to that frame's animation callback).
 */
import * as echarts from 'echarts/core';
import { LinesChart, ScatterChart } from 'echarts/charts';
import { GridComponent, LegendComponent, MarkLineComponent } from 'echarts/components';
import { LabelLayout } from 'echarts/features';
import { CanvasRenderer } from 'echarts/renderers';
import { untilPainted, type Timing } from '../sandbox/host/untilPainted';
import { makeScene, maxRadius, QUADRANT_COLORS, QUADRANTS, radius, type Scene } from './scene';

echarts.use([ScatterChart, LinesChart, GridComponent, LegendComponent, MarkLineComponent, LabelLayout, CanvasRenderer]);

/** Plot margins shared by both peers (px). */
const GRID = { left: 48, right: 16, top: 36, bottom: 40 };
const GHOST = '#8e8e8e';
const DIVIDER = '#9a9a9a';
const TEXT = '#d8d9da';
const FONT = '11px sans-serif';
const FINISH_TIMEOUT_MS = 60_000;

const stage = () => document.getElementById('stage') as HTMLDivElement;

function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: ReturnType<typeof setTimeout>;
  return Promise.race([
    promise,
    new Promise<T>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`${what}: no answer in ${ms} ms`)), ms);
    }),
  ]).finally(() => clearTimeout(timer));
}

let scene: Scene | undefined;
let chart: echarts.ECharts | undefined;
let canvas: HTMLCanvasElement | undefined;

function clear() {
  chart?.dispose();
  chart = undefined;
  canvas?.remove();
  canvas = undefined;
  stage().textContent = '';
}

function needScene(): Scene {
  if (!scene) {
    throw new Error('prepare(n) first');
  }
  return scene;
}

// ---------------------------------------------------------------------------------------------- ECharts

/** The line from the baseline centre to the edge of the current bubble (arrow head outside the bubble), in data units. */
function arrowEnd(s: Scene, i: number, r: number, pxPerX: number, pxPerY: number): [number, number] {
  const dx = (s.cx[i] - s.bx[i]) * pxPerX;
  const dy = (s.cy[i] - s.by[i]) * pxPerY;
  const len = Math.sqrt(dx * dx + dy * dy);
  const k = len > r ? (len - r) / len : 0;
  return [s.bx[i] + (s.cx[i] - s.bx[i]) * k, s.by[i] + (s.cy[i] - s.by[i]) * k];
}

function echartsOption(s: Scene, width: number, height: number): echarts.EChartsCoreOption {
  const rMax = maxRadius(s.n);
  const pxPerX = (width - GRID.left - GRID.right) / 10;
  const pxPerY = (height - GRID.top - GRID.bottom) / 10;
  const ghosts: number[][] = new Array(s.n);
  const lines: Array<{ coords: number[][] }> = new Array(s.n);
  const bubbles: Array<Array<Array<number | string>>> = [[], [], [], []];
  for (let i = 0; i < s.n; i++) {
    const rb = radius(s.bsize[i], s.sizeMax, rMax);
    const rc = radius(s.csize[i], s.sizeMax, rMax);
    ghosts[i] = [s.bx[i], s.by[i], 2 * rb];
    lines[i] = { coords: [[s.bx[i], s.by[i]], arrowEnd(s, i, rc, pxPerX, pxPerY)] };
    bubbles[s.quadrant[i]].push([s.cx[i], s.cy[i], 2 * rc, s.names[i]]);
  }
  const size = (v: number[]) => v[2];
  return {
    animation: false,
    backgroundColor: '#181b1f',
    textStyle: { color: TEXT },
    grid: { ...GRID },
    legend: { top: 6, textStyle: { color: TEXT }, data: [...QUADRANTS, 'Baseline'] },
    xAxis: {
      type: 'value',
      min: 0,
      max: 10,
      name: 'Needs',
      nameLocation: 'middle',
      nameGap: 24,
      splitLine: { show: false },
    },
    yAxis: {
      type: 'value',
      min: 0,
      max: 10,
      name: 'Value',
      nameLocation: 'middle',
      nameGap: 28,
      splitLine: { show: false },
    },
    series: [
      {
        type: 'scatter',
        name: 'Baseline',
        data: ghosts,
        symbolSize: size,
        itemStyle: { color: 'transparent', borderColor: GHOST, borderWidth: 1, borderType: 'dashed' },
        progressive: 0,
        silent: true,
        z: 1,
      },
      {
        type: 'lines',
        coordinateSystem: 'cartesian2d',
        data: lines,
        symbol: ['none', 'arrow'],
        symbolSize: 6,
        lineStyle: { color: GHOST, width: 1, opacity: 0.8 },
        progressive: 0,
        silent: true,
        z: 2,
      },
      ...QUADRANTS.map((q, k) => ({
        type: 'scatter',
        name: q,
        data: bubbles[k],
        encode: { x: 0, y: 1, itemName: 3 },
        symbolSize: size,
        itemStyle: { color: QUADRANT_COLORS[k], opacity: 0.85 },
        label: { show: true, position: 'right', formatter: '{b}', color: TEXT, fontSize: 11 },
        labelLayout: { hideOverlap: true },
        progressive: 0,
        z: 3,
        ...(k === 0
          ? {
              markLine: {
                silent: true,
                symbol: 'none',
                animation: false,
                label: { show: false },
                lineStyle: { type: 'dashed', color: DIVIDER, width: 1 },
                data: [{ xAxis: s.cutX }, { yAxis: s.cutY }],
              },
            }
          : {}),
      })),
    ],
  };
}

function finishedOnce(c: echarts.ECharts, what: string): Promise<void> {
  return withTimeout(
    new Promise<void>((resolve) => {
      const done = () => {
        c.off('finished', done);
        resolve();
      };
      c.on('finished', done);
    }),
    FINISH_TIMEOUT_MS,
    what
  );
}

/**
 * A fresh chart: data in hand → init, option, setOption → `finished` → the next frame painted. `initMs`
 * (echarts.init alone) is reported apart, for a comparison from the setOption call.
 */
async function echartsRender(width: number, height: number): Promise<Timing & { initMs: number }> {
  const s = needScene();
  clear();
  const div = document.createElement('div');
  div.style.cssText = `width:${width}px;height:${height}px`;
  stage().appendChild(div);
  const t0 = performance.now();
  const c = echarts.init(div, null, { renderer: 'canvas', width, height });
  const initMs = performance.now() - t0;
  chart = c;
  const finished = finishedOnce(c, 'echarts render');
  c.setOption(echartsOption(s, width, height));
  await finished;
  return { ...(await untilPainted(t0)), initMs };
}

/** Resize of the mounted chart: container and chart.resize() → `finished` → the next frame painted. */
async function echartsResize(width: number, height: number): Promise<Timing> {
  const c = chart;
  if (!c) {
    throw new Error('echartsRender first');
  }
  const div = c.getDom() as HTMLDivElement;
  const t0 = performance.now();
  const finished = finishedOnce(c, 'echarts resize');
  div.style.width = `${width}px`;
  div.style.height = `${height}px`;
  c.resize({ width, height });
  await finished;
  return untilPainted(t0);
}

// -------------------------------------------------------------------------------------------- Canvas 2D

interface Rect {
  x: number;
  y: number;
  w: number;
  h: number;
}

/** Greedy label placement without overlaps (largest bubbles first), with a uniform grid of placed boxes. */
class LabelGrid {
  private cells = new Map<number, Rect[]>();
  constructor(private cell: number) {}
  private keys(r: Rect): number[] {
    const out: number[] = [];
    const x0 = Math.floor(r.x / this.cell);
    const x1 = Math.floor((r.x + r.w) / this.cell);
    const y0 = Math.floor(r.y / this.cell);
    const y1 = Math.floor((r.y + r.h) / this.cell);
    for (let gx = x0; gx <= x1; gx++) {
      for (let gy = y0; gy <= y1; gy++) {
        out.push(gx * 4096 + gy);
      }
    }
    return out;
  }
  tryPlace(r: Rect): boolean {
    const keys = this.keys(r);
    for (const k of keys) {
      const list = this.cells.get(k);
      if (list) {
        for (const o of list) {
          if (r.x < o.x + o.w && o.x < r.x + r.w && r.y < o.y + o.h && o.y < r.y + r.h) {
            return false;
          }
        }
      }
    }
    for (const k of keys) {
      const list = this.cells.get(k);
      if (list) {
        list.push(r);
      } else {
        this.cells.set(k, [r]);
      }
    }
    return true;
  }
}

function drawScene(ctx: CanvasRenderingContext2D, s: Scene, width: number, height: number) {
  const rMax = maxRadius(s.n);
  const x0 = GRID.left;
  const y0 = GRID.top;
  const pw = width - GRID.left - GRID.right;
  const ph = height - GRID.top - GRID.bottom;
  const px = (v: number) => x0 + (v / 10) * pw;
  const py = (v: number) => y0 + ph - (v / 10) * ph;

  ctx.fillStyle = '#181b1f';
  ctx.fillRect(0, 0, width, height);

  // Axes, ticks, tick labels, axis names.
  ctx.strokeStyle = '#6e7079';
  ctx.lineWidth = 1;
  ctx.beginPath();
  ctx.moveTo(x0, y0);
  ctx.lineTo(x0, y0 + ph);
  ctx.lineTo(x0 + pw, y0 + ph);
  for (let t = 0; t <= 10; t += 2) {
    ctx.moveTo(px(t), y0 + ph);
    ctx.lineTo(px(t), y0 + ph + 5);
    ctx.moveTo(x0 - 5, py(t));
    ctx.lineTo(x0, py(t));
  }
  ctx.stroke();
  ctx.font = FONT;
  ctx.fillStyle = TEXT;
  ctx.textAlign = 'center';
  ctx.textBaseline = 'top';
  for (let t = 0; t <= 10; t += 2) {
    ctx.fillText(String(t), px(t), y0 + ph + 7);
  }
  ctx.fillText('Needs', x0 + pw / 2, y0 + ph + 24);
  ctx.textAlign = 'right';
  ctx.textBaseline = 'middle';
  for (let t = 0; t <= 10; t += 2) {
    ctx.fillText(String(t), x0 - 8, py(t));
  }
  ctx.save();
  ctx.translate(12, y0 + ph / 2);
  ctx.rotate(-Math.PI / 2);
  ctx.textAlign = 'center';
  ctx.fillText('Value', 0, 0);
  ctx.restore();

  // Legend.
  ctx.textAlign = 'left';
  ctx.textBaseline = 'middle';
  const legend = [...QUADRANTS, 'Baseline'];
  let lx = width / 2 - (legend.length * 70) / 2;
  legend.forEach((name, k) => {
    ctx.fillStyle = k < 4 ? QUADRANT_COLORS[k] : GHOST;
    ctx.fillRect(lx, 10, 18, 10);
    ctx.fillStyle = TEXT;
    ctx.fillText(name, lx + 22, 15);
    lx += 70;
  });

  // Quadrant dividers.
  ctx.save();
  ctx.setLineDash([5, 4]);
  ctx.strokeStyle = DIVIDER;
  ctx.beginPath();
  ctx.moveTo(px(s.cutX), y0);
  ctx.lineTo(px(s.cutX), y0 + ph);
  ctx.moveTo(x0, py(s.cutY));
  ctx.lineTo(x0 + pw, py(s.cutY));
  ctx.stroke();

  // Baseline ghosts: hollow dashed circles, one path.
  ctx.setLineDash([3, 3]);
  ctx.strokeStyle = GHOST;
  ctx.beginPath();
  for (let i = 0; i < s.n; i++) {
    const x = px(s.bx[i]);
    const y = py(s.by[i]);
    const r = radius(s.bsize[i], s.sizeMax, rMax);
    ctx.moveTo(x + r, y);
    ctx.arc(x, y, r, 0, 2 * Math.PI);
  }
  ctx.stroke();
  ctx.restore();

  // Movement: lines baseline → current bubble edge, one path; arrow heads, one filled path.
  const rc = new Float64Array(s.n);
  const heads = new Path2D();
  ctx.strokeStyle = GHOST;
  ctx.globalAlpha = 0.8;
  ctx.beginPath();
  for (let i = 0; i < s.n; i++) {
    rc[i] = radius(s.csize[i], s.sizeMax, rMax);
    const xb = px(s.bx[i]);
    const yb = py(s.by[i]);
    const dx = px(s.cx[i]) - xb;
    const dy = py(s.cy[i]) - yb;
    const len = Math.sqrt(dx * dx + dy * dy);
    if (len <= rc[i] + 1) {
      continue;
    }
    const ux = dx / len;
    const uy = dy / len;
    const xe = xb + ux * (len - rc[i]);
    const ye = yb + uy * (len - rc[i]);
    ctx.moveTo(xb, yb);
    ctx.lineTo(xe, ye);
    heads.moveTo(xe, ye);
    heads.lineTo(xe - 6 * ux - 3 * uy, ye - 6 * uy + 3 * ux);
    heads.lineTo(xe - 6 * ux + 3 * uy, ye - 6 * uy - 3 * ux);
    heads.closePath();
  }
  ctx.stroke();
  ctx.fillStyle = GHOST;
  ctx.fill(heads);

  // Current bubbles, one path per quadrant colour.
  ctx.globalAlpha = 0.85;
  for (let q = 0; q < 4; q++) {
    ctx.fillStyle = QUADRANT_COLORS[q];
    ctx.beginPath();
    for (let i = 0; i < s.n; i++) {
      if (s.quadrant[i] === q) {
        const x = px(s.cx[i]);
        const y = py(s.cy[i]);
        ctx.moveTo(x + rc[i], y);
        ctx.arc(x, y, rc[i], 0, 2 * Math.PI);
      }
    }
    ctx.fill();
  }
  ctx.globalAlpha = 1;

  // Labels right of the bubbles, largest first, hidden when they would overlap a placed one.
  const order = Array.from({ length: s.n }, (_, i) => i).sort((a, b) => s.csize[b] - s.csize[a]);
  const grid = new LabelGrid(64);
  ctx.fillStyle = TEXT;
  ctx.textAlign = 'left';
  ctx.textBaseline = 'middle';
  for (const i of order) {
    const name = s.names[i];
    const w = ctx.measureText(name).width;
    const x = px(s.cx[i]) + rc[i] + 3;
    const y = py(s.cy[i]);
    if (x + w <= width && grid.tryPlace({ x, y: y - 7, w, h: 14 })) {
      ctx.fillText(name, x, y);
    }
  }
}

function newCanvas(width: number, height: number): HTMLCanvasElement {
  const el = document.createElement('canvas');
  el.width = width;
  el.height = height;
  el.style.cssText = `width:${width}px;height:${height}px;display:block`;
  return el;
}

/** A fresh canvas: data in hand → draw everything → the next frame painted. */
async function canvasRender(width: number, height: number): Promise<Timing> {
  const s = needScene();
  clear();
  const t0 = performance.now();
  const el = newCanvas(width, height);
  stage().appendChild(el);
  canvas = el;
  drawScene(el.getContext('2d')!, s, width, height);
  return untilPainted(t0);
}

/** Resize of the mounted canvas: new backing size (clears it), redraw at the new scales → the next frame painted. */
async function canvasResize(width: number, height: number): Promise<Timing> {
  const el = canvas;
  if (!el) {
    throw new Error('canvasRender first');
  }
  const s = needScene();
  const t0 = performance.now();
  el.width = width;
  el.height = height;
  el.style.width = `${width}px`;
  el.style.height = `${height}px`;
  drawScene(el.getContext('2d')!, s, width, height);
  return untilPainted(t0);
}

const api = {
  prepare(n: number) {
    clear();
    scene = makeScene(n);
    return { n: scene.n, cutX: scene.cutX, cutY: scene.cutY };
  },
  clear,
  echartsRender,
  echartsResize,
  canvasRender,
  canvasResize,
  echartsVersion: echarts.version,
};

(window as unknown as { __bench: typeof api }).__bench = api;
