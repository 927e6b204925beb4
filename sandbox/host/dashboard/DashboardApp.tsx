import React, { useEffect, useMemo, useRef, useState } from 'react';
import { css } from '@emotion/css';
import { createTheme, ThemeContext, type GrafanaTheme2, type PanelPlugin } from '@grafana/data';
import { locationService } from '@grafana/runtime';
import { RadioButtonGroup, useStyles2 } from '@grafana/ui';
import { readVariables, setCurrentVariables } from '../templateSrv';
import { DashboardPanel, type PreparedPanel } from './DashboardPanel';
import { gridHeight, gridRect, visiblePanels } from './layout';
import type { DashboardListItem } from './queryApi';
import { sandboxState } from './sandboxState';
import { TimeRangeControl } from './TimeRangeControl';
import { resolveRawRange, toTimeRange, type RawRange } from './timeRange';
import type { DashboardJson, DashboardLink } from './types';
import { VariableControls } from './VariableControls';
import { currentValues, type VariableModel, type VariableValue } from './variables';

export interface DashboardAppProps {
  plugin: PanelPlugin;
  dashboard: DashboardJson;
  panels: PreparedPanel[];
  variables: VariableModel[];
  dashboards: DashboardListItem[];
  initialTheme: 'light' | 'dark';
  /** Show this panel alone (Grafana's `viewPanel`), sized `viewSize`. */
  viewPanel?: number;
  viewSize: { width: number; height: number };
  kiosk: boolean;
}

const getStyles = (theme: GrafanaTheme2) => ({
  page: css({ minHeight: '100vh', background: theme.colors.background.canvas, color: theme.colors.text.primary }),
  toolbar: css({
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    gap: theme.spacing(2),
    padding: theme.spacing(1, 2),
    borderBottom: `1px solid ${theme.colors.border.weak}`,
  }),
  title: css({ fontSize: theme.typography.h4.fontSize, fontWeight: theme.typography.fontWeightMedium, margin: 0 }),
  links: css({ display: 'flex', gap: theme.spacing(1), a: { color: theme.colors.text.link } }),
  grid: css({ position: 'relative', margin: theme.spacing(2) }),
  select: css({
    height: theme.spacing(4),
    background: theme.components.input.background,
    color: theme.components.input.text,
    border: `1px solid ${theme.components.input.borderColor}`,
    borderRadius: theme.shape.radius.default,
  }),
});

function useSearch() {
  const [search, setSearch] = useState(() => locationService.getSearchObject());
  useEffect(() => locationService.getHistory().listen(() => setSearch(locationService.getSearchObject())), []);
  return search;
}

function useWidth(ref: React.RefObject<HTMLDivElement | null>) {
  const [width, setWidth] = useState(() => Math.max(600, window.innerWidth - 32));
  useEffect(() => {
    const element = ref.current;
    if (!element) {
      return;
    }
    const observer = new ResizeObserver((entries) => setWidth(Math.round(entries[0].contentRect.width)));
    observer.observe(element);
    return () => observer.disconnect();
  }, [ref]);
  return width;
}

const setVariable = (name: string, value: VariableValue) => locationService.partial({ [`var-${name}`]: value }, true);
const setRange = (range: RawRange) => locationService.partial({ from: range.from, to: range.to }, true);

