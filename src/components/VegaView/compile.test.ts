import { createTheme } from '@grafana/data';
import { DEFAULT_OPTIONS } from '../../constants';
import { buildSpec } from '../../spec/buildSpec';
import { conventionalModel } from '../../spec/fixtures';
import { splitSpec } from '../../spec/structure';
import { specThemeFrom } from '../../spec/theme';
import type { Runtime } from 'vega';
import { compileSpec, compileStructure, compiledStructureCount, createView, loadValues } from './compile';
import { compiledTreeCount } from './expressionCompiler';

const theme = specThemeFrom(createTheme());
const D = DEFAULT_OPTIONS.display;
const model = conventionalModel();
const moved = {
  ...model,
  segments: model.segments.map((s) => (s.current ? { ...s, current: { ...s.current, x: s.current.x * 0.8 } } : s)),
};

/** Vega numbers gradients and clip paths page-wide: the same picture drawn twice differs only there. */
const drawing = async (runtime: Runtime, values = { datasets: {}, signals: {} }) => {
  const view = loadValues(createView(runtime), values);
  view.width(500).height(400);
  await view.runAsync();
  const svg = await view.toSVG();
  view.finalize();
  return svg.replace(/(gradient_|clip)\d+/g, '$1');
};

const runtimeOf = (compiled: ReturnType<typeof compileSpec>) => {
  if (compiled.kind !== 'runtime') {
    throw new Error(compiled.message);
  }
  return compiled.runtime;
};

describe('compileStructure', () => {
  it('compiles a structure once and gives the same runtime to every spec that has it', () => {
    const a = splitSpec(buildSpec({ model, display: D, theme }));
    const b = splitSpec(buildSpec({ model: moved, display: D, theme }));
    expect(b.structure).toBe(a.structure);
    expect(compileStructure(b)).toBe(compileStructure(a));
    const other = splitSpec(buildSpec({ model, display: { ...D, showShading: !D.showShading }, theme }));
    expect(compileStructure(other)).not.toBe(compileStructure(a));
  });

  it('draws each spec from the shared runtime exactly as from its own parse, in any order', async () => {
    const a = splitSpec(buildSpec({ model, display: D, theme }));
    const b = splitSpec(buildSpec({ model: moved, display: D, theme }));
    const shared = runtimeOf(compileStructure(a));
    const ownA = await drawing(runtimeOf(compileSpec(buildSpec({ model, display: D, theme }))));
    const ownB = await drawing(runtimeOf(compileSpec(buildSpec({ model: moved, display: D, theme }))));
    expect(ownB).not.toBe(ownA);
    expect(await drawing(shared, a)).toBe(ownA);
    expect(await drawing(shared, b)).toBe(ownB);
    expect(await drawing(shared, a)).toBe(ownA);
  });

  it('compiles the expressions of a shared runtime once; live views evaluate them in their own context', async () => {
    const spec = {
      data: [{ name: 'd', values: [] }],
      signals: [{ name: 'n', update: "length(data('d'))" }],
      marks: [{ type: 'text', from: { data: 'd' }, encode: { update: { text: { signal: "datum.t + '/' + length(data('d'))" } } } }],
    };
    const runtime = runtimeOf(compileSpec(spec as never));
    const one = loadValues(createView(runtime), { datasets: { d: [{ t: 'a' }] }, signals: {} });
    const compiledByFirst = compiledTreeCount();
    const two = loadValues(createView(runtime), { datasets: { d: [{ t: 'b' }, { t: 'c' }] }, signals: {} });
    expect(compiledTreeCount()).toBe(compiledByFirst);
    await Promise.all([one.runAsync(), two.runAsync()]);
    const texts = (view: typeof one) =>
      ((view.scenegraph() as unknown as { root: { items: Array<{ items: Array<{ items: Array<{ text: string }> }> }> } }).root.items[0].items[0].items).map((i) => i.text);
    expect([one.signal('n'), texts(one)]).toEqual([1, ['a/1']]);
    expect([two.signal('n'), texts(two)]).toEqual([2, ['b/2', 'c/2']]);
    one.finalize();
    two.finalize();
  });

  it('keeps a bounded number of structures, dropping the least recently used', () => {
    const base = splitSpec(buildSpec({ model, display: D, theme }));
    const first = compileStructure(base);
    for (let i = 0; i < 40; i++) {
      compileStructure(splitSpec({ ...buildSpec({ model, display: D, theme }), description: `variant ${i}` }));
      if (i % 4 === 0) {
        expect(compileStructure(base)).toBe(first);
      }
    }
    expect(compiledStructureCount()).toBeLessThanOrEqual(16);
    expect(compileStructure(base)).toBe(first);
  });

  it('keeps a parse error as the compiled result of its structure', () => {
    const spec = buildSpec({ model, display: D, theme });
    const broken = splitSpec({ ...spec, data: [...(spec.data ?? []), { name: 'x', transform: [{ type: 'nosuchtransform' }] }] } as never);
    const compiled = compileStructure(broken);
    expect(compiled).toEqual({ kind: 'error', message: expect.stringContaining('nosuchtransform') });
    expect(compileStructure(broken)).toBe(compiled);
  });
});
