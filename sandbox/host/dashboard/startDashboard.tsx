import React from 'react';
import type { Root } from 'react-dom/client';
import type { PanelPlugin } from '@grafana/data';
import { locationService } from '@grafana/runtime';
import { fieldConfigWithDefaults, migrateSavedPanel, optionsWithDefaults } from '../panelOptions';
import { readVariables, setCurrentVariables } from '../templateSrv';
import { DashboardApp } from './DashboardApp';
import type { PreparedPanel } from './DashboardPanel';
import { fetchDashboard, fetchDashboardList, runQueryRequest } from './queryApi';
import { initDashboardState } from './sandboxState';
import { resolveRawRange, toTimeRange } from './timeRange';
import { SEGMENT_MATRIX_TYPE, type DashboardJson, type PanelJson } from './types';
import { currentValues, resolveVariables, urlUpdates, type VariableQueryRunner } from './variables';

export const DEFAULT_DASHBOARD = 'segment-qbr';

/** Segment Matrix panels get the plugin's migration and defaults, as Grafana applies them when a dashboard loads. */
async function preparePanel(plugin: PanelPlugin, version: string, json: PanelJson): Promise<PreparedPanel> {
  if (json.type !== SEGMENT_MATRIX_TYPE) {
    return { json, options: json.options ?? {}, fieldConfig: json.fieldConfig ?? { defaults: {}, overrides: [] } };
  }
  const saved = await migrateSavedPanel(
    plugin,
    { options: json.options, fieldConfig: json.fieldConfig, pluginVersion: json.pluginVersion },
    version
  );
  return {
    json,
    options: optionsWithDefaults(plugin, saved.options ?? {}),
    fieldConfig: fieldConfigWithDefaults(plugin, saved.fieldConfig),
  };
}

/** Grafana's rows: an expanded row's panels follow it at top level; a collapsed row keeps them inside. */
function flattenPanels(panels: PanelJson[]): PanelJson[] {
  return panels.flatMap((p) =>
    p.type === 'row' && p.collapsed ? [p] : [p, ...(p.type === 'row' ? (p.panels ?? []) : [])]
  );
}

function variableRunner(range: { fromMs: number; toMs: number }): VariableQueryRunner {
  return async (variable, rawSql, values) => {
    const body = JSON.stringify({
      from: String(range.fromMs),
      to: String(range.toMs),
      queries: [{ refId: variable.name, rawSql, format: 'table', datasource: variable.datasource }],
      variables: values,
    });
    const outcome = await runQueryRequest(body);
    if (outcome.error) {
      throw new Error(outcome.error.replace(/^[^:]+: /, ''));
    }
    return outcome.frames[0]?.fields ?? [];
  };
}

export interface DashboardStartOptions {
  ref: string;
  plugin: PanelPlugin;
  version: string;
  root: Root;
  theme: 'light' | 'dark';
  viewPanel?: number;
  viewSize: { width: number; height: number };
  kiosk: boolean;
}

/**
 * Dashboard mode: loads the dashboard, resolves its variables (query variables run their SQL), writes the
 * resolved values to the URL as Grafana does (`var-<name>`), then renders the panels.
 */
export async function startDashboard(options: DashboardStartOptions): Promise<DashboardJson> {
  const dashboard = await fetchDashboard(options.ref);
  initDashboardState(dashboard.uid, dashboard.title);
  const [panels, dashboards] = await Promise.all([
    Promise.all(flattenPanels(dashboard.panels).map((p) => preparePanel(options.plugin, options.version, p))),
    fetchDashboardList().catch(() => []),
  ]);
  if (options.viewPanel !== undefined && !panels.some((p) => p.json.id === options.viewPanel)) {
    throw new Error(
      `dashboard "${dashboard.uid}" has no panel with id ${options.viewPanel} (ids: ${panels.map((p) => p.json.id).join(', ')})`
    );
  }
  const fromUrl = readVariables();
  const range = toTimeRange(resolveRawRange(locationService.getSearchObject(), dashboard.time));
  const variables = await resolveVariables(dashboard, fromUrl, variableRunner(range));
  const values = currentValues(variables, fromUrl);
  setCurrentVariables(values);
  const updates = urlUpdates(values, fromUrl);
  if (Object.keys(updates).length > 0) {
    locationService.partial(updates, true);
  }
  options.root.render(
    <DashboardApp
      plugin={options.plugin}
      dashboard={dashboard}
      panels={panels}
      variables={variables}
      dashboards={dashboards}
      initialTheme={options.theme}
      viewPanel={options.viewPanel}
      viewSize={options.viewSize}
      kiosk={options.kiosk}
    />
  );
  return dashboard;
}
