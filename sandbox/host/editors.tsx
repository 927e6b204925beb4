import React from 'react';
import {
  standardEditorsRegistry,
  standardFieldConfigEditorRegistry,
  type FieldConfigPropertyItem,
  type SelectableValue,
  type StandardEditorProps,
  type StandardEditorsRegistryItem,
} from '@grafana/data';
import { ColorPicker, Input, MultiSelect, RadioButtonGroup, Select, Slider, Switch, TextArea } from '@grafana/ui';

// Minimal editors for the ids that option builders look up in standardEditorsRegistry.
// Grafana's own editors live in its core; these keep the same value shapes.

type EditorProps = StandardEditorProps<any, any, any>;

function TextEditor({ value, onChange, item }: EditorProps) {
  const settings = item.settings ?? {};
  if (settings.useTextarea) {
    return (
      <TextArea
        aria-label={item.name}
        defaultValue={value ?? ''}
        rows={settings.rows ?? 4}
        onBlur={(e) => onChange(e.currentTarget.value)}
      />
    );
  }
  return (
    <Input
      aria-label={item.name}
      defaultValue={value ?? ''}
      placeholder={settings.placeholder}
      onBlur={(e) => onChange(e.currentTarget.value)}
    />
  );
}

function NumberEditor({ value, onChange, item }: EditorProps) {
  return (
    <Input
      aria-label={item.name}
      type="number"
      defaultValue={value ?? ''}
      placeholder={item.settings?.placeholder}
      onBlur={(e) => {
        const text = e.currentTarget.value;
        onChange(text === '' ? undefined : Number(text));
      }}
    />
  );
}

function SliderEditor({ value, onChange, item }: EditorProps) {
  const { min = 0, max = 100, step = 1 } = item.settings ?? {};
  return <Slider inputId={item.id} value={value ?? min} min={min} max={max} step={step} onChange={onChange} />;
}

function BooleanEditor({ value, onChange, item }: EditorProps) {
  return <Switch aria-label={item.name} value={Boolean(value)} onChange={(e) => onChange(e.currentTarget.checked)} />;
}

function RadioEditor({ value, onChange, item }: EditorProps) {
  return <RadioButtonGroup value={value} options={item.settings?.options ?? []} onChange={onChange} />;
}

function SelectEditor({ value, onChange, item }: EditorProps) {
  return (
    <Select
      aria-label={item.name}
      value={value}
      options={item.settings?.options ?? []}
      onChange={(v: SelectableValue) => onChange(v?.value)}
      isClearable={item.settings?.isClearable}
    />
  );
}

function MultiSelectEditor({ value, onChange, item }: EditorProps) {
  return (
    <MultiSelect
      aria-label={item.name}
      value={value ?? []}
      options={item.settings?.options ?? []}
      onChange={(v: SelectableValue[]) => onChange(v.map((o) => o.value))}
    />
  );
}

function FieldNameEditor({ value, onChange, item, context }: EditorProps) {
  const filter = item.settings?.filter as ((field: unknown) => boolean) | undefined;
  const names = new Set<string>();
  for (const frame of context.data ?? []) {
    for (const field of frame.fields) {
      if (!filter || filter(field)) {
        names.add(field.config?.displayName ?? field.name);
      }
    }
  }
  const options = [...names].map((name) => ({ label: name, value: name }));
  return (
    <Select
      aria-label={item.name}
      value={value ?? null}
      options={options}
      placeholder={item.settings?.placeholderText ?? 'Choose'}
      isClearable
      onChange={(v: SelectableValue<string> | null) => onChange(v?.value)}
    />
  );
}

function StringsEditor({ value, onChange, item }: EditorProps) {
  return (
    <Input
      aria-label={item.name}
      defaultValue={(value ?? []).join(', ')}
      onBlur={(e) =>
        onChange(
          e.currentTarget.value
            .split(',')
            .map((s) => s.trim())
            .filter(Boolean)
        )
      }
    />
  );
}

function ColorEditor({ value, onChange }: EditorProps) {
  return <ColorPicker color={value ?? 'text'} onChange={onChange} />;
}

function JsonEditor({ value, onChange, item }: EditorProps) {
  return (
    <TextArea
      aria-label={item.name}
      rows={3}
      defaultValue={value === undefined ? '' : JSON.stringify(value)}
      onBlur={(e) => {
        try {
          onChange(e.currentTarget.value === '' ? undefined : JSON.parse(e.currentTarget.value));
        } catch {
          // keep the last valid value; the text stays for the user to fix
        }
      }}
    />
  );
}

const EDITORS: Array<[string, React.ComponentType<EditorProps>]> = [
  ['text', TextEditor],
  ['number', NumberEditor],
  ['slider', SliderEditor],
  ['boolean', BooleanEditor],
  ['radio', RadioEditor],
  ['select', SelectEditor],
  ['multi-select', MultiSelectEditor],
  ['unit', TextEditor],
  ['links', JsonEditor],
  ['actions', JsonEditor],
  ['stats-picker', MultiSelectEditor],
  ['strings', StringsEditor],
  ['timezone', TextEditor],
  ['fieldColor', JsonEditor],
  ['color', ColorEditor],
  ['field-name', FieldNameEditor],
  ['dashboard-uid', TextEditor],
  ['mappings', JsonEditor],
  ['thresholds', JsonEditor],
  ['interval', TextEditor],
  ['data-links', JsonEditor],
];

let initialised = false;

export function initStandardEditors() {
  if (initialised) {
    return;
  }
  standardEditorsRegistry.setInit(() =>
    EDITORS.map(
      ([id, editor]): StandardEditorsRegistryItem => ({
        id,
        name: id,
        description: `${id} editor`,
        editor,
      })
    )
  );
  // Grafana's core registers the standard field options; the sandbox registers the data links one (the
  // panel reads `field.getLinks`, which applyFieldOverrides only sets up for registered `links`).
  standardFieldConfigEditorRegistry.setInit(() => [
    {
      id: 'links',
      path: 'links',
      name: 'Data links',
      editor: JsonEditor,
      override: JsonEditor,
      process: (value: unknown) => value,
      shouldApply: () => true,
      category: ['Data links'],
    } as unknown as FieldConfigPropertyItem,
  ]);
  initialised = true;
}