/** A dashboard link (`/d/<uid>`) as a sandbox URL, keeping variables and time range as Grafana's includeVars/keepTime do. */
function linkHref(link: DashboardLink, search: Record<string, unknown>): string | undefined {
  const uid = /^\/d\/([^/?#]+)/.exec(link.url ?? '')?.[1];
  if (!uid) {
    return link.url;
  }
  const params = new URLSearchParams({ dashboard: uid });
  for (const [key, value] of Object.entries(search)) {
    const keep = (link.includeVars && key.startsWith('var-')) || (link.keepTime && (key === 'from' || key === 'to'));
    if (keep) {
      (Array.isArray(value) ? value : [value]).forEach((v) => params.append(key, String(v)));
    }
  }
  return `/?${params}`;
}

/** A provisioned dashboard in the sandbox: toolbar (variables, time range, theme) and panels laid out from gridPos. */
export function DashboardApp(props: DashboardAppProps) {
  const [mode, setMode] = useState(props.initialTheme);
  const theme = useMemo(() => createTheme({ colors: { mode } }), [mode]);
  return (
    <ThemeContext.Provider value={theme}>
      <DashboardPage {...props} theme={theme} onThemeChange={setMode} />
    </ThemeContext.Provider>
  );
}

function DashboardPage(
  props: DashboardAppProps & { theme: GrafanaTheme2; onThemeChange: (mode: 'light' | 'dark') => void }
) {
  const { dashboard, variables, plugin, theme } = props;
  const mode = theme.colors.mode;
  const search = useSearch();
  const gridRef = useRef<HTMLDivElement>(null);
  const width = useWidth(gridRef);

  const values = useMemo(() => currentValues(variables, readVariables(search)), [variables, search]);
  // The panels' replaceVariables reads these through templateSrv while they render.
  setCurrentVariables(values);

  const rawRange = resolveRawRange(search, dashboard.time);
  const range = useMemo(() => toTimeRange({ from: rawRange.from, to: rawRange.to }), [rawRange.from, rawRange.to]);
  const savedRange = useMemo(() => toTimeRange(resolveRawRange({}, dashboard.time)), [dashboard.time]);

  useEffect(() => {
    sandboxState().variables = values;
  }, [values]);

  useEffect(() => {
    document.body.className = `theme-${mode}`;
    document.body.style.background = theme.colors.background.canvas;
    document.body.style.color = theme.colors.text.primary;
  }, [mode, theme]);

  const styles = useStyles2(getStyles);
  const panelProps = { plugin, values, range, savedRange, theme };
  const viewed = props.viewPanel === undefined ? undefined : props.panels.find((p) => p.json.id === props.viewPanel);

  const content = viewed ? (
    <DashboardPanel panel={viewed} {...panelProps} width={props.viewSize.width} height={props.viewSize.height} viewed />
  ) : (
    <div
      ref={gridRef}
      className={styles.grid}
      style={{ height: gridHeight(props.panels.map((p) => p.json)) }}
      data-testid="sandbox dashboard-grid"
    >
      {visiblePanels(props.panels.map((p) => p.json)).map((json) => {
        const panel = props.panels.find((p) => p.json === json)!;
        const rect = gridRect(json.gridPos, width);
        return (
          <DashboardPanel
            key={json.id}
            panel={panel}
            {...panelProps}
            width={rect.width}
            height={rect.height}
            viewed={false}
            style={{ position: 'absolute', left: rect.left, top: rect.top }}
          />
        );
      })}
    </div>
  );

  return (
    <div className={styles.page} data-testid="sandbox dashboard" data-dashboard-uid={dashboard.uid}>
      {!props.kiosk && (
        <header className={styles.toolbar}>
          <h1 className={styles.title}>{dashboard.title}</h1>
          {props.dashboards.length > 1 && (
            <select
              className={styles.select}
              aria-label="Dashboard"
              value={dashboard.uid}
              onChange={(e) => window.location.assign(`/?dashboard=${encodeURIComponent(e.currentTarget.value)}`)}
            >
              {props.dashboards.map((d) => (
                <option key={d.uid} value={d.uid}>
                  {d.title}
                </option>
              ))}
            </select>
          )}
          <VariableControls models={variables} values={values} onChange={setVariable} />
          <TimeRangeControl key={`${rawRange.from}|${rawRange.to}`} raw={rawRange} onApply={setRange} />
          <RadioButtonGroup
            aria-label="Theme"
            size="sm"
            value={mode}
            options={[
              { label: 'Light', value: 'light' },
              { label: 'Dark', value: 'dark' },
            ]}
            onChange={(value) => props.onThemeChange(value as 'light' | 'dark')}
          />
          <nav className={styles.links}>
            {(dashboard.links ?? []).map((link) => (
              <a key={link.title} href={linkHref(link, search)} title={link.tooltip}>
                {link.title}
              </a>
            ))}
          </nav>
        </header>
      )}
      {content}
    </div>
  );
}
