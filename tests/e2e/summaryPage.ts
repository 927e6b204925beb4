import type { Browser } from 'playwright-core';
import { waitForRender } from '../../sandbox/cli/renderPage';
import { sandboxUrl } from './browser';

export interface Column {
  name: string;
  type: 'string' | 'number' | 'time' | 'boolean';
  values: unknown[];
}

export interface Frame {
  refId?: string;
  fields: Column[];
}

/** A plain frame from a header and rows (types from the first row). */
export function frame(header: string[], rows: unknown[][], refId = 'A'): Frame {
  return {
    refId,
    fields: header.map((name, i) => ({
      name,
      type: typeof rows[0][i] === 'number' ? 'number' : typeof rows[0][i] === 'boolean' ? 'boolean' : 'string',
      values: rows.map((r) => r[i]),
    })),
  };
}

export interface RenderedSummary {
  summary: any;
  errors: string[];
  axisTitles: string[];
  panelText: string;
}

/**
 * Renders frames and options through the built panel in the sandbox (the page fetches two fixture URLs
 * that the test answers) and returns the render summary the panel published.
 */
export async function renderSummary(
  browser: Browser,
  frames: Frame[],
  options: Record<string, unknown> = {},
  query: Record<string, string> = {}
): Promise<RenderedSummary> {
  const page = await browser.newPage({ viewport: { width: 1000, height: 700 } });
  const errors: string[] = [];
  page.on('console', (msg) => msg.type() === 'error' && errors.push(msg.text()));
  page.on('pageerror', (err) => errors.push(err.message));
  await page.route('**/fixture/frames.json', (route) => route.fulfill({ json: frames }));
  await page.route('**/fixture/options.json', (route) => route.fulfill({ json: options }));
  await page.goto(sandboxUrl({ frames: '/fixture/frames.json', options: '/fixture/options.json', kiosk: '1', ...query }));
  const state = await waitForRender(page);
  const axisTitles = await page.$$eval('svg .role-axis-title text', (nodes) => nodes.map((n) => n.textContent ?? ''));
  const panelText = await page.locator('[data-testid="data-testid segment-matrix panel"]').innerText();
  await page.close();
  return { summary: state.summary ?? null, errors, axisTitles, panelText };
}

export const bySegment = (summary: { segments: Array<{ segment: string }> }) =>
  Object.fromEntries(summary.segments.map((s) => [s.segment, s])) as Record<string, any>;
