import fs from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { launchChromium, type LaunchedBrowser } from '../../sandbox/cli/chromium';
import { waitForRender, type SandboxPageState } from '../../sandbox/cli/renderPage';

export const ARTIFACTS = path.resolve(__dirname, '../../test-artifacts');

export function sandboxUrl(query: Record<string, string> = {}) {
  const base = process.env.SANDBOX_URL;
  if (!base) {
    throw new Error('SANDBOX_URL is not set: browser tests run through jest --selectProjects browser');
  }
  return `${base}/?${new URLSearchParams(query)}`;
}

export interface OpenedPage {
  page: Page;
  state: SandboxPageState;
  /** Console errors and uncaught page errors seen so far. */
  errors: string[];
}

/** Opens the sandbox page and waits for the panel's render-complete marker. */
export async function openSandbox(browser: Browser, query: Record<string, string>, viewport = { width: 1400, height: 800 }): Promise<OpenedPage> {
  const page = await browser.newPage({ viewport });
  const errors: string[] = [];
  page.on('console', (msg) => msg.type() === 'error' && errors.push(msg.text()));
  page.on('pageerror', (err) => errors.push(err.message));
  await page.goto(sandboxUrl(query));
  const state = await waitForRender(page);
  return { page, state, errors };
}

export async function keepScreenshot(page: Page, name: string) {
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  await page.screenshot({ path: path.join(ARTIFACTS, `${name}.png`) });
}

export function useBrowser(): () => Browser {
  let launched: LaunchedBrowser | undefined;
  beforeAll(async () => {
    launched = await launchChromium();
  });
  afterAll(async () => {
    await launched?.close();
  });
  return () => {
    if (!launched) {
      throw new Error('browser not launched');
    }
    return launched.browser;
  };
}
