import { locationService } from '@grafana/runtime';

export type PanelRunState = 'loading' | 'done' | 'error';

/** What tests and the render CLI read about one dashboard panel. */
export interface PanelRecord {
  id: number;
  type: string;
  title: string;
  state: PanelRunState;
  error: string | null;
  /** Rows over all frames of the last result. */
  rows: number;
  /** How many query results the panel has received (re-runs count up). */
  runs: number;
}

/** The dashboard part of `window.__sandbox`. */
export interface DashboardSandboxState {
  mode?: 'panel' | 'dashboard';
  status: 'loading' | 'ready' | 'error';
  error?: string;
  summary?: unknown;
  dashboard?: { uid: string; title: string; panels: Record<number, PanelRecord> };
  /** The last render summary of each Segment Matrix panel, by panel id. */
  summaries?: Record<number, unknown>;
  /** The dashboard's variable values. */
  variables?: Record<string, string | string[]>;
  setVariable?: (name: string, value: string | string[]) => void;
  setTimeRange?: (from: string, to: string) => void;
}

export function sandboxState(): DashboardSandboxState {
  return (window as unknown as { __sandbox: DashboardSandboxState }).__sandbox;
}

/** Sets up the dashboard part of the state and the helpers tests may call. */
export function initDashboardState(uid: string, title: string) {
  const state = sandboxState();
  state.mode = 'dashboard';
  state.dashboard = { uid, title, panels: {} };
  state.summaries = {};
  state.setVariable = (name, value) => locationService.partial({ [`var-${name}`]: value }, true);
  state.setTimeRange = (from, to) => locationService.partial({ from, to }, true);
}

export function recordPanel(record: PanelRecord) {
  const dashboard = sandboxState().dashboard;
  if (dashboard) {
    dashboard.panels[record.id] = record;
  }
}

export function recordSummary(panelId: number, summary: unknown, viewed: boolean) {
  const state = sandboxState();
  state.summaries = { ...(state.summaries ?? {}), [panelId]: summary };
  if (viewed) {
    state.summary = summary;
  }
}
