import { FieldType, PanelOptionsEditorBuilder, standardEditorsRegistry, type Field } from '@grafana/data';
import { get } from 'lodash';
import { DEFAULT_OPTIONS } from '../constants';
import { FIELD_ROLES } from '../model';
import type { SegmentMatrixOptions } from '../types';
import { buildOptions } from './buildOptions';

beforeAll(() => {
  const editor = () => null;
  standardEditorsRegistry.setInit(() =>
    ['boolean', 'field-name', 'radio', 'select', 'number', 'text', 'strings', 'multi-select', 'slider', 'color'].map(
      (id) => ({ id, name: id, editor })
    )
  );
});

function items() {
  const builder = new PanelOptionsEditorBuilder<SegmentMatrixOptions>();
  buildOptions(builder);
  return builder.getItems();
}
const byPath = () => Object.fromEntries(items().map((i) => [i.path, i]));
const field = (type: FieldType) => ({ name: 'f', type, config: {}, values: [] }) as unknown as Field;
const withOptions = (patch: Record<string, unknown>) => ({ ...DEFAULT_OPTIONS, ...patch }) as SegmentMatrixOptions;

describe('buildOptions', () => {
  it('offers a field picker for every role of the data contract, under Data mapping', () => {
    const pickers = items().filter((i) => i.path.startsWith('fields.'));
    expect(pickers.map((i) => i.path.slice('fields.'.length)).sort()).toEqual([...FIELD_ROLES].sort());
    for (const picker of pickers) {
      expect(picker.category).toEqual(['Data mapping']);
      expect(picker.settings.placeholderText).toMatch(/^Auto: /);
    }
  });

  it('filters pickers by type: segment text, y number, x number or text', () => {
    const p = byPath();
    expect(p['fields.segment'].settings.filter(field(FieldType.string))).toBe(true);
    expect(p['fields.segment'].settings.filter(field(FieldType.number))).toBe(false);
    expect(p['fields.y'].settings.filter(field(FieldType.number))).toBe(true);
    expect(p['fields.y'].settings.filter(field(FieldType.string))).toBe(false);
    expect(p['fields.x'].settings.filter(field(FieldType.string))).toBe(true);
    expect(p['fields.period'].settings.filter(field(FieldType.time))).toBe(true);
  });

  it('groups options in the four model categories, then Marks and Interactions', () => {
    const categories = [...new Set(items().map((i) => i.category?.[0]))];
    expect(categories.slice(0, 4)).toEqual(['Data mapping', 'Periods', 'Axes & quadrants', 'Effectiveness']);
    expect(categories).toEqual(expect.arrayContaining(['Marks', 'Interactions']));
  });

  it('takes every default from DEFAULT_OPTIONS', () => {
    for (const item of items()) {
      if (item.defaultValue !== undefined) {
        expect([item.path, item.defaultValue]).toEqual([item.path, get(DEFAULT_OPTIONS, item.path)]);
      }
    }
  });

  it.each([
    ['period.baseline', { period: { mode: 'first-last' } }, { period: { mode: 'explicit' } }],
    ['cuts.x.value', { cuts: { x: { mode: 'median' }, y: { mode: 'median' } } }, { cuts: { x: { mode: 'fixed' }, y: { mode: 'median' } } }],
    ['cuts.y.variable', { cuts: { x: { mode: 'median' }, y: { mode: 'fixed' } } }, { cuts: { x: { mode: 'median' }, y: { mode: 'variable' } } }],
    ['composite.components', { composite: { enabled: false } }, { composite: { enabled: true } }],
    ['widePrefixes.baseline', { format: 'long' }, { format: 'wide' }],
    ['xAxis.ordinalOrder', { xAxis: { scale: 'linear' } }, { xAxis: { scale: 'ordinal' } }],
  ])('shows %s only when it applies', (path, hidden, shown) => {
    const item = byPath()[path];
    expect(item.showIf?.(withOptions(hidden), [])).toBe(false);
    expect(item.showIf?.(withOptions(shown), [])).toBe(true);
  });

  it('has unique paths', () => {
    const paths = items().map((i) => i.path);
    expect(new Set(paths).size).toBe(paths.length);
  });
});
