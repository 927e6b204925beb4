import { standardEditorsRegistry } from '@grafana/data';
import { DEFAULT_OPTIONS } from './constants';
import { plugin } from './module';
import { withDefaults } from './options/withDefaults';

beforeAll(() => {
  const editor = () => null;
  standardEditorsRegistry.setInit(() =>
    ['boolean', 'field-name', 'radio', 'select', 'number', 'text', 'strings', 'multi-select', 'slider', 'color'].map(
      (id) => ({ id, name: id, editor })
    )
  );
});

describe('plugin', () => {
  it('is a panel plugin with a panel component and a migration handler', () => {
    expect(plugin.panel).toBeTruthy();
    expect(plugin.onPanelMigration).toBeTruthy();
  });

  it('gives Grafana defaults that, completed, are DEFAULT_OPTIONS', () => {
    expect(withDefaults(plugin.defaults)).toEqual(DEFAULT_OPTIONS);
  });
});
