import { createTheme } from '@grafana/data';
import { DEFAULT_OPTIONS } from '../constants';
import type { MatrixModel } from '../model/types';
import type { DisplayOptions } from '../types';
import { buildSpec, CROWD, CROWDED_LINE_WIDTH, LAYERS, LINE_WIDTH, MAX_BUBBLE_AREA, maxBubbleArea, MIN_LABELS, paddedDomain, SEGMENTS_DATASET, sizeLegendValues, sizeTitle } from './buildSpec';
import { frameFromRows } from '../test-utils/frames';
import { dataOf, markNames, markOf, runHeadless, scaleOf, sceneItems, sceneWalk, signalValue, valuesOf } from '../test-utils/vegaSpec';
import { bcgModel, childrenModel, conventionalModel, modelFrom } from './fixtures';
import { OUTLINE, type SegmentRow } from './rows';
import { HIDDEN_GROUPS, SIGNALS } from './signals';
import { LEGEND_SYMBOLS_DATASET, LEGEND_TEXTS_DATASET, type LegendSymbol, type LegendText } from './legendMarks';
import { specThemeFrom } from './theme';
import { VEGA_MARKS } from './vega';

const theme = specThemeFrom(createTheme({ colors: { mode: 'dark' } }));
const D = DEFAULT_OPTIONS.display;

const specOf = (model: MatrixModel, display: Partial<DisplayOptions> = {}) => buildSpec({ model, display: { ...D, ...display }, theme });
const rowsOf = (spec: ReturnType<typeof buildSpec>) => valuesOf<SegmentRow>(spec, SEGMENTS_DATASET);
const mark = (layer: string) => `${layer}_marks`;
/** The legends drawn (their titles' rows), in order. */
const legendsOf = (spec: ReturnType<typeof buildSpec>) =>
  ((spec.data ?? []).some((d) => d.name === LEGEND_TEXTS_DATASET) ? valuesOf<LegendText>(spec, LEGEND_TEXTS_DATASET) : [])
    .filter((t) => t.title)
    .map((t) => t.legend);
const sizeLegendValuesOf = (spec: ReturnType<typeof buildSpec>) =>
  valuesOf<LegendSymbol>(spec, LEGEND_SYMBOLS_DATASET)
    .filter((r) => r.legend === 'size')
    .map((r) => r.value as number);

