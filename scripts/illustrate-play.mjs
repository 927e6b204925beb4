// `npm run illustrate`: the README's pictures of the Play control.
//
// Draws the built panel (dist/module.js) in the sandbox host in headless Chromium, as the render CLI does,
// and drives its real Play control: Play, Pause at each step, screenshot, Play again — so the pictures show
// what a reader sees (the model recomputed per step on axes fixed over the whole range, the view updated
// in place). The trail is on, so the path builds up.
// Writes
//   docs/img/play.png         an animated PNG (APNG) of the steps, ~1.2 s each, looping (still viewers: step 1)
//   docs/img/play-frames.png  four of the steps in a 2×2 grid with their periods underneath
// and every step as a still PNG in test-artifacts/play/.
//
// Each step is checked: the Play control's label must be the step's period, the panel done drawing, and
// the verdict icons loaded before the screenshot.
import { build } from 'esbuild';
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { assembleApng, describeApng } from './apng.mjs';
import {
  ROOT,
  checkNode,
  ensureChromium,
  ensureDependencies,
  ensurePluginBuild,
  ensureSandboxBuild,
  fail,
} from './setup.mjs';

const FRAMES_FILE = 'sandbox/samples/demo.json';
const THEME = 'light';
// At least 769 px: below Grafana's md breakpoint, ToolbarButton hides the text next to its icon, and the
// Play control's period label would not show.
const WIDTH = 800;
const HEIGHT = 540;
const STEP_MS = 1200;
/** The last step stays a little longer before the animation starts again. */
const LAST_STEP_MS = 2400;
/** Steps shown in the still grid (evenly spread, first and last included). */
const GRID_STEPS = 4;

const OUT_APNG = path.join(ROOT, 'docs/img/play.png');
const OUT_GRID = path.join(ROOT, 'docs/img/play-frames.png');
const OUT_STEPS = path.join(ROOT, 'test-artifacts/play');

const PANEL = '[data-testid="data-testid segment-matrix panel"]';
const STRIP_ITEMS = '[data-testid="data-testid segment-matrix strip"] [role="listitem"]';
const PLAY_PERIOD = '[data-testid="data-testid segment-matrix play-period"]';
const SANDBOX_FRAME = '[data-testid="sandbox panel"]';

/** The render CLI's pieces (loadSandboxPieces). */
let pieces;

/** The sandbox server, Chromium launch and render wait of the render CLI, bundled from their TypeScript. */
async function loadSandboxPieces() {
  const outfile = path.join(ROOT, 'node_modules/.cache/segment-matrix/illustrate-pieces.mjs');
  await build({
    stdin: {
      contents: [
        "export { startSandboxServer } from './sandbox/server/app';",
        "export { launchChromium } from './sandbox/cli/chromium';",
        "export { waitForRender } from './sandbox/cli/renderPage';",
      ].join('\n'),
      resolveDir: ROOT,
      loader: 'ts',
      sourcefile: 'illustrate-pieces.ts',
    },
    outfile,
    bundle: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    packages: 'external',
    logLevel: 'error',
  });
  return import(`${pathToFileURL(outfile).href}?t=${Date.now()}`);
}

/** The frame file's periods in order (numeric-aware: 2024-Q2 before 2024-Q10), as the model sorts labels. */
function periodsOf(frames) {
  const values = new Set();
  for (const frame of frames) {
    const field = frame.fields?.find((f) => f.name === 'period');
    for (const v of field?.values ?? []) {
      values.add(String(v));
    }
  }
  return [...values].sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
}

const PLAY = '[data-testid="data-testid segment-matrix play"]';
const OPTIONS = { display: { showTrail: true, showPlay: true, tablePlacement: 'hidden' } };

/** One page, the real Play control: for each step, Play, wait for the step, Pause, screenshot. */
async function captureSteps(browser, serverUrl, frames, baseline, steps) {
  const page = await browser.newPage({ viewport: { width: WIDTH, height: HEIGHT } });
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  try {
    await page.route('**/cli/frames.json', (route) => route.fulfill({ json: frames }));
    await page.route('**/cli/options.json', (route) => route.fulfill({ json: OPTIONS }));
    const query = new URLSearchParams({
      frames: '/cli/frames.json',
      options: '/cli/options.json',
      theme: THEME,
      width: String(WIDTH),
      height: String(HEIGHT),
      kiosk: '1',
      title: `Segment effectiveness — Play from ${baseline}`,
    });
    await page.goto(`${serverUrl}/?${query}`);
    const state = await pieces.waitForRender(page);
    if (state.status === 'error') {
      throw new Error(`the sandbox could not render: ${state.error}`);
    }
    if (state.summary?.baseline !== baseline) {
      throw new Error(`the panel's baseline is ${state.summary?.baseline}, not ${baseline}`);
    }
    // Grafana's icons load after the panel has rendered: wait for the verdict icons.
    await page.waitForFunction(
      (sel) => {
        const items = [...document.querySelectorAll(sel)];
        return items.length > 0 && items.every((item) => item.querySelector('svg path') !== null);
      },
      STRIP_ITEMS,
      { timeout: 15000 }
    );
    const shots = [];
    for (const step of steps) {
      await page.locator(PLAY).click();
      await page.locator(PLAY_PERIOD).filter({ hasText: step }).waitFor({ timeout: 10000 });
      await page.locator(PLAY).click();
      await page.waitForFunction(
        ([play, period, step]) =>
          document.querySelector(play)?.getAttribute('aria-label') === 'Play' &&
          document.querySelector(period)?.textContent?.trim() === step,
        [PLAY, PLAY_PERIOD, step],
        { timeout: 10000 }
      );
      await page.waitForSelector(`${PANEL}[data-render-state="done"]`, { timeout: 10000 });
      // The pointer off the panel: no button tooltip, no hover-only toolbar in the picture.
      await page.mouse.move(0, 0);
      await page.evaluate(() => (document.activeElement instanceof HTMLElement ? document.activeElement.blur() : undefined));
      await page.waitForFunction(() => document.querySelector('[role="tooltip"]') === null, null, { timeout: 5000 });
      await page.waitForLoadState('networkidle');
      if (errors.length > 0) {
        throw new Error(`step ${step}: the page reported ${errors.join('; ')}`);
      }
      shots.push(await page.locator(SANDBOX_FRAME).screenshot());
      console.log(`  ${baseline} → ${step}`);
    }
    return shots;
  } finally {
    await page.close();
  }
}

