import React from 'react';
import { flushSync } from 'react-dom';
import { createRoot, type Root } from 'react-dom/client';
import {
  colorManipulator,
  createTheme,
  dateTime,
  EventBusSrv,
  type GrafanaTheme2,
  type PanelPlugin,
} from '@grafana/data';
import { parseFrames } from './frames';
import { PanelHost, withFieldConfig } from './PanelHost';
import { fieldConfigWithDefaults, optionsWithDefaults } from './panelOptions';
import { untilPainted, type Timing } from './untilPainted';

/**
 * A programmatic way to mount fresh panels, for the benchmark and the leak tests: each call renders the
 * built plugin's panel with PanelProps as Grafana fills them and resolves once it has drawn (its
 * `data-render-state="done"` marker) and the browser has painted the next frame. The clock starts with the
 * data as Grafana hands it to a panel: the frames parsed and through the field config (Grafana's query
 * runner does both before a panel renders; `prepareMs` says how long they took here).
 */
export interface MountRequest {
  frames: unknown;
  options?: Record<string, unknown>;
  width: number;
  height: number;
  theme?: 'light' | 'dark';
  /**
   * A theme no earlier mount had: Grafana's gray (the size legend's circles, the middle of the diverging
   * colour scale) gets an alpha of 1 − variant / 100,000, a difference no pixel shows, and no Grafana UI
   * style uses that colour. The panel's chart structure is then new to the page and Vega parses it, as for
   * the first panel of its kind on a dashboard (the bench's `segment-matrix-new`).
   */
  themeVariant?: number;
}

export interface MountApi {
  mountPanel(request: MountRequest): Promise<PreparedTiming>;
  updatePanel(frames: unknown): Promise<PreparedTiming>;
  resizePanel(width: number, height: number): Promise<Timing>;
  unmountPanel(): void;
}

/** A render's timing, and how long the host took to turn the request's frames into the panel's data before it. */
export interface PreparedTiming extends Timing {
  prepareMs: number;
}

const RENDER_TIMEOUT_MS = 60000;

/**
 * Resolves after the next frame and a task after it: by then the work a panel defers past its first
 * pixels (afterNextFrame: the focus layer's boxes, the export menu, the render summary) and the renders it
 * triggers have run. A render's timing is taken at the first frame painted (untilPainted); its promise
 * resolves after this, so that callers (the browser tests) see the panel settled.
 */
const settled = () => new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));

/** The timing of the first frame painted after `started`, returned once the panel has settled. */
async function paintedThenSettled(started: number): Promise<Timing> {
  const timing = await untilPainted(started);
  await settled();
  return timing;
}

/**
 * Resolves as soon as `check` holds: checked now and on every change of the panel's render state or of
 * the chart's drawn size (a MutationObserver answers in the same task, where a polling timer would add
 * its own delay to every measurement).
 */
function waitFor(target: HTMLElement, check: () => boolean, what: string): Promise<void> {
  return new Promise((resolve, reject) => {
    if (check()) {
      resolve();
      return;
    }
    const observer = new MutationObserver(() => {
      if (check()) {
        finish();
        resolve();
      }
    });
    const timer = setTimeout(() => {
      finish();
      reject(new Error(`timed out waiting for ${what}`));
    }, RENDER_TIMEOUT_MS);
    const finish = () => {
      observer.disconnect();
      clearTimeout(timer);
    };
    observer.observe(target, {
      subtree: true,
      childList: true,
      attributes: true,
      attributeFilter: ['data-render-state', 'data-drawn-size'],
    });
  });
}

