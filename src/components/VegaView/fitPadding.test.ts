import { createTheme } from '@grafana/data';
import { parse, View, type Spec } from 'vega';
import { DEFAULT_OPTIONS } from '../../constants';
import type { MatrixModel } from '../../model/types';
import { buildSpec } from '../../spec/buildSpec';
import { bcgModel, childrenModel, conventionalModel } from '../../spec/fixtures';
import { CHART_PADDING, guideRoom } from '../../spec/guideRoom';
import { registerExpressions } from '../../spec/runtime/register';
import { specThemeFrom } from '../../spec/theme';
import type { ColorBy, DisplayOptions } from '../../types';
import { expressionCompiler } from './expressionCompiler';
import { CUSHION, fittedPadding, isOff, layOut, paddingOf, refit, SLACK } from './fitPadding';
import { vegaTextWidth } from './textWidth';

const theme = specThemeFrom(createTheme());
const build = (model: MatrixModel, display: Partial<DisplayOptions> = {}) =>
  buildSpec({ model, display: { ...DEFAULT_OPTIONS.display, ...display }, theme });

function viewOf(spec: Spec): View {
  registerExpressions();
  const copy = JSON.parse(JSON.stringify(spec)) as Spec;
  return new View(parse(copy, undefined, { ast: true }), { expr: expressionCompiler, renderer: 'none' });
}

describe('fittedPadding', () => {
  it('is the margin plus how far the scene reaches past each edge of the plot (nothing inside counts)', () => {
    const bounds = { x1: -40.2, y1: -5, x2: 700, y2: 300 };
    expect(fittedPadding(bounds, { width: 600, height: 320 }, 8)).toEqual({ left: 49, top: 13, right: 108, bottom: 8 });
  });
});

describe('isOff', () => {
  const current = { left: 40, right: 40, top: 10, bottom: 40 };
  it('holds when a side is too small to show what was drawn there', () => {
    expect(isOff(current, { ...current, top: 11 })).toBe(true);
  });
  it(`holds when a side wastes more than ${SLACK} px, not when it wastes less`, () => {
    expect(isOff(current, { ...current, right: 40 - SLACK - 1 })).toBe(true);
    expect(isOff(current, { ...current, right: 40 - SLACK })).toBe(false);
    expect(isOff(current, current)).toBe(false);
  });
});

describe('a view laid out with the estimated padding', () => {
  const cases: Array<[string, MatrixModel, ColorBy]> = [
    ['conventional, diverging colours', conventionalModel(), 'satisfaction'],
    ['conventional, coloured by priority', conventionalModel(), 'priority'],
    ['BCG', bcgModel(), 'growth'],
    ['sub-segments by parent', childrenModel(), 'parent'],
  ];

  it.each(
    cases.flatMap(([name, model, colorBy]) =>
      (['right', 'bottom'] as const).map((legend) => [name, legend, model, colorBy] as const)
    )
  )('%s, legends %s: needs no second layout at 800 × 600 or 480 × 360', async (_name, legend, model, colorBy) => {
    const spec = build(model, { colorBy, legend });
    for (const [w, h] of [
      [800, 600],
      [480, 360],
    ]) {
      const view = viewOf(spec);
      layOut(view, guideRoom(spec, w, h, vegaTextWidth), w, h);
      await view.runAsync();
      expect(refit(view, CHART_PADDING)).toBeNull();
      view.finalize();
    }
  });

  it("is corrected to the room Vega's own fit layout gives the same chart", async () => {
    const spec = build(conventionalModel(), { legend: 'right' });
    const view = viewOf(spec);
    const flat = { left: 8, right: 8, top: 8, bottom: 8 };
    layOut(view, flat, 800, 600);
    await view.runAsync();
    const needed = refit(view, CHART_PADDING)!;
    expect(needed).not.toBeNull();
    await layOut(view, needed, 800, 600).runAsync();
    expect(refit(view, CHART_PADDING)).toBeNull();

    const fit = viewOf({ ...spec, autosize: { type: 'fit', contains: 'padding' } } as Spec);
    await fit.width(800).height(600).runAsync();
    const [left, top] = fit.origin();
    // Vega's fit: the origin is where the plot starts inside the padding; ours adds a small cushion.
    expect(needed.left).toBe(CHART_PADDING + left + CUSHION);
    expect(needed.top).toBe(CHART_PADDING + top + CUSHION);
    expect(800 - needed.left - needed.right).toBe(fit.width() - 2 * CUSHION);
    expect(paddingOf(view)).toEqual(needed);
    view.finalize();
    fit.finalize();
  });
});
