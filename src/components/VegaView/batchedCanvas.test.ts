import * as vega from 'vega';
import { batchedDraw, paintingOf, pathAdders, samePaint, type SceneItem } from './batchedCanvas';

type Draw = (context: unknown, scene: { items: SceneItem[] }, bounds?: unknown) => void;
const { Marks } = vega as unknown as { Marks: Record<string, { draw: Draw }> };
// Vega's own drawers (this file never registers the batched ones).
const vegaSymbols = Marks.symbol.draw;
const vegaRules = Marks.rule.draw;

type Segment = Array<string | number>;
interface Painted {
  op: 'fill' | 'stroke';
  style: string;
  /** Absolute coordinates, rounded; a closed subpath ends with its start point. */
  subpaths: Segment[][];
}

/**
 * A 2D context that records what is painted: every fill/stroke with the state it used and the subpaths
 * it covered, in page coordinates (translate and rotate applied). Counting calls shows the batching.
 */
class RecordingContext {
  painted: Painted[] = [];
  calls = { fill: 0, stroke: 0, translate: 0 };
  globalAlpha = 1;
  fillStyle = '';
  strokeStyle = '';
  lineWidth = 1;
  lineCap = 'butt';
  lineJoin = 'miter';
  miterLimit = 10;
  lineDashOffset = 0;
  globalCompositeOperation = 'source-over';
  private dash: number[] = [];
  private m = [1, 0, 0, 1, 0, 0];
  private path: Segment[][] = [];
  private angle = 0;

  private at(x: number, y: number): [number, number] {
    const [a, b, c, d, e, f] = this.m;
    return [Math.round((a * x + c * y + e) * 1000) / 1000, Math.round((b * x + d * y + f) * 1000) / 1000];
  }
  translate(x: number, y: number) {
    this.calls.translate++;
    const [a, b, c, d, e, f] = this.m;
    this.m = [a, b, c, d, a * x + c * y + e, b * x + d * y + f];
  }
  rotate(t: number) {
    const [a, b, c, d, e, f] = this.m;
    const cos = Math.cos(t);
    const sin = Math.sin(t);
    this.m = [a * cos + c * sin, b * cos + d * sin, c * cos - a * sin, d * cos - b * sin, e, f];
    this.angle += t;
  }
  setLineDash(dash: number[]) {
    this.dash = dash;
  }
  beginPath() {
    this.path = [];
  }
  moveTo(x: number, y: number) {
    this.path.push([['M', ...this.at(x, y)]]);
  }
  private add(segment: Segment) {
    this.path[this.path.length - 1].push(segment);
  }
  lineTo(x: number, y: number) {
    this.add(['L', ...this.at(x, y)]);
  }
  bezierCurveTo(x1: number, y1: number, x2: number, y2: number, x: number, y: number) {
    this.add(['C', ...this.at(x1, y1), ...this.at(x2, y2), ...this.at(x, y)]);
  }
  quadraticCurveTo(x1: number, y1: number, x: number, y: number) {
    this.add(['Q', ...this.at(x1, y1), ...this.at(x, y)]);
  }
  arc(x: number, y: number, r: number, a0: number, a1: number) {
    const turn = (v: number) => Math.round((v + this.angle) * 1000) / 1000;
    this.add(['A', ...this.at(x, y), r, turn(a0), turn(a1)]);
  }
  rect(x: number, y: number, w: number, h: number) {
    // The canvas definition: a closed subpath through the four corners, clockwise from (x, y).
    const corners: Array<[number, number]> = [
      [x, y],
      [x + w, y],
      [x + w, y + h],
      [x, y + h],
    ];
    corners.forEach(([cx, cy], i) => (i === 0 ? this.moveTo(cx, cy) : this.lineTo(cx, cy)));
    this.closePath();
  }
  closePath() {
    const sub = this.path[this.path.length - 1];
    this.add(['L', sub[0][1], sub[0][2]]);
  }
  fill() {
    this.calls.fill++;
    this.paint('fill', `${this.globalAlpha}|${this.fillStyle}|${this.globalCompositeOperation}`);
  }
  stroke() {
    this.calls.stroke++;
    const { globalAlpha, strokeStyle, lineWidth, lineCap, lineJoin, miterLimit, dash, lineDashOffset } = this;
    this.paint(
      'stroke',
      `${globalAlpha}|${strokeStyle}|${lineWidth}|${lineCap}|${lineJoin}|${miterLimit}|${dash}|${lineDashOffset}|${this.globalCompositeOperation}`
    );
  }
  private paint(op: Painted['op'], style: string) {
    this.painted.push({ op, style, subpaths: this.path.map((sub) => sub.map((s) => [...s])) });
  }
}

/** Each painted subpath with its op and style, in order: what ends up on the canvas, whatever the batching. */
const perSubpath = (painted: Painted[], closeFills: boolean) =>
  painted
    // Filling with 'transparent' (Vega does, for hollow symbols) paints nothing.
    .filter(({ op, style }) => !(op === 'fill' && style.includes('|transparent|')))
    .flatMap(({ op, style, subpaths }) =>
      subpaths.map((sub) => {
        // A fill closes its subpaths itself: a trailing segment back to the start changes nothing painted.
        const last = sub[sub.length - 1];
        const closed = sub.length > 2 && last[0] === 'L' && last[1] === sub[0][1] && last[2] === sub[0][2];
        return { op, style, sub: op === 'fill' && closeFills && closed ? sub.slice(0, -1) : sub };
      })
    );

