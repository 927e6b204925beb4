import React, { useCallback, useEffect, useState } from 'react';
import { css } from '@emotion/css';
import {
  EventBusSrv,
  type FieldConfigSource,
  type GrafanaTheme2,
  type PanelPlugin,
  type TimeRange,
} from '@grafana/data';
import { locationService } from '@grafana/runtime';
import { Icon, useStyles2 } from '@grafana/ui';
import { SUMMARY_EVENT } from '../App';
import { PanelHost } from '../PanelHost';
import { replaceWithVariables } from '../templateSrv';
import { contentSize, PANEL_HEADER_HEIGHT, PANEL_PADDING } from './layout';
import { recordPanel, recordSummary, type PanelRunState } from './sandboxState';
import { SimpleTable } from './SimpleTable';
import { TextPanel } from './TextPanel';
import { SEGMENT_MATRIX_TYPE, type PanelJson } from './types';
import { usePanelData } from './usePanelData';
import type { VariableValues } from './variables';

/** A panel of the dashboard JSON, with Segment Matrix options already merged with the plugin's defaults. */
export interface PreparedPanel {
  json: PanelJson;
  options: Record<string, unknown>;
  fieldConfig: FieldConfigSource;
}

interface Props {
  panel: PreparedPanel;
  plugin: PanelPlugin;
  values: VariableValues;
  range: TimeRange & { fromMs: number; toMs: number };
  savedRange: { fromMs: number; toMs: number };
  width: number;
  height: number;
  theme: GrafanaTheme2;
  /** The panel is shown alone (viewPanel): its summary is also the page's `__sandbox.summary`. */
  viewed: boolean;
  style?: React.CSSProperties;
}

const getStyles = (theme: GrafanaTheme2) => ({
  panel: css({
    boxSizing: 'border-box',
    background: theme.colors.background.primary,
    border: `1px solid ${theme.colors.border.weak}`,
    borderRadius: theme.shape.radius.default,
    overflow: 'hidden',
  }),
  header: css({
    height: PANEL_HEADER_HEIGHT,
    display: 'flex',
    alignItems: 'center',
    gap: theme.spacing(1),
    padding: `0 ${PANEL_PADDING}px`,
    fontWeight: theme.typography.fontWeightMedium,
    color: theme.colors.text.primary,
  }),
  title: css({ overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap', flex: 1 }),
  content: css({ padding: `0 ${PANEL_PADDING}px ${PANEL_PADDING}px` }),
  error: css({
    color: theme.colors.error.text,
    whiteSpace: 'pre-wrap',
    fontFamily: theme.typography.fontFamilyMonospace,
    fontSize: theme.typography.bodySmall.fontSize,
    overflow: 'auto',
    height: '100%',
  }),
  errorIcon: css({ color: theme.colors.error.text }),
  running: css({ color: theme.colors.text.secondary }),
  note: css({
    color: theme.colors.text.secondary,
    display: 'flex',
    alignItems: 'center',
    justifyContent: 'center',
    height: '100%',
  }),
});

function onChangeTimeRange(range: { from: number; to: number }) {
  locationService.partial({ from: String(range.from), to: String(range.to) }, true);
}

/** One dashboard panel: title bar, its queries on the sandbox server, and its visualization. */
export function DashboardPanel({
  panel,
  plugin,
  values,
  range,
  savedRange,
  width,
  height,
  theme,
  viewed,
  style,
}: Props) {
  const styles = useStyles2(getStyles);
  const { json } = panel;
  const data = usePanelData(json, values, range, savedRange);
  const [options, setOptions] = useState(panel.options);
  const [fieldConfig, setFieldConfig] = useState(panel.fieldConfig);
  const [eventBus] = useState(() => {
    const bus = new EventBusSrv();
    bus.subscribe({ type: SUMMARY_EVENT } as never, (event: { payload?: unknown }) =>
      recordSummary(json.id, event.payload, viewed)
    );
    return bus;
  });
  const title = replaceWithVariables(json.title ?? '', values);
  const state: PanelRunState = data.loading || !data.received ? 'loading' : data.error ? 'error' : 'done';
  const rows = data.frames.reduce((n, f) => n + f.length, 0);

  useEffect(() => {
    recordPanel({ id: json.id, type: json.type, title, state, error: data.error, rows, runs: data.runs });
  }, [json.id, json.type, title, state, data.error, rows, data.runs]);

  const setPanelOptions = useCallback((next: Record<string, unknown>) => setOptions(next), []);
  const size = contentSize({ width, height });

  let body: React.ReactNode;
  if (json.type === 'row') {
    body = null;
  } else if (!data.received) {
    body = <div className={styles.note}>Loading…</div>;
  } else if (data.error) {
    body = (
      <div className={styles.error} role="alert" data-testid="sandbox panel-error">
        {data.error}
      </div>
    );
  } else if (json.type === SEGMENT_MATRIX_TYPE) {
    body = (
      <PanelHost
        plugin={plugin}
        id={json.id}
        title={title}
        frames={data.frames}
        options={options}
        fieldConfig={fieldConfig}
        theme={theme}
        timeRange={range}
        width={size.width}
        height={size.height}
        eventBus={eventBus}
        onOptionsChange={setPanelOptions}
        onFieldConfigChange={setFieldConfig}
        onChangeTimeRange={onChangeTimeRange}
      />
    );
  } else if (json.type === 'table' || json.type === 'timeseries') {
    body = <SimpleTable frames={data.frames} fieldConfig={json.fieldConfig} panelType={json.type} />;
  } else if (json.type === 'text') {
    const content = typeof json.options?.content === 'string' ? json.options.content : '';
    body = (
      <TextPanel content={replaceWithVariables(content, values)} mode={String(json.options?.mode ?? 'markdown')} />
    );
  } else {
    body = <div className={styles.note}>Panel type “{json.type}” is not drawn by the sandbox.</div>;
  }

  return (
    <section
      className={styles.panel}
      style={{ width, height, ...style }}
      data-testid="sandbox dashboard-panel"
      data-panel-id={json.id}
      data-panel-type={json.type}
      data-panel-state={state}
      aria-label={title}
    >
      <header className={styles.header} title={json.description}>
        <span className={styles.title}>{title}</span>
        {state === 'loading' && data.received && (
          <Icon name="sync" title="Running the queries" className={styles.running} />
        )}
        {state === 'error' && <Icon name="exclamation-triangle" className={styles.errorIcon} />}
      </header>
      {json.type !== 'row' && (
        <div className={styles.content} style={{ width: size.width, height: size.height, boxSizing: 'content-box' }}>
          {body}
        </div>
      )}
    </section>
  );
}
