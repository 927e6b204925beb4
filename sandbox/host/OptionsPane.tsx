import React, { useMemo } from 'react';
import { get, set, cloneDeep } from 'lodash';
import { PanelOptionsEditorBuilder, type DataFrame, type PanelPlugin } from '@grafana/data';
import { Field } from '@grafana/ui';

interface Props {
  plugin: PanelPlugin;
  options: Record<string, unknown>;
  data: DataFrame[];
  onChange: (options: Record<string, unknown>) => void;
}

/** The options form, generated from the plugin's own option builder (as Grafana's panel editor does). */
export function OptionsPane({ plugin, options, data, onChange }: Props) {
  const items = useMemo(() => {
    const builder = new PanelOptionsEditorBuilder<Record<string, unknown>>();
    plugin.getPanelOptionsSupplier()(builder, { data, options });
    return builder.getItems();
  }, [plugin, data, options]);

  const groups = new Map<string, typeof items>();
  for (const item of items) {
    if (item.showIf && !item.showIf(options, data)) {
      continue;
    }
    const category = item.category?.[0] ?? 'Options';
    groups.set(category, [...(groups.get(category) ?? []), item]);
  }

  return (
    <div data-testid="sandbox options-pane">
      {[...groups.entries()].map(([category, list]) => (
        <fieldset key={category} className="options-group">
          <legend>{category}</legend>
          {list.map((item) => {
            const Editor = item.editor;
            return (
              <Field key={item.path} label={item.name} description={item.description}>
                <Editor
                  value={get(options, item.path)}
                  item={item}
                  context={{ data, options }}
                  onChange={(value: unknown) => {
                    const next = cloneDeep(options);
                    set(next, item.path, value);
                    onChange(next);
                  }}
                />
              </Field>
            );
          })}
        </fieldset>
      ))}
    </div>
  );
}