/** Indices of `count` steps spread evenly over `n`, first and last included. */
function spread(n, count) {
  if (n <= count) {
    return [...Array(n).keys()];
  }
  return [...new Set([...Array(count).keys()].map((i) => Math.round((i * (n - 1)) / (count - 1))))];
}

const escapeHtml = (s) => s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]);

async function composeGrid(browser, baseline, steps, shots) {
  const picks = spread(steps.length, GRID_STEPS);
  const colours = THEME === 'light' ? { bg: '#f4f5f5', fg: '#24292e', dim: '#5a6068' } : { bg: '#111217', fg: '#ccccdc', dim: '#9fa7b3' };
  const cells = picks
    .map(
      (i) => `<figure><img src="data:image/png;base64,${shots[i].toString('base64')}" width="${WIDTH}" height="${HEIGHT}" alt="">
        <figcaption><b>${escapeHtml(steps[i])}</b> <span>step ${i + 1} of ${steps.length} · ${escapeHtml(baseline)} → ${escapeHtml(steps[i])}</span></figcaption></figure>`
    )
    .join('\n');
  const html = `<!doctype html><html><head><meta charset="utf-8"><style>
    html, body { margin: 0; background: ${colours.bg}; color: ${colours.fg}; font-family: Inter, Helvetica, Arial, sans-serif; }
    #grid { display: inline-grid; grid-template-columns: repeat(${Math.min(2, picks.length)}, ${WIDTH}px); gap: 20px 24px; padding: 20px 24px; }
    figure { margin: 0; }
    img { display: block; border: 1px solid ${THEME === 'light' ? '#d8d9da' : '#2c3235'}; }
    figcaption { font-size: 20px; padding: 10px 2px 0; }
    figcaption span { color: ${colours.dim}; font-size: 16px; margin-left: 8px; }
  </style></head><body><div id="grid">${cells}</div></body></html>`;
  const page = await browser.newPage({ viewport: { width: 2 * WIDTH + 120, height: 2 * HEIGHT + 200 } });
  try {
    await page.setContent(html);
    await page.waitForFunction(() => [...document.images].every((img) => img.complete && img.naturalWidth > 0));
    return await page.locator('#grid').screenshot();
  } finally {
    await page.close();
  }
}

async function main() {
  checkNode();
  ensureDependencies();
  ensureChromium();
  ensurePluginBuild();
  ensureSandboxBuild();
  pieces = await loadSandboxPieces();

  const frames = JSON.parse(fs.readFileSync(path.join(ROOT, FRAMES_FILE), 'utf8'));
  const periods = periodsOf(frames);
  if (periods.length < 3) {
    fail(`${FRAMES_FILE} has ${periods.length} periods: Play needs three or more`);
  }
  const [baseline, ...steps] = periods;
  console.log(`Play from ${baseline}: ${steps.length} steps (${steps.join(', ')})`);

  const server = await pieces.startSandboxServer({ port: 0, root: ROOT });
  const chromium = await pieces.launchChromium();
  try {
    fs.mkdirSync(OUT_STEPS, { recursive: true });
    const shots = await captureSteps(chromium.browser, server.url, frames, baseline, steps);
    steps.forEach((step, i) => fs.writeFileSync(path.join(OUT_STEPS, `play-${step}.png`), shots[i]));
    const apng = assembleApng(shots, { delayMs: steps.map((_, i) => (i === steps.length - 1 ? LAST_STEP_MS : STEP_MS)), loops: 0 });
    const described = describeApng(apng);
    if (!described.animated || described.numFrames !== steps.length || !described.crcValid || !described.sequenceConsecutive) {
      throw new Error(`the assembled APNG does not check out: ${JSON.stringify(described)}`);
    }
    fs.mkdirSync(path.dirname(OUT_APNG), { recursive: true });
    fs.writeFileSync(OUT_APNG, apng);
    console.log(`wrote ${path.relative(ROOT, OUT_APNG)} (${described.numFrames} frames, ${described.width}×${described.height}, ${Math.round(apng.length / 1024)} KB)`);

    const grid = await composeGrid(chromium.browser, baseline, steps, shots);
    fs.writeFileSync(OUT_GRID, grid);
    console.log(`wrote ${path.relative(ROOT, OUT_GRID)} (${Math.round(grid.length / 1024)} KB); each step: ${path.relative(ROOT, OUT_STEPS)}/`);
  } finally {
    await chromium.close();
    await server.close();
  }
}

main().catch((e) => {
  console.error(`illustrate: ${e.message.split('\n')[0]}`);
  process.exit(1);
});
