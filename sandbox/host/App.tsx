import React, { useCallback, useEffect, useMemo, useState } from 'react';
import {
  createTheme,
  dateTime,
  EventBusSrv,
  type DataFrame,
  type FieldConfigSource,
  type PanelPlugin,
  type TimeRange,
} from '@grafana/data';
import { locationService } from '@grafana/runtime';
import { Button, RadioButtonGroup } from '@grafana/ui';
import { OptionsPane } from './OptionsPane';
import { PanelHost } from './PanelHost';
import { fieldConfigWithDefaults, optionsWithDefaults } from './panelOptions';
import { readVariables, setCurrentVariables } from './templateSrv';

// The plugin's public event name (the host never imports the plugin's src/).
export const SUMMARY_EVENT = 'seglens-segmentmatrix-summary';

export interface AppProps {
  plugin: PanelPlugin;
  frames: DataFrame[];
  savedOptions: Record<string, unknown>;
  savedFieldConfig?: FieldConfigSource;
  title: string;
  kiosk: boolean;
  initialTheme: 'light' | 'dark';
  width: number;
  height: number;
  timeRange: { from: number; to: number };
  onSummary: (summary: unknown) => void;
}

function toTimeRange(range: { from: number; to: number }): TimeRange {
  const from = dateTime(range.from);
  const to = dateTime(range.to);
  return { from, to, raw: { from, to } };
}

function downloadJson(name: string, value: unknown) {
  const blob = new Blob([JSON.stringify(value, null, 2)], { type: 'application/json' });
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.click();
  URL.revokeObjectURL(url);
}

export function App(props: AppProps) {
  const { plugin, frames } = props;
  const [mode, setMode] = useState<'light' | 'dark'>(props.initialTheme);
  const [options, setOptions] = useState(() => optionsWithDefaults(plugin, props.savedOptions));
  const [fieldConfig, setFieldConfig] = useState(() => fieldConfigWithDefaults(plugin, props.savedFieldConfig));
  const [timeRange, setTimeRange] = useState(() => toTimeRange(props.timeRange));
  const [variables, setVariables] = useState(() => readVariables());
  const [summary, setSummary] = useState<unknown>(null);
  const theme = useMemo(() => createTheme({ colors: { mode } }), [mode]);
  // Subscribed before the panel mounts: a child's effects run before its parent's.
  const [eventBus] = useState(() => {
    const bus = new EventBusSrv();
    bus.subscribe({ type: SUMMARY_EVENT } as never, (event: { payload?: unknown }) => {
      setSummary(event.payload);
      props.onSummary(event.payload);
    });
    return bus;
  });

  setCurrentVariables(variables);

  useEffect(() => {
    const history = locationService.getHistory();
    return history.listen(() => setVariables(readVariables()));
  }, []);

  useEffect(() => {
    document.body.className = `theme-${mode}`;
    document.body.style.background = theme.colors.background.canvas;
    document.body.style.color = theme.colors.text.primary;
  }, [mode, theme]);

  const onChangeTimeRange = useCallback((range: { from: number; to: number }) => setTimeRange(toTimeRange(range)), []);

  const panel = (
    <div
      className="panel-container"
      data-testid="sandbox panel"
      style={{
        width: props.width,
        height: props.height,
        background: theme.colors.background.primary,
        border: props.kiosk ? 'none' : `1px solid ${theme.colors.border.weak}`,
      }}
    >
      <div className="panel-title" style={{ color: theme.colors.text.primary }}>
        {props.title}
      </div>
      <div className="panel-content" style={{ width: props.width - 16, height: props.height - 40 }}>
        <PanelHost
          plugin={plugin}
          id={1}
          title={props.title}
          frames={frames}
          options={options}
          fieldConfig={fieldConfig}
          theme={theme}
          timeRange={timeRange}
          width={props.width - 16}
          height={props.height - 40}
          eventBus={eventBus}
          onOptionsChange={setOptions}
          onFieldConfigChange={setFieldConfig}
          onChangeTimeRange={onChangeTimeRange}
        />
      </div>
    </div>
  );

  if (props.kiosk) {
    return panel;
  }

  return (
    <div className="sandbox">
      <header className="toolbar" style={{ borderBottom: `1px solid ${theme.colors.border.weak}` }}>
        <strong>Segment Matrix sandbox</strong>
        <RadioButtonGroup
          aria-label="Theme"
          value={mode}
          options={[
            { label: 'Light', value: 'light' },
            { label: 'Dark', value: 'dark' },
          ]}
          onChange={(value) => setMode(value as 'light' | 'dark')}
        />
        <Button
          size="sm"
          variant="secondary"
          icon="download-alt"
          disabled={!summary}
          data-testid="sandbox download-summary"
          onClick={() => downloadJson('segment-matrix-summary.json', summary)}
        >
          Download summary
        </Button>
        <span className="variables" data-testid="sandbox variables">
          {Object.entries(variables)
            .map(([k, v]) => `${k}=${v}`)
            .join(' ')}
        </span>
      </header>
      <main className="workspace">
        {panel}
        <aside className="options" style={{ borderLeft: `1px solid ${theme.colors.border.weak}` }}>
          <OptionsPane plugin={plugin} options={options} data={frames} onChange={setOptions} />
        </aside>
      </main>
    </div>
  );
}
