import { createTheme } from '@grafana/data';
import { compile } from 'vega-lite';
import { DEFAULT_OPTIONS } from '../constants';
import { buildMatrixModel } from '../model';
import type { MatrixModel } from '../model/types';
import { conventionalFrame } from '../test-utils/frames';
import { buildSpec, LAYERS, paddedDomain, SEGMENTS_DATASET } from './buildSpec';
import { specThemeFrom } from './theme';

function model(): MatrixModel {
  const result = buildMatrixModel([conventionalFrame()], DEFAULT_OPTIONS);
  if (result.kind !== 'model') {
    throw new Error(result.message);
  }
  return result.model;
}

const theme = specThemeFrom(createTheme({ colors: { mode: 'dark' } }));
type Layer = { name: string; data?: { values: Array<Record<string, number>> }; encoding: Record<string, { scale?: unknown; field?: string }> };
const layersOf = (spec: ReturnType<typeof buildSpec>) => (spec as unknown as { layer: Layer[] }).layer;

describe('buildSpec', () => {
  const m = model();
  const spec = buildSpec({ model: m, display: DEFAULT_OPTIONS.display, theme });

  it('is valid Vega-Lite: it compiles to a Vega spec', () => {
    expect(() => compile(spec)).not.toThrow();
  });

  it('is pure: the same input gives the same spec', () => {
    expect(buildSpec({ model: m, display: DEFAULT_OPTIONS.display, theme })).toEqual(spec);
  });

  it('carries one row per segment in the named dataset the view updates', () => {
    const rows = (spec as unknown as { datasets: Record<string, Array<{ segment: string }>> }).datasets[SEGMENTS_DATASET];
    expect(rows.map((r) => r.segment)).toEqual(m.segments.map((s) => s.segment));
  });

  it('draws the quadrant dividers at the model cut points', () => {
    const layers = layersOf(spec);
    const cutX = layers.find((l) => l.name === LAYERS.cutX)!;
    const cutY = layers.find((l) => l.name === LAYERS.cutY)!;
    expect(cutX.data!.values[0].cutX).toBe(m.cuts.x);
    expect(cutY.data!.values[0].cutY).toBe(m.cuts.y);
  });

  it('uses the model axes: domain, log scale and reversal', () => {
    const bcg = { ...m, axes: { ...m.axes, x: { ...m.axes.x, scale: 'log' as const, reverse: true, domain: [0.1, 10] as [number, number] } } };
    const bubbles = layersOf(buildSpec({ model: bcg, display: DEFAULT_OPTIONS.display, theme })).find((l) => l.name === LAYERS.bubbles)!;
    expect(bubbles.encoding.x.scale).toMatchObject({ type: 'log', reverse: true });
    const [lo, hi] = (bubbles.encoding.x.scale as { domain: number[] }).domain;
    expect(lo).toBeLessThan(0.1);
    expect(lo).toBeGreaterThan(0);
    expect(hi).toBeGreaterThan(10);
  });

  it('pads linear domains on both sides so edge bubbles stay inside', () => {
    const [lo, hi] = paddedDomain({ ...m.axes.y, scale: 'linear', domain: [2, 12] });
    expect(lo).toBeCloseTo(1.4);
    expect(hi).toBeCloseTo(12.6);
  });

  it.each([
    ['showLabels', LAYERS.labels],
    ['showGhosts', LAYERS.ghosts],
    ['showArrows', LAYERS.arrows],
  ] as const)('%s off removes the %s layer', (option, layer) => {
    const names = (display: typeof DEFAULT_OPTIONS.display) => layersOf(buildSpec({ model: m, display, theme })).map((l) => l.name);
    expect(names(DEFAULT_OPTIONS.display)).toContain(layer);
    expect(names({ ...DEFAULT_OPTIONS.display, [option]: false })).not.toContain(layer);
  });

  it('takes colours from the theme', () => {
    const light = specThemeFrom(createTheme({ colors: { mode: 'light' } }));
    const lightSpec = buildSpec({ model: m, display: DEFAULT_OPTIONS.display, theme: light });
    expect(JSON.stringify(lightSpec.config)).not.toEqual(JSON.stringify(spec.config));
    expect(spec.config?.axis?.labelColor).toBe(theme.textSecondary);
  });
});
