import React, { useState } from 'react';
import { css } from '@emotion/css';
import type { GrafanaTheme2 } from '@grafana/data';
import { Input, useStyles2 } from '@grafana/ui';
import type { VariableModel, VariableValue, VariableValues } from './variables';

const getStyles = (theme: GrafanaTheme2) => ({
  group: css({ display: 'flex', alignItems: 'center', gap: theme.spacing(0.5) }),
  label: css({ color: theme.colors.text.secondary, fontSize: theme.typography.bodySmall.fontSize }),
  select: css({
    height: theme.spacing(4),
    background: theme.components.input.background,
    color: theme.components.input.text,
    border: `1px solid ${theme.components.input.borderColor}`,
    borderRadius: theme.shape.radius.default,
    padding: theme.spacing(0, 1),
  }),
  error: css({ color: theme.colors.error.text, fontSize: theme.typography.bodySmall.fontSize }),
});

interface Props {
  models: VariableModel[];
  values: VariableValues;
  onChange: (name: string, value: VariableValue) => void;
}

function TextboxVariable({
  model,
  value,
  onChange,
}: {
  model: VariableModel;
  value: string;
  onChange: Props['onChange'];
}) {
  // Local text while typing; committed on Enter or blur. Re-mounted (key) when the value changes elsewhere.
  const [text, setText] = useState(value);
  const commit = () => text !== value && onChange(model.name, text);
  return (
    <Input
      width={20}
      value={text}
      aria-label={model.label}
      data-testid={`sandbox variable ${model.name}`}
      onChange={(e) => setText(e.currentTarget.value)}
      onBlur={commit}
      onKeyDown={(e) => e.key === 'Enter' && commit()}
    />
  );
}

/** The dashboard's variables as Grafana's toolbar shows them: dropdowns for option lists, a text box for textbox variables. */
export function VariableControls({ models, values, onChange }: Props) {
  const styles = useStyles2(getStyles);
  return (
    <>
      {models
        .filter((m) => m.hide !== 2)
        .map((model) => {
          const value = values[model.name];
          const single = Array.isArray(value) ? (value[0] ?? '') : (value ?? '');
          return (
            <label key={model.name} className={styles.group} title={model.description}>
              {model.hide !== 1 && <span className={styles.label}>{model.label}</span>}
              {model.type === 'textbox' || model.type === 'constant' ? (
                <TextboxVariable key={single} model={model} value={single} onChange={onChange} />
              ) : (
                <select
                  className={styles.select}
                  value={single}
                  aria-label={model.label}
                  data-testid={`sandbox variable ${model.name}`}
                  onChange={(e) => onChange(model.name, e.currentTarget.value)}
                >
                  {model.options.map((option) => (
                    <option key={option.value} value={option.value}>
                      {option.text}
                    </option>
                  ))}
                </select>
              )}
              {model.error && <span className={styles.error}>{model.error}</span>}
            </label>
          );
        })}
    </>
  );
}
