import React from 'react';
import { FieldType, type GrafanaTheme2 } from '@grafana/data';
import type { PanelDataErrorViewProps } from '@grafana/runtime';
import { useStyles2 } from '@grafana/ui';
import { css } from '@emotion/css';

const getStyles = (theme: GrafanaTheme2) => ({
  view: css({
    display: 'flex',
    alignItems: 'center',
    justifyContent: 'center',
    height: '100%',
    width: '100%',
    textAlign: 'center',
    color: theme.colors.text.secondary,
  }),
});

function defaultMessage({ data, needsNumberField, needsStringField, needsTimeField }: PanelDataErrorViewProps) {
  const frames = data.series ?? [];
  const fields = frames.flatMap((frame) => frame.fields);
  if (frames.length === 0 || frames.every((frame) => frame.length === 0)) {
    return 'No data';
  }
  if (needsStringField && !fields.some((f) => f.type === FieldType.string)) {
    return 'Data is missing a string field';
  }
  if (needsNumberField && !fields.some((f) => f.type === FieldType.number)) {
    return 'Data is missing a number field';
  }
  if (needsTimeField && !fields.some((f) => f.type === FieldType.time)) {
    return 'Data is missing a time field';
  }
  return 'Cannot visualize data';
}

/** Stands in for Grafana core's PanelDataErrorView, which @grafana/runtime only declares (core registers it). */
export function SandboxPanelDataErrorView(props: PanelDataErrorViewProps) {
  const styles = useStyles2(getStyles);
  return (
    <div className={styles.view} data-testid="data-testid Panel data error message">
      {props.message || defaultMessage(props)}
    </div>
  );
}
