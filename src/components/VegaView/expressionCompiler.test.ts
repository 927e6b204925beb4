import { createTheme } from '@grafana/data';
import { parseExpression } from 'vega';
import { expressionInterpreter } from 'vega-interpreter';
import { DEFAULT_OPTIONS } from '../../constants';
import { buildSpec } from '../../spec/buildSpec';
import { bcgModel, childrenModel, conventionalModel } from '../../spec/fixtures';
import { specThemeFrom } from '../../spec/theme';
import { runHeadless, sceneWalk } from '../../test-utils/vegaSpec';
import { expressionCompiler } from './expressionCompiler';

type Evaluator = typeof expressionInterpreter;

const functions = {
  context: { name: 'test context' },
  twice: (x: number) => 2 * x,
  whose: function (this: { context: { name: string } }) {
    return this.context.name;
  },
  three: (a: number, b: number, c: number) => a + b + c,
};
const ast = (code: string) => ({ ast: parseExpression(code) });
const evaluate = (evaluator: Evaluator, code: string, datum: unknown, params: Record<string, unknown>) =>
  evaluator.parameter({ functions } as never, ast(code) as never)(datum as never, params as never);

const datum = { a: 3, b: -2, name: 'Ab c', list: [3, 1, 2], nested: { k: 'v', n: null }, when: 1700000000000 };
const params = { $width: 640, $hover: 'Ab c', $flags: ['x'], $zero: 0, $ctor: 'constructor' };

