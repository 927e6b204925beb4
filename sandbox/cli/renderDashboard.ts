import fs from 'node:fs';
import type { Locator, Page } from 'playwright-core';
import { readJsonFile } from './jsonFile';
import type { RenderArgs } from './renderArgs';
import { RENDERED_SELECTOR } from './renderPage';

const SEGMENT_MATRIX_TYPE = 'seglens-segmentmatrix-panel';

/** What the CLI writes from: the element to screenshot, and the panel's render summary (Segment Matrix panels). */
export interface RenderedPanel {
  frame: Locator;
  matrix: boolean;
  type?: string;
  summary?: unknown;
}

interface PanelState {
  type: string;
  title: string;
  state: 'loading' | 'done' | 'error';
  error: string | null;
}

interface PageState {
  status: 'loading' | 'ready' | 'error';
  error?: string;
  summary?: unknown;
  dashboard?: { panels: Record<number, PanelState> };
}

/** A path to a dashboard file (it exists, or it names a folder), rather than a provisioned dashboard's uid or file name. */
function isDashboardFile(ref: string): boolean {
  return fs.existsSync(ref) || ref.includes('/') || ref.includes('\\');
}

/**
 * Dashboard mode: the sandbox page shows one panel of a dashboard alone (`viewPanel`, kiosk), its queries
 * run on the server's warehouse with the dashboard's variables (`--var` and the URL override them).
 * A dashboard file given by path is served to the page by the CLI; a uid or file name is looked up in
 * provisioning/dashboards by the server.
 */
export async function openDashboardPanel(page: Page, serverUrl: string, args: RenderArgs): Promise<RenderedPanel> {
  let ref = args.dashboard!;
  if (isDashboardFile(ref)) {
    const json = readJsonFile(ref, 'dashboard');
    await page.route('**/cli/dashboard.json', (route) => route.fulfill({ json }));
    ref = '/cli/dashboard.json';
  }
  const query = new URLSearchParams({
    dashboard: ref,
    viewPanel: String(args.panel),
    kiosk: '1',
    theme: args.theme,
    width: String(args.width),
    height: String(args.height),
  });
  for (const [name, values] of Object.entries(args.vars ?? {})) {
    values.forEach((value) => query.append(`var-${name}`, value));
  }
  if (args.from) {
    query.set('from', args.from);
  }
  if (args.to) {
    query.set('to', args.to);
  }
  await page.goto(`${serverUrl}/?${query}`);
  // The first query may open (and, the very first time, seed) the embedded warehouse.
  await page.waitForFunction(
    ({ id, rendered, matrixType }) => {
      const s = (window as unknown as { __sandbox?: PageState }).__sandbox;
      const p = s?.dashboard?.panels?.[id];
      if (s?.status === 'error' || p?.state === 'error') {
        return true;
      }
      return !!p && p.state === 'done' && (p.type !== matrixType || document.querySelector(rendered) !== null);
    },
    { id: args.panel!, rendered: RENDERED_SELECTOR, matrixType: SEGMENT_MATRIX_TYPE },
    { timeout: 120_000 }
  );
  const state = await page.evaluate(() => (window as unknown as { __sandbox: PageState }).__sandbox);
  if (state.status === 'error') {
    throw new Error(`the sandbox could not render: ${state.error}`);
  }
  const panel = state.dashboard!.panels[args.panel!];
  if (panel.state === 'error') {
    throw new Error(`panel ${args.panel} ("${panel.title}") failed: ${(panel.error ?? '').split('\n').join('; ')}`);
  }
  return {
    frame: page.locator(`[data-testid="sandbox dashboard-panel"][data-panel-id="${args.panel}"]`),
    matrix: panel.type === SEGMENT_MATRIX_TYPE,
    type: panel.type,
    summary: state.summary,
  };
}