const ghost = (i: number): SceneItem => ({
  x: 10 * i,
  y: 5 * i,
  size: 100 + i,
  shape: 'circle',
  fill: 'transparent',
  stroke: '#888',
  strokeWidth: 1.5,
  strokeDash: [3, 2],
  opacity: 0.8,
});
const head = (i: number): SceneItem => ({
  x: 20 + i,
  y: 30 - i,
  size: 324,
  shape: 'M0,0L-1,-0.45L-1,0.45Z',
  angle: 17 * i,
  fill: '#ccc',
  strokeWidth: 0,
  opacity: 0.85,
});
const bubble = (i: number): SceneItem => ({
  x: 3 * i,
  y: 4 * i,
  size: 400,
  shape: 'circle',
  fill: '#f00',
  stroke: '#fff',
  strokeWidth: 0.5,
  opacity: 0.85,
});

describe('batched canvas drawing', () => {
  const items: SceneItem[] = [
    ...Array.from({ length: 30 }, (_, i) => ghost(i)),
    { ...ghost(31), opacity: 0 },
    ...Array.from({ length: 5 }, (_, i) => bubble(i)),
    ...Array.from({ length: 20 }, (_, i) => head(i)),
    { ...ghost(40), stroke: '#123', strokeDash: undefined },
    { x: 1, y: 2, size: 64, shape: 'square', fill: '#0f0', opacity: 1 },
    { x: 5, y: 5, size: 64, shape: 'diamond', stroke: '#00f', angle: 30 },
    ...Array.from({ length: 3 }, (_, i) => ({ ...head(i), opacity: 0.5 })),
  ];

  it('paints the same subpaths in the same order and styles as Vega, with one call per run', () => {
    const ours = new RecordingContext();
    const theirs = new RecordingContext();
    batchedDraw('symbol', vegaSymbols as never, pathAdders.symbol)(ours as never, { items });
    vegaSymbols(theirs, { items });
    expect(perSubpath(ours.painted, true)).toEqual(perSubpath(theirs.painted, true));
    // Vega: a transparent fill and a stroke per ghost, fill and stroke per bubble, a fill per arrowhead.
    expect(theirs.calls.stroke + theirs.calls.fill).toBe(30 * 2 + 5 * 2 + 20 + 2 + 1 + 1 + 3);
    // Batched: one stroke for the 30 ghosts, one fill for the 20 arrowheads; the bubbles still one by one.
    expect(ours.calls.stroke + ours.calls.fill).toBe(1 + 5 * 2 + 1 + 1 + 1 + 1 + 1);
    expect(ours.calls.translate).toBe(0);
  });

  it('batches rules (arrows, ticks) the same way', () => {
    const rules: SceneItem[] = [
      ...Array.from({ length: 12 }, (_, i) => ({
        x: i,
        y: 2 * i,
        x2: i + 5,
        y2: 3 * i,
        stroke: '#ccc',
        strokeWidth: 1.5,
        strokeCap: 'round' as const,
        opacity: 0.85,
      })),
      { x: 0, y: 0, x2: 9, stroke: '#fff' },
      { x: 0, y: 0, x2: 9, y2: 9, stroke: '#fff', opacity: 0 },
    ];
    const ours = new RecordingContext();
    const theirs = new RecordingContext();
    batchedDraw('rule', vegaRules as never, pathAdders.rule)(ours as never, { items: rules });
    vegaRules(theirs, { items: rules });
    expect(perSubpath(ours.painted, false)).toEqual(perSubpath(theirs.painted, false));
    expect([theirs.calls.stroke, ours.calls.stroke]).toEqual([13, 2]);
  });

  it('leaves gradients to Vega and skips what paints nothing', () => {
    expect(paintingOf({ fill: { gradient: 'linear', stops: [] } as never }, 'symbol')).toBe('vega');
    expect(paintingOf({ fill: 'transparent', stroke: '#fff', strokeWidth: 0 }, 'symbol')).toBe('none');
    expect(paintingOf({ fill: '#fff', opacity: 0 }, 'symbol')).toBe('none');
    expect(paintingOf({ fill: '#fff', stroke: '#000' }, 'rule')).toBe('stroke');
    expect(paintingOf({ fill: '#fff', stroke: '#000' }, 'symbol')).toBe('both');
  });

  it('continues a run only while the paint state stays the same', () => {
    const a: SceneItem = { stroke: '#888', strokeDash: [3, 2], opacity: 0.8 };
    expect(samePaint('stroke', a, { ...a, strokeDash: [3, 2], x: 5 })).toBe(true);
    expect(samePaint('stroke', a, { ...a, strokeDash: [3, 3] })).toBe(false);
    expect(samePaint('stroke', a, { ...a, opacity: 0.2 })).toBe(false);
    expect(samePaint('stroke', a, { ...a, strokeWidth: 2 })).toBe(false);
    expect(samePaint('stroke', a, { ...a, blend: 'multiply' })).toBe(false);
    expect(samePaint('fill', { fill: '#fff', fillOpacity: 0.5 }, { fill: '#fff', opacity: 0.5 })).toBe(true);
  });

  it('draws nothing outside the dirty bounds it is given', () => {
    const ours = new RecordingContext();
    const inside = { ...ghost(1), bounds: 'in' };
    const outside = { ...ghost(2), bounds: 'out' };
    batchedDraw('symbol', vegaSymbols as never, pathAdders.symbol)(ours as never, { items: [inside, outside] }, {
      intersects: (b: unknown) => b === 'in',
    } as never);
    expect(perSubpath(ours.painted, true)).toHaveLength(1);
  });
});