export function createMountApi(plugin: PanelPlugin): MountApi {
  let root: Root | null = null;
  let container: HTMLElement | null = null;
  // Grafana keeps a panel's options and field config objects while only its size or data change (the panel
  // memoises on them): each mount resolves them once.
  type Mounted = MountRequest & {
    parsed: ReturnType<typeof parseFrames>;
    series: ReturnType<typeof withFieldConfig>;
    resolvedOptions: ReturnType<typeof optionsWithDefaults>;
    fieldConfig: ReturnType<typeof fieldConfigWithDefaults>;
    resolvedTheme: GrafanaTheme2;
  };
  let current: Mounted | null = null;
  const eventBus = new EventBusSrv();
  const to = dateTime();
  const from = dateTime(to.valueOf() - 2 * 365 * 86400000);
  const timeRange = { from, to, raw: { from, to } };
  const themes = { light: createTheme({ colors: { mode: 'light' } }), dark: createTheme({ colors: { mode: 'dark' } }) };
  const themeFor = (request: MountRequest): GrafanaTheme2 => {
    const theme = themes[request.theme ?? 'dark'];
    if (request.themeVariant === undefined) {
      return theme;
    }
    const viz = theme.visualization;
    const gray = viz.getColorByName('gray');
    const [r, g, b] = colorManipulator.decomposeColor(gray).values;
    const variant = `rgba(${r}, ${g}, ${b}, ${1 - request.themeVariant / 100000})`;
    const getColorByName = (name: string) => (name === 'gray' ? variant : viz.getColorByName(name));
    return { ...theme, visualization: { ...viz, getColorByName } };
  };

  const panelState = () => container?.querySelector('[data-render-state]')?.getAttribute('data-render-state');
  // The chart container notes the size it last drew at (its canvas may be larger than the chart).
  const drawnSize = () => {
    const chart = container?.querySelector('[data-drawn-size]');
    return chart?.getAttribute('data-drawn-size') ?? '';
  };

  function render(request: Mounted) {
    flushSync(() =>
      root!.render(
        <PanelHost
          plugin={plugin}
          id={1}
          title="Segment Matrix"
          frames={request.parsed}
          series={request.series}
          options={request.resolvedOptions}
          fieldConfig={request.fieldConfig}
          theme={request.resolvedTheme}
          timeRange={timeRange}
          width={request.width}
          height={request.height}
          eventBus={eventBus}
          onOptionsChange={() => {}}
          onFieldConfigChange={() => {}}
          onChangeTimeRange={() => {}}
        />
      )
    );
  }

  function unmountPanel() {
    root?.unmount();
    container?.remove();
    root = null;
    container = null;
    current = null;
  }

  return {
    async mountPanel(request) {
      unmountPanel();
      const prepared = performance.now();
      const resolvedTheme = themeFor(request);
      const parsed = parseFrames(request.frames);
      const fieldConfig = fieldConfigWithDefaults(plugin);
      const mounted: Mounted = {
        ...request,
        parsed,
        series: withFieldConfig(parsed, fieldConfig, plugin, resolvedTheme),
        resolvedOptions: optionsWithDefaults(plugin, request.options ?? {}),
        fieldConfig,
        resolvedTheme,
      };
      const started = performance.now();
      container = document.createElement('div');
      container.setAttribute('data-testid', 'sandbox mounted panel');
      container.style.width = `${request.width}px`;
      container.style.height = `${request.height}px`;
      document.body.appendChild(container);
      root = createRoot(container);
      current = mounted;
      render(current);
      await waitFor(container, () => panelState() === 'done', 'the panel to render');
      return { ...(await paintedThenSettled(started)), prepareMs: started - prepared };
    },
    async updatePanel(frames) {
      if (!current) {
        throw new Error('no panel is mounted');
      }
      const prepared = performance.now();
      const parsed = parseFrames(frames);
      const series = withFieldConfig(parsed, current.fieldConfig, plugin, current.resolvedTheme);
      const started = performance.now();
      current = { ...current, frames, parsed, series };
      render(current);
      await waitFor(container!, () => panelState() === 'done', 'the panel to re-render');
      return { ...(await paintedThenSettled(started)), prepareMs: started - prepared };
    },
    async resizePanel(width, height) {
      if (!current) {
        throw new Error('no panel is mounted');
      }
      const before = drawnSize();
      const started = performance.now();
      current = { ...current, width, height };
      container!.style.width = `${width}px`;
      container!.style.height = `${height}px`;
      render(current);
      await waitFor(
        container!,
        () => panelState() === 'done' && drawnSize() !== before,
        'the panel to redraw at its new size'
      );
      return paintedThenSettled(started);
    },
    unmountPanel,
  };
}
