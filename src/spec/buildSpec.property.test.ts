import fs from 'node:fs';
import path from 'node:path';
import Ajv from 'ajv';
import fc from 'fast-check';
import { createTheme } from '@grafana/data';
import { DEFAULT_OPTIONS } from '../constants';
import { buildMatrixModel } from '../model';
import { frameFrom } from '../test-utils/frames';
import type { DisplayOptions } from '../types';
import { buildSpec } from './buildSpec';
import { specThemeFrom } from './theme';
import { runHeadless } from '../test-utils/vegaSpec';
import { LABEL_TRANSFORM } from './runtime/labelTransform';

// For arbitrary models and display options the spec builder never throws, its output is valid Vega
// (by Vega's own JSON schema), and it runs in a headless view in AST mode (no code generation).
const RUNS = Number(process.env.PROPERTY_RUNS ?? 40);
const schema = JSON.parse(
  fs.readFileSync(path.resolve(__dirname, '../../node_modules/vega/build/vega-schema.json'), 'utf8')
);
const validate = new Ajv({ strict: false, allErrors: false, validateFormats: false }).compile(schema);
/**
 * Vega's schema lists Vega's transforms only: the spec's own label transform (registered at run time, see
 * runtime/register.ts) is checked for its parameters and left out of the schema check.
 */
function withoutOwnTransforms(spec: { marks?: Array<{ transform?: Array<Record<string, unknown>> }> }) {
  for (const mark of spec.marks ?? []) {
    const own = (mark.transform ?? []).filter((t) => t.type === LABEL_TRANSFORM);
    for (const t of own) {
      expect(Object.keys(t).sort()).toEqual(['avoidMarks', 'offset', 'size', 'type']);
    }
    if (own.length) {
      mark.transform = (mark.transform ?? []).filter((t) => t.type !== LABEL_TRANSFORM);
    }
  }
  return spec;
}

const themes = [
  specThemeFrom(createTheme({ colors: { mode: 'dark' } })),
  specThemeFrom(createTheme({ colors: { mode: 'light' } })),
];

const value = fc.double({ min: -1e4, max: 1e4, noNaN: true, noDefaultInfinity: true });
const rows = fc
  .tuple(fc.integer({ min: 1, max: 60 }), fc.integer({ min: 1, max: 4 }))
  .chain(([segments, periods]) =>
    fc.array(
      fc.tuple(
        fc.integer({ min: 0, max: segments - 1 }),
        fc.integer({ min: 1, max: periods }),
        value,
        value,
        fc.oneof(fc.double({ min: 0, max: 1e6, noNaN: true }), fc.constant(null)),
        fc.oneof(value, fc.constant(null)),
        fc.oneof(fc.double({ min: 0, max: 1e3, noNaN: true }), fc.constant(null)),
        fc.constantFrom('primary', 'secondary'),
        fc.constantFrom('North', 'South', 'East')
      ),
      { minLength: 1, maxLength: 150 }
    )
  );

const display: fc.Arbitrary<DisplayOptions> = fc.record({
  showLabels: fc.boolean(),
  showGhosts: fc.boolean(),
  showArrows: fc.boolean(),
  showShading: fc.boolean(),
  showQuadrantNames: fc.boolean(),
  showTrail: fc.boolean(),
  colorBy: fc.constantFrom(...(['satisfaction', 'priority', 'growth', 'parent'] as const)),
  legend: fc.constantFrom(...(['right', 'bottom', 'hidden'] as const)),
  showStrip: fc.boolean(),
  tablePlacement: fc.constantFrom(...(['below', 'right', 'hidden'] as const)),
  tableCollapsed: fc.boolean(),
  renderer: fc.constantFrom(...(['auto', 'svg', 'canvas'] as const)),
}) as fc.Arbitrary<DisplayOptions>;

const modelOptions = fc.record({
  preset: fc.constantFrom(
    'needs-vs-value',
    'frequency-vs-recency',
    'severity-vs-complexity',
    'share-vs-growth',
    'custom'
  ),
  hierarchy: fc.constantFrom('segments', 'parents', 'children'),
});

describe('spec properties', () => {
  it('never throws, is valid Vega, and runs without code generation', async () => {
    await fc.assert(
      fc.asyncProperty(rows, display, modelOptions, fc.integer({ min: 0, max: 1 }), async (data, shown, modelOpts, t) => {
        const frame = frameFrom([
          { name: 'segment', type: 'string', values: data.map((r) => `S${r[0]}`) },
          { name: 'period', type: 'string', values: data.map((r) => `P${r[1]}`) },
          {
            name: 'needs',
            type: 'number',
            values: data.map((r) => (modelOpts.preset === 'share-vs-growth' ? Math.abs(r[2]) + 0.01 : r[2])),
          },
          { name: 'value', type: 'number', values: data.map((r) => r[3]) },
          { name: 'customers', type: 'number', values: data.map((r) => r[4]) },
          { name: 'satisfaction', type: 'number', values: data.map((r) => r[5]) },
          { name: 'budget', type: 'number', values: data.map((r) => r[6]) },
          { name: 'priority', type: 'string', values: data.map((r) => r[7]) },
          { name: 'parent', type: 'string', values: data.map((r) => r[8]) },
        ]);
        const result = buildMatrixModel([frame], { ...DEFAULT_OPTIONS, ...modelOpts } as never);
        if (result.kind !== 'model') {
          return;
        }
        const spec = buildSpec({ model: result.model, display: shown, theme: themes[t] });
        const valid = validate(withoutOwnTransforms(JSON.parse(JSON.stringify(spec))));
        expect(valid ? [] : validate.errors?.slice(0, 3)).toEqual([]);
        const view = await runHeadless(spec);
        view.finalize();
      }),
      { numRuns: RUNS }
    );
  });
});
