import { PanelOptionsEditorBuilder, standardEditorsRegistry } from '@grafana/data';
import { DEFAULT_OPTIONS } from '../constants';
import type { SegmentMatrixOptions } from '../types';
import { addDisplayOptions } from './displayOptions';

beforeAll(() => {
  const editor = () => null;
  standardEditorsRegistry.setInit(() =>
    ['boolean', 'field-name', 'radio', 'select', 'number', 'text', 'strings', 'multi-select', 'slider', 'color'].map((id) => ({ id, name: id, editor }))
  );
});

function items() {
  const builder = new PanelOptionsEditorBuilder<SegmentMatrixOptions>();
  addDisplayOptions(builder);
  return builder.getItems();
}

const get = (path: string) => items().find((i) => i.path === path)!;

describe('display options', () => {
  it.each([
    ['display.showGhosts', 'Marks'],
    ['display.showArrows', 'Marks'],
    ['display.showLabels', 'Marks'],
    ['display.showShading', 'Marks'],
    ['display.showQuadrantNames', 'Marks'],
    ['display.showTrail', 'Marks'],
    ['display.colorBy', 'Marks'],
    ['display.legend', 'Marks'],
    ['display.renderer', 'Marks'],
    ['display.showStrip', 'Table'],
    ['display.tablePlacement', 'Table'],
    ['display.tableCollapsed', 'Table'],
    ['interaction.variable', 'Interactions'],
  ])('%s is under %s', (path, category) => {
    expect(get(path).category).toEqual([category]);
  });

  it('takes every default from DEFAULT_OPTIONS', () => {
    for (const item of items()) {
      const [group, key] = item.path.split('.') as ['display' | 'interaction', string];
      expect(item.defaultValue).toEqual((DEFAULT_OPTIONS[group] as unknown as Record<string, unknown>)[key]);
    }
  });

  it('covers every display option', () => {
    const paths = items().map((i) => i.path);
    for (const key of Object.keys(DEFAULT_OPTIONS.display)) {
      expect(paths).toContain(`display.${key}`);
    }
  });

  it('offers every colour choice', () => {
    expect(get('display.colorBy').settings.options.map((o: { value: string }) => o.value)).toEqual(['satisfaction', 'growth', 'priority', 'parent']);
  });

  it('shows "Start collapsed" only when the table is shown', () => {
    const showIf = get('display.tableCollapsed').showIf!;
    expect(showIf({ ...DEFAULT_OPTIONS, display: { ...DEFAULT_OPTIONS.display, tablePlacement: 'below' } }, [])).toBe(true);
    expect(showIf({ ...DEFAULT_OPTIONS, display: { ...DEFAULT_OPTIONS.display, tablePlacement: 'hidden' } }, [])).toBe(false);
  });
});
