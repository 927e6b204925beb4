import React from 'react';
import { FieldType, type StandardEditorProps } from '@grafana/data';
import { Button, Combobox, IconButton, Input, Stack, type ComboboxOption } from '@grafana/ui';
import type { CompositeComponent } from '../../model/types';

type Props = StandardEditorProps<CompositeComponent[]>;

/** Rows of (numeric field, weight) for the composite value axis. */
export function CompositeEditor({ value, onChange, context }: Props) {
  const components = value ?? [];
  const fieldNames = [
    ...new Set(
      (context.data ?? []).flatMap((frame) =>
        frame.fields.filter((f) => f.type === FieldType.number).map((f) => f.name)
      )
    ),
  ];
  const options: Array<ComboboxOption<string>> = fieldNames.map((name) => ({ label: name, value: name }));
  const update = (index: number, patch: Partial<CompositeComponent>) =>
    onChange(components.map((c, i) => (i === index ? { ...c, ...patch } : c)));

  return (
    <Stack direction="column" gap={1}>
      {components.map((component, index) => (
        <Stack key={index} gap={1} alignItems="center">
          <Combobox
            aria-label={`Composite field ${index + 1}`}
            value={component.field || null}
            options={options}
            createCustomValue
            onChange={(v) => update(index, { field: v.value })}
          />
          <Input
            aria-label={`Composite weight ${index + 1}`}
            type="number"
            width={10}
            defaultValue={component.weight}
            onBlur={(e) => update(index, { weight: Number(e.currentTarget.value) || 0 })}
          />
          <IconButton
            name="trash-alt"
            tooltip="Remove"
            onClick={() => onChange(components.filter((_, i) => i !== index))}
          />
        </Stack>
      ))}
      <Button
        size="sm"
        variant="secondary"
        icon="plus"
        onClick={() => onChange([...components, { field: fieldNames[0] ?? '', weight: 1 }])}
      >
        Add field
      </Button>
    </Stack>
  );
}
