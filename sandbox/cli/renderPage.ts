import type { Page } from 'playwright-core';

export const PANEL_SELECTOR = '[data-testid="data-testid segment-matrix panel"]';
export const RENDERED_SELECTOR = `${PANEL_SELECTOR}[data-render-state="done"]`;

export interface SandboxPageState {
  status: 'loading' | 'ready' | 'error';
  error?: string;
  summary?: unknown;
  locationCalls: unknown[];
}

/** Waits until the panel says it has rendered (or the host failed), and returns the host's state. */
export async function waitForRender(page: Page, timeoutMs = 30000): Promise<SandboxPageState> {
  await page.waitForFunction(
    (selector) => {
      const s = (window as unknown as { __sandbox?: SandboxPageState }).__sandbox;
      return s?.status === 'error' || document.querySelector(selector) !== null;
    },
    RENDERED_SELECTOR,
    { timeout: timeoutMs }
  );
  return page.evaluate(() => (window as unknown as { __sandbox: SandboxPageState }).__sandbox);
}
