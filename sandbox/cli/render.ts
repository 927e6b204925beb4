import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { startSandboxServer } from '../server/app';
import { projectRoot } from '../server/projectRoot';
import { launchChromium } from './chromium';
import { readJsonFile } from './jsonFile';
import { parseRenderArgs, type RenderArgs } from './renderArgs';
import { exportFromPanel } from './panelExport';
import { openDashboardPanel, type RenderedPanel } from './renderDashboard';
import { PANEL_SELECTOR, waitForRender } from './renderPage';

/** Single-panel mode: the frames (and options) given on the command line, served to the page by the CLI. */
async function openFramesPanel(page: Page, serverUrl: string, args: RenderArgs): Promise<RenderedPanel> {
  const frames = readJsonFile(args.frames!, 'frames');
  const options = args.options ? readJsonFile(args.options, 'options') : undefined;
  // The page fetches these two URLs; the CLI answers them with the files given on the command line.
  await page.route('**/cli/frames.json', (route) => route.fulfill({ json: frames }));
  await page.route('**/cli/options.json', (route) => route.fulfill({ json: options ?? {} }));

  const query = new URLSearchParams({
    frames: '/cli/frames.json',
    theme: args.theme,
    width: String(args.width),
    height: String(args.height),
    kiosk: '1',
  });
  if (args.options) {
    query.set('options', '/cli/options.json');
  }
  if (args.title) {
    query.set('title', args.title);
  }
  await page.goto(`${serverUrl}/?${query}`);
  const state = await waitForRender(page);
  if (state.status === 'error') {
    throw new Error(`the sandbox could not render: ${state.error}`);
  }
  return { frame: page.locator('[data-testid="sandbox panel"]'), matrix: true, summary: state.summary };
}

async function render(args: RenderArgs) {
  // The CLI may run from any folder: the project is where this script lives.
  const root = projectRoot(path.dirname(fileURLToPath(import.meta.url)));
  const server = await startSandboxServer({ port: 0, root });
  const chromium = await launchChromium();
  try {
    const page = await chromium.browser.newPage({ viewport: { width: args.width, height: args.height } });
    const errors: string[] = [];
    page.on('console', (msg) => msg.type() === 'error' && errors.push(msg.text()));
    page.on('pageerror', (err) => errors.push(err.message));

    const rendered = args.dashboard
      ? await openDashboardPanel(page, server.url, args)
      : await openFramesPanel(page, server.url, args);
    const panel = page.locator(PANEL_SELECTOR);
    if (!rendered.matrix && (args.svg || args.slide || args.summary)) {
      throw new Error(
        `panel ${args.panel} is a ${rendered.type} panel: --svg, --slide and --summary are for Segment Matrix panels (use --png)`
      );
    }
    if (args.png) {
      await rendered.frame.screenshot({ path: args.png });
      console.log(`wrote ${args.png}`);
    }
    if (args.svg) {
      const svg = await panel.evaluate((el) => el.querySelector('svg.marks')?.outerHTML ?? null);
      if (!svg) {
        throw new Error('the panel drew no SVG to export (it shows a message instead; see --png)');
      }
      fs.writeFileSync(args.svg, svg);
      console.log(`wrote ${args.svg}`);
    }
    if (args.slide) {
      // The panel's own export (menu → "PNG slide 16:9"), captured as the browser's download.
      const download = await exportFromPanel(panel, 'slide');
      await download.saveAs(args.slide);
      console.log(`wrote ${args.slide}`);
    }
    if (args.summary) {
      const summary = rendered.summary ?? { error: await panel.innerText() };
      fs.writeFileSync(args.summary, JSON.stringify(summary, null, 2) + '\n');
      console.log(`wrote ${args.summary}`);
    }
    for (const error of errors) {
      console.warn(`browser console: ${error}`);
    }
  } finally {
    await chromium.close();
    await server.close();
  }
}

let args: RenderArgs;
try {
  args = parseRenderArgs(process.argv.slice(2));
} catch (e) {
  console.error(`render: ${(e as Error).message}`);
  process.exit(2);
}
for (const out of [args.png, args.svg, args.slide, args.summary]) {
  if (out) {
    fs.mkdirSync(path.dirname(path.resolve(out)), { recursive: true });
  }
}
render(args).catch((e: Error) => {
  console.error(`render: ${e.message.split('\n')[0]}`);
  process.exit(1);
});
