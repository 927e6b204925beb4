import { createTheme } from '@grafana/data';
import { colourScale, divergingBound } from './colour';
import { childrenModel, conventionalModel } from './fixtures';
import { segmentRows, NO_PARENT } from './rows';
import { specThemeFrom } from './theme';

const theme = specThemeFrom(createTheme({ colors: { mode: 'dark' } }));

describe('colour scales', () => {
  it.each([
    [[3, -1, 0.5], 3],
    [[-4.2, 1], 4.2],
    [[0.031, -0.02], 0.031],
    [[1234, -99], 1300],
    [[0, 0], 1],
    [[null, NaN], 1],
  ])('divergingBound(%j) = %d: symmetric around 0, covering every value', (values, bound) => {
    expect(divergingBound(values as Array<number | null>)).toBeCloseTo(bound, 9);
  });

  it('centres Δ satisfaction at 0: orange below, grey at 0, blue above (colour-blind safe)', () => {
    const model = conventionalModel();
    const scale = colourScale('satisfaction', model, segmentRows(model), theme);
    expect(scale.domain[1]).toBe(0);
    expect(scale.domain[0]).toBe(-(scale.domain[2] as number));
    expect(scale.range).toEqual([theme.negative, theme.neutral, theme.positive]);
  });

  it('gives segments without a parent the neutral colour', () => {
    const model = childrenModel();
    const rows = segmentRows(model).map((r, i) => (i === 0 ? { ...r, parent: NO_PARENT } : r));
    const scale = colourScale('parent', model, rows, theme);
    expect(scale.domain[scale.domain.length - 1]).toBe(NO_PARENT);
    expect(scale.range[scale.range.length - 1]).toBe(theme.neutral);
  });
});
