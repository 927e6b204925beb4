import { createTheme } from '@grafana/data';
import { parse, View } from 'vega';
import { expressionInterpreter } from 'vega-interpreter';
import { compile } from 'vega-lite';
import { DEFAULT_OPTIONS } from '../constants';
import type { MatrixModel } from '../model/types';
import type { DisplayOptions } from '../types';
import { buildSpec, LAYERS, MAX_BUBBLE_AREA, maxBubbleArea, paddedDomain, SEGMENTS_DATASET, sizeLegendValues, sizeTitle } from './buildSpec';
import { frameFromRows } from '../test-utils/frames';
import { bcgModel, childrenModel, conventionalModel, modelFrom } from './fixtures';
import type { SegmentRow } from './rows';
import { specThemeFrom } from './theme';
import { planOf, toVegaSpec, VEGA_MARKS } from './vega';

const theme = specThemeFrom(createTheme({ colors: { mode: 'dark' } }));
const D = DEFAULT_OPTIONS.display;

type Encoding = Record<string, { scale?: Record<string, unknown>; field?: string; legend?: Record<string, unknown> | null; value?: unknown }>;
type Layer = { name: string; data?: { values?: Array<Record<string, unknown>> }; encoding: Encoding; mark: Record<string, unknown> };
type VgMark = { name?: string; type: string };

const specOf = (model: MatrixModel, display: Partial<DisplayOptions> = {}) => buildSpec({ model, display: { ...D, ...display }, theme });
const layersOf = (spec: ReturnType<typeof buildSpec>) => (spec as unknown as { layer: Layer[] }).layer;
const layer = (spec: ReturnType<typeof buildSpec>, name: string) => layersOf(spec).find((l) => l.name === name)!;
const layerNames = (spec: ReturnType<typeof buildSpec>) => layersOf(spec).map((l) => l.name);
const vegaMarks = (spec: ReturnType<typeof buildSpec>) => ((toVegaSpec(spec) as unknown as { marks: VgMark[] }).marks ?? []).map((m) => m.name);
const rowsOf = (spec: ReturnType<typeof buildSpec>) =>
  (spec as unknown as { datasets: Record<string, SegmentRow[]> }).datasets[SEGMENTS_DATASET];

