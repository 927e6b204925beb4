import { GRAFANA_VERSION } from './boot';
import React from 'react';
import { createRoot } from 'react-dom/client';
import { EventBusSrv, type DataFrame } from '@grafana/data';
import { setAppEvents } from '@grafana/runtime';
import { setPanelDataErrorView } from 'grafana-runtime-internal/PanelDataErrorView';
import { App } from './App';
import { DEFAULT_DASHBOARD, startDashboard } from './dashboard/startDashboard';
import { initStandardEditors } from './editors';
import { parseFrames } from './frames';
import { loadPanelPlugin } from './loadPlugin';
import { createMountApi, type MountApi } from './mountApi';
import { recordLocationCalls } from './locationLog';
import { SandboxPanelDataErrorView } from './PanelDataErrorView';
import { migrateSavedPanel, type SavedPanel } from './panelOptions';
import { installTemplateSrv } from './templateSrv';

const PLUGIN_ID = 'seglens-segmentmatrix-panel';
const DEFAULT_FRAMES = '/samples/demo.json';

interface SandboxState extends Partial<MountApi> {
  mode?: 'panel' | 'dashboard';
  status: 'loading' | 'ready' | 'error';
  error?: string;
  summary?: unknown;
  locationCalls: unknown[];
  pluginVersion?: string;
  /** What this host provides to the plugin (the version matrix). */
  host: { grafana: string; react: string };
}

const state: SandboxState = { status: 'loading', locationCalls: [], host: { grafana: GRAFANA_VERSION, react: React.version } };
(window as unknown as { __sandbox: SandboxState }).__sandbox = state;

async function fetchJson(url: string, what: string): Promise<unknown> {
  const response = await fetch(url);
  if (!response.ok) {
    throw new Error(`cannot load ${what} from ${url}: HTTP ${response.status}`);
  }
  try {
    return await response.json();
  } catch (e) {
    throw new Error(`${what} at ${url} is not valid JSON: ${(e as Error).message}`);
  }
}

function numberParam(params: URLSearchParams, name: string, fallback: number) {
  const value = Number(params.get(name));
  return Number.isFinite(value) && value > 0 ? value : fallback;
}

function timeParam(params: URLSearchParams, name: string, fallback: number) {
  const raw = params.get(name);
  if (!raw) {
    return fallback;
  }
  const asNumber = Number(raw);
  return Number.isFinite(asNumber) ? asNumber : Date.parse(raw);
}

function showFatal(message: string) {
  state.status = 'error';
  state.error = message;
  const root = document.getElementById('root')!;
  root.textContent = '';
  const box = document.createElement('pre');
  box.className = 'fatal';
  box.setAttribute('data-testid', 'sandbox fatal');
  box.textContent = message;
  root.appendChild(box);
}

async function start() {
  const params = new URLSearchParams(window.location.search);
  initStandardEditors();
  installTemplateSrv();
  setAppEvents(new EventBusSrv() as never);
  setPanelDataErrorView(SandboxPanelDataErrorView);
  state.locationCalls = recordLocationCalls();

  const plugin = await loadPanelPlugin(PLUGIN_ID);
  const version = plugin.meta?.info?.version ?? 'unknown';
  state.pluginVersion = version;
  Object.assign(state, createMountApi(plugin));

  // Dashboard mode: ?dashboard=<uid | file | /url>, or no frames/options at all (what `npm start` opens).
  const dashboardRef =
    params.get('dashboard') ?? (params.has('frames') || params.has('options') ? null : DEFAULT_DASHBOARD);
  if (dashboardRef) {
    const kiosk = params.has('kiosk');
    const viewPanel = params.get('viewPanel');
    await startDashboard({
      ref: dashboardRef,
      plugin,
      version,
      root: createRoot(document.getElementById('root')!),
      theme: params.get('theme') === 'light' ? 'light' : 'dark',
      viewPanel: viewPanel ? Number(viewPanel.replace(/^panel-/, '')) : undefined,
      viewSize: {
        width: numberParam(params, 'width', window.innerWidth),
        height: numberParam(params, 'height', window.innerHeight),
      },
      kiosk,
    });
    state.status = 'ready';
    return;
  }
  state.mode = 'panel';

  const frames: DataFrame[] = parseFrames(await fetchJson(params.get('frames') ?? DEFAULT_FRAMES, 'frames'));
  const optionsUrl = params.get('options');
  let saved: SavedPanel = {};
  if (optionsUrl) {
    const json = (await fetchJson(optionsUrl, 'options')) as SavedPanel & Record<string, unknown>;
    saved = 'options' in json || 'fieldConfig' in json ? json : { options: json };
  }
  saved = await migrateSavedPanel(plugin, saved, version);

  const now = Date.now();
  const kiosk = params.has('kiosk');
  createRoot(document.getElementById('root')!).render(
    <App
      plugin={plugin}
      frames={frames}
      savedOptions={saved.options ?? {}}
      savedFieldConfig={saved.fieldConfig}
      title={params.get('title') ?? saved.title ?? 'Segment Matrix'}
      kiosk={kiosk}
      initialTheme={params.get('theme') === 'light' ? 'light' : 'dark'}
      width={numberParam(params, 'width', kiosk ? window.innerWidth : 1000)}
      height={numberParam(params, 'height', kiosk ? window.innerHeight : 640)}
      timeRange={{ from: timeParam(params, 'from', now - 2 * 365 * 86400000), to: timeParam(params, 'to', now) }}
      onSummary={(summary) => (state.summary = summary)}
    />
  );
  state.status = 'ready';
}

// SystemJS is loaded by the page after this bundle (so its global `define` cannot confuse the bundle);
// DOMContentLoaded fires after all those scripts have run.
document.addEventListener('DOMContentLoaded', () => {
  start().catch((e: unknown) => showFatal(e instanceof Error ? e.message : String(e)));
});