describe('expressionCompiler', () => {
  // Every form the expression language has, against vega-interpreter's answer.
  const expressions = [
    '1 + 2 * 3 - 4 / 5 % 3',
    'datum.a > 2 && datum.b < 0 || datum.missing',
    'datum.a >= 3 ? "big" : "small"',
    'if(datum.b < 0, -datum.b, datum.b)',
    'datum["name"] + "|" + datum.nested.k + datum.nested["n"]',
    'datum.list[1] + datum.list.length',
    '[datum.a, width, hover == datum.name, flags[0]]',
    '{x: datum.a, "y": datum.b, z: [1, 2]}',
    '[!datum.a, -datum.b, +"4", ~5]',
    '(datum.a & 1) | (datum.a ^ 6) | (1 << 3) | (-16 >> 2) | (-16 >>> 28)',
    'datum.a == "3" && datum.a != "4" && datum.a === 3 && datum.a !== "3"',
    'PI + E + SQRT2 + LN10 + MAX_VALUE * 0',
    'NaN',
    'zero || 7',
    'clamp(datum.a, 0, 2) + abs(datum.b) + max(1, 5, 3) + floor(2.7) + sqrt(16) + pow(2, 10) + round(2.5)',
    'upper(datum.name) + lower(datum.name) + trim("  t ") + substring(datum.name, 1, 3) + length(datum.name)',
    'join(datum.list, "-") + indexof(datum.list, 2) + lastindexof(datum.list, 3) + slice(datum.list, 1)',
    'reverse(datum.list)',
    'sort(datum.list)',
    'split("a,b,c", ",")',
    'replace(datum.name, /b/g, "B") + replace(datum.name, "A", "a")',
    'test(/a/i, datum.name) + test("^A", datum.name)',
    'isNaN(NaN) + isFinite(datum.a) + parseFloat("2.5") + parseInt("7")',
    'utcyear(datum.when) + utcmonth(datum.when) + utcdate(datum.when) + time(datum.when)',
    'twice(datum.a) + three(1, 2, 3)',
    'whose()',
    '_twice(4)',
    'encodeURIComponent("a b&c")',
  ];

  it.each(expressions)('evaluates %s as vega-interpreter does', (code) => {
    expect(evaluate(expressionCompiler as never, code, datum, params)).toEqual(
      evaluate(expressionInterpreter, code, datum, params)
    );
  });

  it('hands out a fresh global regexp each time, so lastIndex does not carry over', () => {
    const evaluate2 = expressionCompiler.parameter({ functions } as never, ast('/a/g') as never);
    const first = evaluate2(datum, params) as RegExp;
    first.test('aa');
    expect(first.lastIndex).toBe(1);
    expect((evaluate2(datum, params) as RegExp).lastIndex).toBe(0);
  });

  describe('keeps the interpreter’s guards against code execution', () => {
    let errors: jest.SpyInstance;
    beforeEach(() => {
      errors = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    });
    afterEach(() => errors.mockRestore());

    it('does not hand out the Function constructor through a member', () => {
      expect(evaluate(expressionCompiler as never, 'datum.a.constructor.constructor', datum, params)).toBeUndefined();
      expect(evaluate(expressionCompiler as never, 'datum[ctor][ctor]', datum, params)).toBeUndefined();
      expect(errors).toHaveBeenCalledTimes(2);
      expect(String(errors.mock.calls[0][0])).toMatch(/Prevented interpretation of member "constructor"/);
    });

    it('leaves dangerous keys and methods out of object literals', () => {
      const out = evaluate(
        expressionCompiler as never,
        '{__proto__: {polluted: 1}, f: datum.a.constructor, ok: 1}',
        datum,
        params
      );
      expect(out).toEqual({ f: Number, ok: 1 });
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      expect(errors).toHaveBeenCalledWith(expect.stringMatching(/property "__proto__"/));
    });
  });

  it('routes the event functions to the event’s view context, and handlers see the event item’s datum', () => {
    const event = { vega: { x: () => 12, y: () => 34, item: () => 'item' }, item: { datum: { a: 5 } } };
    const handle = expressionCompiler.handler(
      { functions } as never,
      ast('[x(), y(), item(), datum.a, event.item.datum.a]') as never
    );
    expect(handle(params, event as never)).toEqual([12, 34, 'item', 5, 5]);
    const onEvent = expressionCompiler.event({ functions } as never, ast('x() + 1') as never);
    expect(onEvent(event as never)).toBe(13);
  });

  it('evaluates operator updates from signal values', () => {
    expect(expressionCompiler.operator({ functions } as never, ast('width / 2') as never)(params)).toBe(320);
  });

  it('encodes items: reports modification, swaps reversed rects, derives width/height from x2/y2 and centres', () => {
    const channels = (block: Record<string, string>) =>
      Object.fromEntries(Object.entries(block).map(([k, code]) => [k, ast(code)]));
    const encodeRect = expressionCompiler.encode(
      { functions } as never,
      {
        marktype: 'rect',
        channels: channels({ x: 'datum.a * 10', x2: '5', yc: '100', height: '20' }),
      } as never
    );
    const item: Record<string, unknown> = { datum };
    expect(encodeRect(item, params)).toBe(1);
    expect(item).toMatchObject({ x: 5, x2: 30, width: 25, y: 90, height: 20 });
    const encodeLine = expressionCompiler.encode(
      { functions } as never,
      {
        marktype: 'line',
        channels: channels({ x: 'datum.a', y: 'width' }),
      } as never
    );
    const point: Record<string, unknown> = { datum };
    expect(encodeLine(point, params)).toBe(1);
    expect(encodeLine(point, params)).toBe(0);
    expect(point).toMatchObject({ x: 3, y: 640 });
  });

  // The panel's own specs, run headless with each evaluator: the same scene, item by item.
  const theme = specThemeFrom(createTheme({ colors: { mode: 'dark' } }));
  const scenes = {
    conventional: () => conventionalModel(),
    bcg: () => bcgModel(),
    children: () => childrenModel(),
  };
  const plain = (item: Record<string, unknown>) =>
    Object.fromEntries(
      Object.entries(item).filter(([, v]) => v === null || ['string', 'number', 'boolean'].includes(typeof v))
    );

  it.each(Object.keys(scenes))('draws the %s spec exactly as vega-interpreter does', async (name) => {
    const model = scenes[name as keyof typeof scenes]();
    for (const display of [
      DEFAULT_OPTIONS.display,
      { ...DEFAULT_OPTIONS.display, colorBy: 'priority' as const, showTrail: true },
    ]) {
      const spec = buildSpec({ model, display, theme });
      const compiled = await runHeadless(spec, 640, 420);
      const interpreted = await runHeadless(spec, 640, 420, expressionInterpreter);
      const sceneOf = (view: typeof compiled) =>
        sceneWalk(view).map(({ role, name: mark, item }) => ({ role, mark, ...plain(item) }));
      const scene = sceneOf(compiled);
      expect(scene.length).toBeGreaterThan(50);
      expect(scene).toEqual(sceneOf(interpreted));
      compiled.finalize();
      interpreted.finalize();
    }
  });
});