describe('buildSpec', () => {
  const m = conventionalModel();
  const spec = specOf(m);

  it('is pure: the same input gives the same spec, which is plain JSON', () => {
    expect(specOf(m)).toEqual(spec);
    expect(JSON.parse(JSON.stringify(spec))).toEqual(spec);
  });

  it('runs in Vega without code generation and draws every current segment', async () => {
    const view = await runHeadless(spec);
    expect(sceneItems(view, mark(LAYERS.bubbles))).toHaveLength(m.segments.filter((s) => s.current).length);
    view.finalize();
  });

  it('carries one row per segment in the named dataset the view updates', () => {
    expect(rowsOf(spec).map((r) => r.segment)).toEqual(m.segments.map((s) => s.segment));
  });

  it('draws the quadrant dividers at the model cut points, across the plot, at every size', async () => {
    expect(valuesOf(spec, 'cuts')).toEqual([
      { axis: 'x', value: m.cuts.x },
      { axis: 'y', value: m.cuts.y },
    ]);
    expect(markOf(spec, mark(LAYERS.cuts)).from).toEqual({ data: 'cuts' });
    const view = await runHeadless(spec, 800, 600);
    const lines = () => {
      const [vertical, horizontal] = sceneItems(view, mark(LAYERS.cuts));
      return { vertical, horizontal, x: view.scale('x') as (v: number) => number, y: view.scale('y') as (v: number) => number };
    };
    for (const [w, h] of [
      [800, 600],
      [500, 300],
    ]) {
      await view.width(w).height(h).runAsync();
      const { vertical, horizontal, x, y } = lines();
      expect(vertical).toMatchObject({ x: x(m.cuts.x), x2: x(m.cuts.x), y: 0, y2: h });
      expect(horizontal).toMatchObject({ y: y(m.cuts.y), y2: y(m.cuts.y), x: 0, x2: w });
    }
    view.finalize();
  });

  it('uses the model axes: domain, log scale and reversal', () => {
    const model = bcgModel();
    const bcg = specOf(model);
    expect(scaleOf(bcg, 'x')).toMatchObject({ type: 'log', reverse: true, domain: { signal: SIGNALS.xDomain } });
    const domain = signalValue(bcg, SIGNALS.xDomain) as number[];
    expect(domain[0]).toBeLessThan(model.axes.x.domain[0]);
    expect(domain[0]).toBeGreaterThan(0);
    expect(domain[1]).toBeGreaterThan(model.axes.x.domain[1]);
  });

  it('titles the axes with their direction', async () => {
    expect(signalValue(spec, SIGNALS.xTitle)).toBe('Customer needs: universal → specialized');
    const view = await runHeadless(spec, 800, 600);
    const titles = sceneWalk(view).filter((n) => n.role === 'axis-title');
    expect(titles.map((n) => n.item.text)).toEqual([signalValue(spec, SIGNALS.xTitle), signalValue(spec, SIGNALS.yTitle)]);
    // the y title reads bottom to top, left of the plot
    expect(titles[1].item).toMatchObject({ angle: -90 });
    expect(titles[1].item.x as number).toBeLessThan(0);
    view.finalize();
  });

  it('draws a grid line and a label per tick, about one per 40 px, from the scales of the bubbles', async () => {
    const view = await runHeadless(spec, 800, 600);
    const walk = sceneWalk(view);
    // One path for the whole grid: a vertical line (M x,0 V height) per x tick, a horizontal one per y tick.
    const grid = walk.filter((n) => n.role === 'axis-grid');
    expect(grid).toHaveLength(1);
    const path = String(grid[0].item.path);
    const lines = [...path.matchAll(/M([\d.e+-]+),([\d.e+-]+)([VH])([\d.e+-]+)/g)].map((m) => ({ x: +m[1], y: +m[2], dir: m[3], to: +m[4] }));
    expect(lines.map((l) => `M${l.x},${l.y}${l.dir}${l.to}`).join('')).toBe(path);
    const labels = walk.filter((n) => n.role === 'axis-label');
    expect(lines).toHaveLength(labels.length);
    const plot = { width: view.width(), height: view.height() };
    expect(lines.filter((l) => l.dir === 'V').every((l) => l.y === 0 && l.to === plot.height)).toBe(true);
    expect(lines.filter((l) => l.dir === 'H').every((l) => l.x === 0 && l.to === plot.width)).toBe(true);
    const y = view.scale('y') as ((v: number) => number) & { ticks(count: number): number[] };
    const yTicks = y.ticks(Math.ceil(600 / 40));
    const yLines = lines.filter((l) => l.dir === 'H').map((l) => l.y);
    expect(yLines.sort((a, b) => a - b)).toEqual(yTicks.map(y).sort((a, b) => a - b));
    // the grid follows a resize (the tick rows of the new size, drawn at the new plot size)
    await view.width(500).height(300).runAsync();
    const resized = String(sceneWalk(view).find((n) => n.role === 'axis-grid')!.item.path);
    expect(resized).not.toBe(path);
    expect(resized).toContain('H500');
    expect(resized).toContain('V300');
    view.finalize();
  });

  it('keeps the tick label items through a resize: a tick shown before and after is the same item, moved', async () => {
    const view = await runHeadless(spec, 800, 600);
    const byText = () =>
      new Map(
        sceneWalk(view)
          .filter((n) => n.role === 'axis-label')
          .map((n) => [`${(n.item.datum as { axis: string }).axis} ${n.item.text}`, n.item])
      );
    const before = byText();
    // a few pixels: the same tick sets, new positions
    await view.width(790).runAsync();
    const after = byText();
    expect([...after.keys()]).toEqual([...before.keys()]);
    // (identity compared as booleans: a diff of two scene items is too large to print)
    expect([...after].filter(([text, item]) => item !== before.get(text)).map(([text]) => text)).toEqual([]);
    // another set at another size: the ticks in both keep their items
    await view.width(400).height(300).runAsync();
    const smaller = byText();
    const shared = [...smaller.keys()].filter((t) => before.has(t));
    expect(shared.length).toBeGreaterThan(0);
    expect(shared.filter((text) => smaller.get(text) !== before.get(text))).toEqual([]);
    view.finalize();
  });

  it('pads linear domains on both sides so edge bubbles stay inside, and ordinal ones by half a category', () => {
    const [lo, hi] = paddedDomain({ ...m.axes.y, scale: 'linear', domain: [2, 12] });
    expect(lo).toBeCloseTo(1.4);
    expect(hi).toBeCloseTo(12.6);
    expect(paddedDomain({ ...m.axes.x, scale: 'ordinal', domain: [0, 3] })).toEqual([-0.5, 3.5]);
  });

  it('labels an ordinal axis with its categories at whole positions', async () => {
    const categories = ['universal', 'broad "wide"', 'niche'];
    const ordinal = { ...m, axes: { ...m.axes, x: { ...m.axes.x, scale: 'ordinal' as const, domain: [0, 2] as [number, number], categories } } };
    const s = specOf(ordinal);
    expect(signalValue(s, SIGNALS.xCategories)).toEqual(categories);
    const view = await runHeadless(s, 800, 600);
    const labels = sceneWalk(view).filter((n) => n.role === 'axis-label').map((n) => n.item.text);
    expect(labels).toEqual(expect.arrayContaining(categories));
    view.finalize();
  });

  describe('layers and marks per option', () => {
    it.each([
      ['showShading', LAYERS.shading],
      ['showQuadrantNames', LAYERS.quadrantNames],
    ] as const)('%s switches the %s layer', (option, name) => {
      expect(markNames(specOf(m, { [option]: true }))).toContain(mark(name));
      expect(markNames(specOf(m, { [option]: false }))).not.toContain(mark(name));
    });

    it('draws the trail only when asked, with a point per period', () => {
      expect(markNames(specOf(m))).not.toContain(mark(LAYERS.trails));
      const withTrail = specOf(m, { showTrail: true });
      expect(markNames(withTrail)).toContain(mark(LAYERS.trails));
      expect(valuesOf<{ segment: string }>(withTrail, 'trails').filter((t) => t.segment === 'Enterprise')).toHaveLength(3);
    });

    it.each([
      ['showArrows', [VEGA_MARKS.arrows, VEGA_MARKS.arrowheads]],
      ['showLabels', [VEGA_MARKS.labels]],
    ] as const)('%s switches the pixel-space marks %s', (option, names) => {
      for (const name of names) {
        expect(markNames(specOf(m, { [option]: true }))).toContain(name);
        expect(markNames(specOf(m, { [option]: false }))).not.toContain(name);
      }
    });

    it('keeps the ghosts of retired segments when ghosts are off (they are only a ghost)', () => {
      const ghosts = (display: Partial<DisplayOptions>) => (dataOf(specOf(m, display), 'sm_ghosts')!.transform as Array<{ expr: string }>)[0].expr;
      expect(ghosts({ showGhosts: true })).toBe('isValid(datum.baselineX) && isValid(datum.baselineY)');
      expect(ghosts({ showGhosts: false })).toContain('!isValid(datum.x)');
    });

    it('draws arrows above the bubbles and labels above everything', () => {
      const names = markNames(spec);
      const at = (n: string) => names.indexOf(n);
      expect(at(VEGA_MARKS.arrows)).toBeGreaterThan(at(mark(LAYERS.bubbles)));
      expect(at(VEGA_MARKS.arrowheads)).toBeGreaterThan(at(mark(LAYERS.bubbles)));
      expect(at(mark(LAYERS.ghosts))).toBeLessThan(at(mark(LAYERS.bubbles)));
      expect(at(VEGA_MARKS.labels)).toBe(Math.max(...names.filter((n) => n !== undefined).map((n) => at(n!))));
    });

    it('marks new segments with a ring (no arrow) and retired ones by their label', () => {
      const rows = rowsOf(spec);
      const healthcare = rows.find((r) => r.segment === 'Healthcare')!;
      const agencies = rows.find((r) => r.segment === 'Agencies')!;
      expect(healthcare).toMatchObject({ isNew: true, hasArrow: false, label: 'Healthcare (new)' });
      expect(agencies).toMatchObject({ isNew: false, hasArrow: false, label: 'Agencies (retired)', x: null });
      expect(markNames(spec)).toContain(VEGA_MARKS.newRings);
    });
  });

  describe('labels', () => {
    it('rank segments by size, largest first, so that small panels label the largest only', () => {
      const rows = rowsOf(spec);
      const byRank = [...rows].sort((a, b) => a.labelRank - b.labelRank);
      expect(byRank.map((r) => r.labelRank)).toEqual(rows.map((_, i) => i));
      for (let i = 1; i < byRank.length; i++) {
        if (!byRank[i].anchorSizeMissing) {
          expect(byRank[i].anchorSize).toBeLessThanOrEqual(byRank[i - 1].anchorSize);
        }
      }
    });

    it('label as many segments as the plot has room for, at least the largest few', async () => {
      const many = modelFrom([
        frameFromRows(
          ['segment', 'period', 'needs', 'value', 'customers'],
          Array.from({ length: 60 }, (_, i) => [`S${i}`, '2025', (i * 7) % 10, (i * 3) % 10, 10 + i])
        ),
      ]);
      const s = specOf(many);
      const small = await runHeadless(s, 300, 200);
      const large = await runHeadless(s, 1600, 1200);
      const anchors = (v: Awaited<ReturnType<typeof runHeadless>>) => sceneItems(v, VEGA_MARKS.labels).map((it) => it.datum!.labelRank as number);
      expect(anchors(small).length).toBeGreaterThanOrEqual(MIN_LABELS);
      expect(anchors(small).length).toBeLessThan(15);
      expect(Math.max(...anchors(small))).toBe(anchors(small).length - 1);
      expect(anchors(large).length).toBe(60);
      small.finalize();
      large.finalize();
    });
  });

  describe('bubbles', () => {
    const bubbles = markOf(spec, mark(LAYERS.bubbles));

    it('have an area proportional to the size measure: a linear size scale from zero, range in px²', async () => {
      expect(scaleOf(spec, 'size')).toMatchObject({ type: 'linear', zero: true, range: [0, { signal: SIGNALS.sizeMaxArea }] });
      expect(signalValue(spec, SIGNALS.sizeMaxArea)).toBe(MAX_BUBBLE_AREA);
      expect(bubbles.encode!.update.size).toEqual({ field: 'area' });
      expect(markOf(spec, mark(LAYERS.ghosts)).encode!.update.size).toEqual({ field: 'baselineArea' });
      // The rows' precomputed areas are the size scale's values (the legend draws that scale).
      const view = await runHeadless(specOf(m, { showLabels: false }));
      const size = view.scale('size') as (v: number) => number;
      for (const r of rowsOf(spec)) {
        expect(r.area).toBeCloseTo(r.sizeMissing ? 40 : size(r.size), 6);
        expect(r.baselineArea).toBeCloseTo(r.baselineSizeMissing ? 40 : size(r.baselineSize), 6);
      }
      // The largest size in either period gets the largest area.
      expect(Math.max(...rowsOf(spec).flatMap((r) => [r.area, r.baselineArea]))).toBeCloseTo(MAX_BUBBLE_AREA, 6);
      view.finalize();
    });

    it.each([
      [7, MAX_BUBBLE_AREA],
      [30, MAX_BUBBLE_AREA],
      [120, MAX_BUBBLE_AREA / 2],
      [100000, 200],
    ])('with %d segments the largest bubble has symbol size %d (hundreds stay readable)', (n, area) => {
      expect(maxBubbleArea(n)).toBe(area);
    });

    it('thin ghost outlines, arrows and priority outlines to 1 px above CROWD segments, as bubbles shrink', async () => {
      const moved = (n: number) =>
        modelFrom([
          frameFromRows(
            ['segment', 'period', 'needs', 'value', 'customers'],
            Array.from({ length: n }, (_, i) => [
              [`S${i}`, '2024', (i * 7) % 10, (i * 3) % 10, 10 + i],
              [`S${i}`, '2025', (i * 5 + 2) % 10, (i * 7 + 1) % 10, 12 + i],
            ]).flat()
          ),
        ]);
      const widths = async (n: number) => {
        const view = await runHeadless(specOf(moved(n), { showLabels: false }));
        const of = (name: string) => new Set(sceneItems(view, name).map((it) => it.strokeWidth));
        const result = { ghosts: of(mark(LAYERS.ghosts)), arrows: of(VEGA_MARKS.arrows), bubbles: of(mark(LAYERS.bubbles)) };
        view.finalize();
        return result;
      };
      expect(LINE_WIDTH).toBeGreaterThan(1);
      expect(CROWDED_LINE_WIDTH).toBe(1);
      // Bubbles: the plain outline, and the firmer one of priority segments.
      expect(await widths(CROWD)).toEqual({ ghosts: new Set([LINE_WIDTH]), arrows: new Set([LINE_WIDTH]), bubbles: new Set([OUTLINE, LINE_WIDTH]) });
      expect(await widths(CROWD + 1)).toEqual({
        ghosts: new Set([CROWDED_LINE_WIDTH]),
        arrows: new Set([CROWDED_LINE_WIDTH]),
        bubbles: new Set([OUTLINE, CROWDED_LINE_WIDTH]),
      });
    });

    it('give every bubble the same area when there is no size measure', () => {
      const unsized = { ...m, fieldsUsed: { ...m.fieldsUsed, size: null } };
      const s = specOf(unsized);
      expect(new Set(rowsOf(s).map((r) => r.size))).toEqual(new Set([1]));
      expect(legendsOf(s)).toEqual(['colour']);
    });

    it.each(['satisfaction', 'growth'] as const)('colour by %s is diverging and centred at 0', (colorBy) => {
      const s = specOf(m, { colorBy });
      expect(scaleOf(s, 'color')).toMatchObject({ type: 'linear', interpolate: 'lab' });
      const [lo, mid, hi] = signalValue(s, SIGNALS.colourDomain) as number[];
      expect(mid).toBe(0);
      expect(lo).toBe(-hi);
      expect(hi).toBeGreaterThan(0);
      expect(signalValue(s, SIGNALS.colourRange)).toEqual([theme.negative, theme.neutral, theme.positive]);
      const values = rowsOf(spec).map((r) => (colorBy === 'satisfaction' ? r.satisfactionDelta : r.growth)).filter((v): v is number => v !== null);
      expect(Math.max(...values.map(Math.abs))).toBeLessThanOrEqual(hi);
    });

    it('colour by priority is categorical: priority and the others', () => {
      const s = specOf(m, { colorBy: 'priority' });
      expect(scaleOf(s, 'color')).toMatchObject({ type: 'ordinal' });
      expect(signalValue(s, SIGNALS.colourDomain)).toEqual(['Priority', 'Other']);
      expect(rowsOf(s).map((r) => r.colour)).toEqual(m.segments.map((x) => (x.priority ? 'Priority' : 'Other')));
    });

    it('colour by parent gives each parent a palette colour', () => {
      const model = childrenModel();
      const s = specOf(model, { colorBy: 'parent' });
      expect(signalValue(s, SIGNALS.colourDomain)).toEqual(model.parents);
      expect(new Set(signalValue(s, SIGNALS.colourRange) as string[]).size).toBe(model.parents.length);
    });

    it('draws a missing colour value in the neutral colour instead of dropping the bubble', async () => {
      expect(bubbles.encode!.update.fill).toEqual({ scale: 'color', field: 'colour' });
      const healthcare = rowsOf(spec).find((r) => r.segment === 'Healthcare')!;
      expect(healthcare).toMatchObject({ satisfactionDelta: null, colour: 0, colourMissing: true });
      const view = await runHeadless(specOf(m, { showLabels: false }));
      const drawn = sceneItems(view, mark(LAYERS.bubbles)).find((it) => it.datum!.segment === 'Healthcare')!;
      const rgb = (c: string) => (c.startsWith('#') ? [1, 3, 5].map((i) => parseInt(c.slice(i, i + 2), 16)) : (c.match(/\d+/g) ?? []).slice(0, 3).map(Number));
      expect(rgb(String(drawn.fill))).toEqual(rgb(theme.neutral));
      view.finalize();
    });

    it.each<[string, () => MatrixModel]>([
      ['conventional (a new segment without Δ satisfaction)', conventionalModel],
      ['a single period, no size, no satisfaction', () => modelFrom([frameFromRows(['segment', 'period', 'needs', 'value'], [['A', '2025', 2, 3], ['B', '2025', 7, 8]])])],
    ])('draws a bubble for every current segment: %s', async (_name, make) => {
      const model = make();
      for (const colorBy of ['satisfaction', 'growth', 'priority', 'parent'] as const) {
        const view = await runHeadless(specOf(model, { colorBy, showLabels: false }));
        expect(sceneItems(view, mark(LAYERS.bubbles))).toHaveLength(model.segments.filter((x) => x.current).length);
        view.finalize();
      }
    });
  });

  describe('legends', () => {
    it('shows colour and size legends where asked, none when hidden', async () => {
      expect(legendsOf(specOf(m, { legend: 'bottom' }))).toEqual(['size', 'colour']);
      expect(legendsOf(specOf(m, { legend: 'hidden' }))).toEqual([]);
      const roles = (x: ReturnType<typeof buildSpec>) => ((x.marks ?? []) as Array<{ role?: string }>).map((k) => k.role);
      expect(roles(specOf(m, { legend: 'hidden' })).filter((r) => /^legend-/.test(r ?? ''))).toEqual([]);
      expect(roles(spec).filter((r) => /^legend-/.test(r ?? ''))).toEqual(['legend-gradient', 'legend-symbol', 'legend-text']);
      // Drawn: the titles, one size circle and label per value, the gradient with signed labels at its ends and middle.
      const view = await runHeadless(spec, 800, 600);
      const texts = (title: boolean) =>
        sceneWalk(view)
          .filter((n) => n.role === 'legend-text' && Boolean((n.item.datum as LegendText).title) === title)
          .map((n) => n.item.text);
      expect(texts(true)).toEqual(['Customers', 'Δ satisfaction']);
      const bound = (signalValue(spec, SIGNALS.colourDomain) as number[])[2];
      expect(texts(false)).toEqual([
        ...sizeLegendValuesOf(spec).map((v) => v.toLocaleString('en-US')),
        `−${bound}`,
        '0',
        `+${bound}`,
      ]);
      expect(sceneWalk(view).filter((n) => n.role === 'legend-gradient')).toHaveLength(1);
      view.finalize();
    });

    it('draws the size legend from the bubbles’ own size scale, so its circles have the drawn areas', async () => {
      const view = await runHeadless(spec, 800, 600);
      const scale = view.scale('size') as (v: number) => number;
      const values = sizeLegendValuesOf(spec);
      expect(values.length).toBeGreaterThan(0);
      const sizes = sceneWalk(view)
        .filter((n) => n.role === 'legend-symbol')
        .map((n) => n.item.size as number);
      expect(sizes.sort((a, b) => a - b)).toEqual(values.map((v) => scale(v)).sort((a, b) => a - b));
      const largest = rowsOf(spec).reduce((a, b) => (b.size > a.size ? b : a));
      const bubble = sceneItems(view, mark(LAYERS.bubbles)).find((it) => it.datum!.segment === largest.segment)!;
      expect(bubble.size).toBeCloseTo(scale(largest.size));
      view.finalize();
    });

    it('lets the reader switch a colour group off and on from the legend (categorical colours)', async () => {
      const s = specOf(m, { colorBy: 'priority' });
      const view = await runHeadless(s);
      const all = sceneItems(view, mark(LAYERS.bubbles)).length;
      await view.signal(SIGNALS.legendToggle, { value: 'Other' }).runAsync();
      const shown = sceneItems(view, mark(LAYERS.bubbles)).map((it) => it.datum!.colour);
      expect(shown.length).toBeLessThan(all);
      expect(new Set(shown)).toEqual(new Set(['Priority']));
      expect(view.data(HIDDEN_GROUPS)).toEqual([expect.objectContaining({ value: 'Other' })]);
      await view.signal(SIGNALS.legendToggle, { value: 'Other' }).runAsync();
      expect(sceneItems(view, mark(LAYERS.bubbles))).toHaveLength(all);
      view.finalize();
      expect(dataOf(specOf(m), HIDDEN_GROUPS)).toBeUndefined();
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

  it('has the labels avoid only marks that have items, and draws no arrows without movement', () => {
    const avoided = (s: ReturnType<typeof buildSpec>) => (markOf(s, VEGA_MARKS.labels).transform as Array<{ avoidMarks: string[] }>)[0].avoidMarks;
    expect(avoided(spec)).toEqual(
      expect.arrayContaining([mark(LAYERS.bubbles), mark(LAYERS.ghosts), VEGA_MARKS.arrows, VEGA_MARKS.arrowheads, VEGA_MARKS.newRings])
    );
    const noNew = { ...m, segments: m.segments.filter((s) => s.baseline !== null) };
    expect(avoided(specOf(noNew))).not.toContain(VEGA_MARKS.newRings);
    const noMovement = { ...m, segments: m.segments.map((s) => ({ ...s, baseline: null })) };
    expect(markNames(specOf(noMovement))).not.toContain(VEGA_MARKS.arrows);
  });

  it('takes colours from the theme', () => {
    const light = specThemeFrom(createTheme({ colors: { mode: 'light' } }));
    const lightSpec = buildSpec({ model: m, display: D, theme: light });
    expect(JSON.stringify(lightSpec.config)).not.toEqual(JSON.stringify(spec.config));
    expect(spec.config?.axis?.labelColor).toBe(theme.textSecondary);
  });

  it('never puts a hex literal in the spec that does not come from the theme', () => {
    const colours = new Set(Object.values(theme).flat().filter((v): v is string => typeof v === 'string'));
    const hexes = JSON.stringify(spec).match(/#[0-9a-fA-F]{3,8}\b/g) ?? [];
    for (const hex of hexes) {
      expect([...colours].some((c) => c.toLowerCase() === hex.toLowerCase())).toBe(true);
    }
  });
});

describe('paddedDomain at the limits of floating point', () => {
  it('widens a span too narrow to draw ticks for (subnormal values)', () => {
    const m = conventionalModel();
    const [lo, hi] = paddedDomain({ ...m.axes.x, scale: 'linear', domain: [8.4e-323, 1.04e-322] });
    expect(hi - lo).toBeGreaterThanOrEqual(1e-200);
    expect(lo).toBeLessThan(8.4e-323);
    expect(hi).toBeGreaterThan(1.04e-322);
  });
});
