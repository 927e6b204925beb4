import { FieldType, PanelOptionsEditorBuilder, standardEditorsRegistry, type Field } from '@grafana/data';
import type { SegmentMatrixOptions } from '../types';
import { buildOptions } from './buildOptions';

beforeAll(() => {
  const editor = () => null;
  standardEditorsRegistry.setInit(() =>
    ['boolean', 'field-name', 'radio', 'select', 'number', 'text', 'strings', 'multi-select', 'slider', 'color'].map((id) => ({ id, name: id, editor }))
  );
});

function items() {
  const builder = new PanelOptionsEditorBuilder<SegmentMatrixOptions>();
  buildOptions(builder);
  return builder.getItems();
}

const field = (type: FieldType) => ({ name: 'f', type, config: {}, values: [] }) as unknown as Field;

describe('buildOptions', () => {
  it('offers field pickers for segment, x and y under Data mapping', () => {
    const pickers = items().filter((i) => i.path.startsWith('fields.'));
    expect(pickers.map((i) => i.path)).toEqual(expect.arrayContaining(['fields.segment', 'fields.x', 'fields.y']));
    for (const picker of pickers) {
      expect(picker.category).toEqual(['Data mapping']);
    }
  });

  it('filters the segment picker to text fields and y to numbers', () => {
    const byPath = Object.fromEntries(items().map((i) => [i.path, i]));
    const segmentFilter = byPath['fields.segment'].settings.filter;
    expect(segmentFilter(field(FieldType.string))).toBe(true);
    expect(segmentFilter(field(FieldType.number))).toBe(false);
    const yFilter = byPath['fields.y'].settings.filter;
    expect(yFilter(field(FieldType.number))).toBe(true);
    expect(yFilter(field(FieldType.string))).toBe(false);
  });

  it('says in each picker what is used when nothing is chosen', () => {
    for (const picker of items().filter((i) => i.path.startsWith('fields.'))) {
      expect(picker.settings.placeholderText).toMatch(/^Auto/);
    }
  });

  it('has unique paths', () => {
    const paths = items().map((i) => i.path);
    expect(new Set(paths).size).toBe(paths.length);
  });
});