describe('buildSpec', () => {
  const m = conventionalModel();
  const spec = specOf(m);

  it('is valid Vega-Lite: it compiles to a Vega spec without warnings', () => {
    const warn = jest.spyOn(console, 'warn').mockImplementation(() => undefined);
    expect(() => compile(spec)).not.toThrow();
    expect(warn).not.toHaveBeenCalled();
  });

  it('is pure: the same input gives the same spec, which is plain JSON', () => {
    expect(specOf(m)).toEqual(spec);
    expect(JSON.parse(JSON.stringify(spec))).toEqual(spec);
  });

  it('carries one row per segment in the named dataset the view updates', () => {
    expect(rowsOf(spec).map((r) => r.segment)).toEqual(m.segments.map((s) => s.segment));
  });

  it('draws the quadrant dividers at the model cut points', () => {
    expect(layer(spec, LAYERS.cutX).data!.values![0].cutX).toBe(m.cuts.x);
    expect(layer(spec, LAYERS.cutY).data!.values![0].cutY).toBe(m.cuts.y);
  });

  it('uses the model axes: domain, log scale and reversal', () => {
    const bcg = specOf(bcgModel());
    const x = layer(bcg, LAYERS.bubbles).encoding.x.scale as { type: string; reverse: boolean; domain: number[] };
    expect(x).toMatchObject({ type: 'log', reverse: true });
    const model = bcgModel();
    expect(x.domain[0]).toBeLessThan(model.axes.x.domain[0]);
    expect(x.domain[0]).toBeGreaterThan(0);
    expect(x.domain[1]).toBeGreaterThan(model.axes.x.domain[1]);
  });

  it('titles the axes with their direction', () => {
    const x = layer(spec, LAYERS.bubbles).encoding.x as unknown as { axis: { title: string } };
    expect(x.axis.title).toBe('Customer needs: universal → specialized');
  });

  it('pads linear domains on both sides so edge bubbles stay inside, and ordinal ones by half a category', () => {
    const [lo, hi] = paddedDomain({ ...m.axes.y, scale: 'linear', domain: [2, 12] });
    expect(lo).toBeCloseTo(1.4);
    expect(hi).toBeCloseTo(12.6);
    expect(paddedDomain({ ...m.axes.x, scale: 'ordinal', domain: [0, 3] })).toEqual([-0.5, 3.5]);
  });

  it('labels an ordinal axis with its categories at whole positions', () => {
    const ordinal = { ...m, axes: { ...m.axes, x: { ...m.axes.x, scale: 'ordinal' as const, domain: [0, 2] as [number, number], categories: ['universal', 'broad "wide"', 'niche'] } } };
    const axis = (layer(specOf(ordinal), LAYERS.bubbles).encoding.x as unknown as { axis: { values: number[]; labelExpr: string } }).axis;
    expect(axis.values).toEqual([0, 1, 2]);
    expect(axis.labelExpr).toBe('["universal","broad \\"wide\\"","niche"][datum.value] || \'\'');
    expect(() => toVegaSpec(specOf(ordinal))).not.toThrow();
  });

  describe('layers and marks per option', () => {
    it.each([
      ['showShading', LAYERS.shading],
      ['showQuadrantNames', LAYERS.quadrantNames],
    ] as const)('%s switches the %s layer', (option, name) => {
      expect(layerNames(specOf(m, { [option]: true }))).toContain(name);
      expect(layerNames(specOf(m, { [option]: false }))).not.toContain(name);
    });

    it('draws the trail only when asked, with a point per period', () => {
      expect(layerNames(specOf(m))).not.toContain(LAYERS.trails);
      const withTrail = specOf(m, { showTrail: true });
      expect(layerNames(withTrail)).toContain(LAYERS.trails);
      const trails = (withTrail as unknown as { datasets: Record<string, Array<{ segment: string }>> }).datasets.trails;
      expect(trails.filter((t) => t.segment === 'Enterprise')).toHaveLength(3);
    });

    it.each([
      ['showArrows', [VEGA_MARKS.arrows, VEGA_MARKS.arrowheads]],
      ['showLabels', [VEGA_MARKS.labels, VEGA_MARKS.labelAnchors]],
    ] as const)('%s switches the pixel-space marks %s', (option, names) => {
      for (const name of names) {
        expect(vegaMarks(specOf(m, { [option]: true }))).toContain(name);
        expect(vegaMarks(specOf(m, { [option]: false }))).not.toContain(name);
      }
    });

    it('keeps the ghosts of retired segments when ghosts are off (they are only a ghost)', () => {
      const ghosts = (display: Partial<DisplayOptions>) => (layer(specOf(m, display), LAYERS.ghosts) as unknown as { transform: Array<{ filter: string }> }).transform[0].filter;
      expect(ghosts({ showGhosts: true })).toBe('isValid(datum.baselineX) && isValid(datum.baselineY)');
      expect(ghosts({ showGhosts: false })).toContain('!isValid(datum.x)');
    });

    it('draws arrows above the bubbles and labels above everything', () => {
      const names = vegaMarks(spec);
      const at = (n: string) => names.indexOf(n);
      expect(at(VEGA_MARKS.arrows)).toBeGreaterThan(at(`${LAYERS.bubbles}_marks`));
      expect(at(VEGA_MARKS.arrowheads)).toBeGreaterThan(at(`${LAYERS.bubbles}_marks`));
      expect(at(`${LAYERS.ghosts}_marks`)).toBeLessThan(at(`${LAYERS.bubbles}_marks`));
      expect(at(VEGA_MARKS.labels)).toBe(Math.max(...names.map((n) => at(n!))));
    });

    it('marks new segments with a ring (no arrow) and retired ones by their label', () => {
      const rows = rowsOf(spec);
      const healthcare = rows.find((r) => r.segment === 'Healthcare')!;
      const agencies = rows.find((r) => r.segment === 'Agencies')!;
      expect(healthcare).toMatchObject({ isNew: true, hasArrow: false, label: 'Healthcare (new)' });
      expect(agencies).toMatchObject({ isNew: false, hasArrow: false, label: 'Agencies (retired)', x: null });
      expect(vegaMarks(spec)).toContain(VEGA_MARKS.newRings);
    });
  });

  describe('bubbles', () => {
    const bubbles = layer(spec, LAYERS.bubbles);

    it('have an area proportional to the size measure: a linear size scale from zero, range in px²', () => {
      expect(bubbles.encoding.size).toMatchObject({ field: 'size', scale: { zero: true, range: [0, MAX_BUBBLE_AREA] } });
      expect(layer(spec, LAYERS.ghosts).encoding.size).toMatchObject({ field: 'baselineSize', scale: bubbles.encoding.size.scale });
    });

    it.each([
      [7, MAX_BUBBLE_AREA],
      [30, MAX_BUBBLE_AREA],
      [120, MAX_BUBBLE_AREA / 2],
      [100000, 200],
    ])('with %d segments the largest bubble has symbol size %d (hundreds stay readable)', (n, area) => {
      expect(maxBubbleArea(n)).toBe(area);
    });

    it('give every bubble the same area when there is no size measure', () => {
      const unsized = { ...m, fieldsUsed: { ...m.fieldsUsed, size: null } };
      const s = specOf(unsized);
      expect(new Set(rowsOf(s).map((r) => r.size))).toEqual(new Set([1]));
      expect(layer(s, LAYERS.bubbles).encoding.size.legend).toBeNull();
    });

    it.each(['satisfaction', 'growth'] as const)('colour by %s is diverging and centred at 0', (colorBy) => {
      const color = layer(specOf(m, { colorBy }), LAYERS.bubbles).encoding.color as unknown as { field: string; scale: { domain: number[]; range: string[] } };
      const [lo, mid, hi] = color.scale.domain;
      expect(mid).toBe(0);
      expect(lo).toBe(-hi);
      expect(hi).toBeGreaterThan(0);
      expect(color.scale.range).toEqual([theme.negative, theme.neutral, theme.positive]);
      const values = rowsOf(spec).map((r) => (colorBy === 'satisfaction' ? r.satisfactionDelta : r.growth)).filter((v): v is number => v !== null);
      expect(Math.max(...values.map(Math.abs))).toBeLessThanOrEqual(hi);
    });

    it('colour by priority is categorical: priority and the others', () => {
      const s = specOf(m, { colorBy: 'priority' });
      const color = layer(s, LAYERS.bubbles).encoding.color as unknown as { field: string; scale: { domain: string[] } };
      expect(color.scale.domain).toEqual(['Priority', 'Other']);
      expect(rowsOf(s).map((r) => r.colour)).toEqual(m.segments.map((x) => (x.priority ? 'Priority' : 'Other')));
    });

    it('colour by parent gives each parent a palette colour', () => {
      const model = childrenModel();
      const color = layer(specOf(model, { colorBy: 'parent' }), LAYERS.bubbles).encoding.color as unknown as { scale: { domain: string[]; range: string[] } };
      expect(color.scale.domain).toEqual(model.parents);
      expect(new Set(color.scale.range).size).toBe(model.parents.length);
    });

    it('draws a missing colour value in the neutral colour instead of dropping the bubble', () => {
      const color = layer(spec, LAYERS.bubbles).encoding.color as unknown as { field: string; condition: { test: string; value: string } };
      expect(color).toMatchObject({ field: 'colour', condition: { test: 'datum.colourMissing', value: theme.neutral } });
      const healthcare = rowsOf(spec).find((r) => r.segment === 'Healthcare')!;
      expect(healthcare).toMatchObject({ satisfactionDelta: null, colour: 0, colourMissing: true });
    });

    it.each<[string, () => MatrixModel]>([
      ['conventional (a new segment without Δ satisfaction)', conventionalModel],
      ['a single period, no size, no satisfaction', () => modelFrom([frameFromRows(['segment', 'period', 'needs', 'value'], [['A', '2025', 2, 3], ['B', '2025', 7, 8]])])],
    ])('draws a bubble for every current segment: %s', async (_name, make) => {
      const model = make();
      for (const colorBy of ['satisfaction', 'growth', 'priority', 'parent'] as const) {
        const view = new View(parse(toVegaSpec(specOf(model, { colorBy, showLabels: false })), undefined, { ast: true }), { expr: expressionInterpreter, renderer: 'none' });
        await view.width(400).height(300).runAsync();
        const root = (view.scenegraph() as unknown as { root: { items: Array<{ items: Array<{ name?: string; items: unknown[] }> }> } }).root;
        const bubbles = root.items[0].items.find((mk) => mk.name === `${LAYERS.bubbles}_marks`)!;
        expect(bubbles.items).toHaveLength(model.segments.filter((x) => x.current).length);
        view.finalize();
      }
    });
  });

  describe('legends', () => {
    it('shows colour and size legends where asked, none when hidden', () => {
      const bottom = layer(specOf(m, { legend: 'bottom' }), LAYERS.bubbles).encoding;
      expect(bottom.color.legend).toMatchObject({ orient: 'bottom', title: 'Δ satisfaction' });
      expect(bottom.size.legend).toMatchObject({ orient: 'bottom', title: 'Customers' });
      const hidden = layer(specOf(m, { legend: 'hidden' }), LAYERS.bubbles).encoding;
      expect(hidden.color.legend).toBeNull();
      expect(hidden.size.legend).toBeNull();
    });

    it('picks three round size-legend values up to the largest segment', () => {
      expect(sizeLegendValues([2350, 800, 60])).toEqual([500, 1000, 2000]);
      expect(sizeLegendValues([0.9])).toEqual([0.2, 0.5]);
      expect(sizeLegendValues([])).toEqual([]);
    });

    it('names the size legend after the size measure', () => {
      expect(sizeTitle(m)).toBe('Customers');
    });
  });

  it('leaves the pixel-space plan in usermeta, avoiding only marks that have items', () => {
    const plan = planOf(spec)!;
    expect(plan.labels!.avoid).toEqual(
      expect.arrayContaining([`${LAYERS.bubbles}_marks`, `${LAYERS.ghosts}_marks`, VEGA_MARKS.arrows, VEGA_MARKS.arrowheads, VEGA_MARKS.newRings])
    );
    const noNew = { ...m, segments: m.segments.filter((s) => s.baseline !== null) };
    expect(planOf(specOf(noNew))!.labels!.avoid).not.toContain(VEGA_MARKS.newRings);
    const noMovement = { ...m, segments: m.segments.map((s) => ({ ...s, baseline: null })) };
    expect(planOf(specOf(noMovement))!.arrows).toBeNull();
  });

  it('takes colours from the theme', () => {
    const light = specThemeFrom(createTheme({ colors: { mode: 'light' } }));
    const lightSpec = buildSpec({ model: m, display: D, theme: light });
    expect(JSON.stringify(lightSpec.config)).not.toEqual(JSON.stringify(spec.config));
    expect(spec.config?.axis?.labelColor).toBe(theme.textSecondary);
  });

  it('never puts a hex literal in the spec that does not come from the theme', () => {
    const colours = new Set(Object.values(theme).flat().filter((v): v is string => typeof v === 'string'));
    const hexes = JSON.stringify(toVegaSpec(spec)).match(/#[0-9a-fA-F]{3,8}\b/g) ?? [];
    for (const hex of hexes) {
      expect([...colours].some((c) => c.toLowerCase() === hex.toLowerCase())).toBe(true);
    }
  });
});
