import { createTheme } from '@grafana/data';
import { DEFAULT_OPTIONS } from '../constants';
import { buildSpec } from './buildSpec';
import { conventionalModel } from './fixtures';
import { SIGNALS } from './signals';
import { splitSpec, valueChanges } from './structure';
import { specThemeFrom } from './theme';

const theme = specThemeFrom(createTheme());
const D = DEFAULT_OPTIONS.display;

describe('splitSpec', () => {
  const model = conventionalModel();
  const spec = buildSpec({ model, display: D, theme });

  it('keeps the structure of a model whose values changed, and lists what to update in place', () => {
    const moved = {
      ...model,
      axes: { ...model.axes, x: { ...model.axes.x, domain: [0, 20] as [number, number] } },
      segments: model.segments.map((s) => (s.current ? { ...s, current: { ...s.current, x: s.current.x + 1 } } : s)),
    };
    const a = splitSpec(spec);
    const b = splitSpec(buildSpec({ model: moved, display: D, theme }));
    expect(b.structure).toBe(a.structure);
    const changes = valueChanges(a, b);
    expect(changes.signals).toContain(SIGNALS.xDomain);
    expect(changes.signals).not.toContain(SIGNALS.yDomain);
    expect(changes.datasets).toContain('segments');
  });

  it('changes the structure when an option changes what is drawn', () => {
    const other = buildSpec({ model, display: { ...D, showShading: !D.showShading }, theme });
    expect(splitSpec(other).structure).not.toBe(splitSpec(spec).structure);
  });

  it('takes the values out of the structure: no segment name is in it', () => {
    const { structure, datasets } = splitSpec(spec);
    expect(datasets.segments).toHaveLength(model.segments.length);
    for (const s of model.segments) {
      expect(structure).not.toContain(`"${s.segment}"`);
    }
  });

  it('reports nothing to change between two splits of the same spec', () => {
    expect(valueChanges(splitSpec(spec), splitSpec(spec))).toEqual({ datasets: [], signals: [] });
  });
});
