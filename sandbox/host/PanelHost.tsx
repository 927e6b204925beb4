import React, { useMemo } from 'react';
import {
  applyFieldOverrides,
  EventBusSrv,
  LoadingState,
  ThemeContext,
  type DataFrame,
  type FieldConfigSource,
  type GrafanaTheme2,
  type InterpolateFunction,
  type PanelPlugin,
  type TimeRange,
} from '@grafana/data';
import { getTemplateSrv } from '@grafana/runtime';
import { ErrorBoundaryAlert } from '@grafana/ui';

export interface PanelHostProps {
  plugin: PanelPlugin;
  id: number;
  title: string;
  frames: DataFrame[];
  /** The frames with the field config applied (withFieldConfig), when the caller has them. */
  series?: DataFrame[];
  options: Record<string, unknown>;
  fieldConfig: FieldConfigSource;
  theme: GrafanaTheme2;
  timeRange: TimeRange;
  width: number;
  height: number;
  eventBus: EventBusSrv;
  onOptionsChange: (options: Record<string, unknown>) => void;
  onFieldConfigChange: (config: FieldConfigSource) => void;
  onChangeTimeRange: (range: { from: number; to: number }) => void;
}

const replaceVariables: InterpolateFunction = (value, scopedVars, format) =>
  getTemplateSrv().replace(value, scopedVars, format);

/**
 * The frames as Grafana hands them to a panel: its query runner applies the field config (defaults,
 * overrides, display processors) before the panel renders.
 */
export function withFieldConfig(
  frames: DataFrame[],
  fieldConfig: FieldConfigSource,
  plugin: PanelPlugin,
  theme: GrafanaTheme2
): DataFrame[] {
  return applyFieldOverrides({
    data: frames,
    fieldConfig,
    fieldConfigRegistry: plugin.fieldConfigRegistry,
    replaceVariables,
    theme,
    timeZone: 'utc',
  });
}

/**
 * Renders plugin.panel with PanelProps filled as Grafana fills them. `series`, when given, are the frames
 * already through withFieldConfig (as the query runner delivers them); otherwise they are put through it here.
 */
export function PanelHost(props: PanelHostProps) {
  const { plugin, frames, fieldConfig, theme, timeRange, options } = props;
  const given = props.series;
  const series = useMemo(
    () => given ?? withFieldConfig(frames, fieldConfig, plugin, theme),
    [given, frames, fieldConfig, plugin, theme]
  );
  const data = useMemo(() => ({ series, state: LoadingState.Done, timeRange }), [series, timeRange]);
  const Panel = plugin.panel!;

  return (
    <ThemeContext.Provider value={theme}>
      <ErrorBoundaryAlert>
        <Panel
          id={props.id}
          data={data}
          timeRange={timeRange}
          timeZone="utc"
          options={options}
          fieldConfig={fieldConfig}
          transparent={false}
          width={props.width}
          height={props.height}
          renderCounter={0 /* Grafana bumps it on dashboard refresh; the sandbox has none */}
          title={props.title}
          eventBus={props.eventBus}
          onOptionsChange={props.onOptionsChange}
          onFieldConfigChange={props.onFieldConfigChange}
          replaceVariables={replaceVariables}
          onChangeTimeRange={props.onChangeTimeRange}
        />
      </ErrorBoundaryAlert>
    </ThemeContext.Provider>
  );
}
