import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Download, Page } from 'playwright-core';
import { exportFromPanel, type PanelExportKind } from '../../sandbox/cli/panelExport';
import { PANEL_SELECTOR } from '../../sandbox/cli/renderPage';
import { exportLayout, SLIDE } from '../../src/export/layout';
import { ARTIFACTS, openSandbox, useBrowser, type OpenedPage } from './browser';
import { parseCsv } from '../../src/test-utils/csv';

// Issue 7, item 5: the export menu's files, downloaded from the built panel in the sandbox.
jest.setTimeout(90000);

const ROOT = path.resolve(__dirname, '../..');
const CLI = path.join(ROOT, 'sandbox/.build/render.mjs');
const SAMPLE = path.join(ROOT, 'sandbox/samples/demo.json');
const CHART = '[data-testid="data-testid segment-matrix chart"]';
const TITLE = 'QBR — "segments", <b>&</b>';

const demoSegments: string[] = [
  ...new Set<string>(
    JSON.parse(fs.readFileSync(SAMPLE, 'utf8'))[0].fields.find((f: { name: string }) => f.name === 'segment').values
  ),
];

function pngSize(file: Buffer) {
  expect([...file.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  expect(file.subarray(12, 16).toString()).toBe('IHDR');
  return { width: file.readUInt32BE(16), height: file.readUInt32BE(20) };
}

async function saved(download: Download): Promise<Buffer> {
  const file = await download.path();
  return fs.readFileSync(file);
}

/** Decodes a PNG in the page (does it open?) and reads a few facts about its pixels. */
function decodePng(page: Page, file: Buffer) {
  return page.evaluate(async (b64) => {
    // No fetch of a data: URL: the sandbox's CSP (connect-src 'self') forbids it.
    const bytes = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
    const blob = new Blob([bytes], { type: 'image/png' });
    const bitmap = await createImageBitmap(blob);
    const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
    const ctx = canvas.getContext('2d')!;
    ctx.drawImage(bitmap, 0, 0);
    const data = ctx.getImageData(0, 0, bitmap.width, bitmap.height).data;
    const colours = new Set<number>();
    for (let i = 0; i < data.length; i += 4 * 97) {
      colours.add((data[i] << 16) | (data[i + 1] << 8) | data[i + 2]);
    }
    return { width: bitmap.width, height: bitmap.height, colours: colours.size };
  }, file.toString('base64'));
}

describe('export menu', () => {
  const browser = useBrowser();
  let opened: OpenedPage;
  let chart: { width: number; height: number };
  const run = (kind: PanelExportKind) => exportFromPanel(opened.page.locator(PANEL_SELECTOR), kind);

  beforeAll(async () => {
    opened = await openSandbox(browser(), { frames: '/samples/demo.json', theme: 'light', title: TITLE });
    chart = await opened.page
      .locator(CHART)
      .evaluate((el) => ({ width: (el as HTMLElement).offsetWidth, height: (el as HTMLElement).offsetHeight }));
    fs.mkdirSync(ARTIFACTS, { recursive: true });
  });
  afterAll(async () => {
    await opened?.page.close();
  });
  // Tests run in random order: every export is checked for console errors right after it.
  afterEach(() => {
    expect(opened.errors).toEqual([]);
  });

  it('offers PNG (2×), the 16:9 slide, SVG and CSV, named after the title and periods', async () => {
    const { page } = opened;
    await page.locator(PANEL_SELECTOR).hover();
    await page.locator('[data-testid="data-testid segment-matrix export"]').click();
    const labels = await page.locator('[data-testid^="data-testid segment-matrix export "]').allInnerTexts();
    expect(labels.map((l) => l.trim())).toEqual(['PNG (2×)', 'PNG slide 16:9', 'SVG', 'CSV (shift table)']);
    await page.keyboard.press('Escape');
    await expect(run('csv').then((d) => d.suggestedFilename())).resolves.toMatch(
      /^qbr-segments-b-b-.*-shift-table\.csv$/
    );
  });

  it('PNG: twice the chart wide, with the title, periods and strip above the chart at 2×', async () => {
    const download = await run('png');
    expect(download.suggestedFilename()).toMatch(/\.png$/);
    const file = await saved(download);
    const layout = exportLayout('png', chart);
    expect(pngSize(file)).toEqual({ width: 2 * chart.width, height: layout.height });
    expect(layout.chart.height).toBe(2 * chart.height);
    const decoded = await decodePng(opened.page, file);
    expect(decoded).toMatchObject({ width: 2 * chart.width, height: layout.height });
    expect(decoded.colours).toBeGreaterThan(5);
    fs.writeFileSync(path.join(ARTIFACTS, 'export-2x.png'), file);
  });

  it('slide: a 1920×1080 PNG that opens', async () => {
    const download = await run('slide');
    expect(download.suggestedFilename()).toMatch(/-slide\.png$/);
    const file = await saved(download);
    expect(pngSize(file)).toEqual(SLIDE);
    const decoded = await decodePng(opened.page, file);
    expect(decoded).toMatchObject(SLIDE);
    expect(decoded.colours).toBeGreaterThan(5);
    fs.writeFileSync(path.join(ARTIFACTS, 'export-slide.png'), file);
  });

  it("SVG: the chart's own SVG, which parses and names every segment", async () => {
    const download = await run('svg');
    expect(download.suggestedFilename()).toMatch(/\.svg$/);
    const svg = (await saved(download)).toString('utf8');
    expect(svg.startsWith('<svg')).toBe(true);
    const parsed = await opened.page.evaluate((text) => {
      const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
      const root = doc.documentElement;
      return {
        error: doc.querySelector('parsererror')?.textContent ?? null,
        root: root.nodeName,
        width: Number(root.getAttribute('width')),
        texts: [...doc.querySelectorAll('text')].map((t) => t.textContent ?? ''),
        labels: [...doc.querySelectorAll('[aria-label]')].map((e) => e.getAttribute('aria-label') ?? ''),
      };
    }, svg);
    expect(parsed.error).toBeNull();
    expect(parsed.root).toBe('svg');
    expect(parsed.width).toBe(chart.width);
    const words = [...parsed.texts, ...parsed.labels].join('\n');
    for (const segment of demoSegments) {
      expect(words).toContain(segment);
    }
    fs.writeFileSync(path.join(ARTIFACTS, 'export.svg'), svg);
  });

  it('CSV: a header and one row per segment, raw numbers', async () => {
    const text = (await saved(await run('csv'))).toString('utf8');
    expect(text.charCodeAt(0)).toBe(0xfeff);
    const rows = parseCsv(text.slice(1));
    expect(rows[0]).toEqual([
      'segment',
      'quadrant baseline',
      'quadrant current',
      'growth',
      'Δ satisfaction',
      'resource share baseline',
      'resource share current',
      'verdict',
    ]);
    expect(
      rows
        .slice(1)
        .map((r) => r[0])
        .sort()
    ).toEqual([...demoSegments].sort());
    const tableRows = await opened.page.locator('[data-testid^="data-testid segment-matrix table-row "]').count();
    expect(rows).toHaveLength(tableRows + 1);
    for (const row of rows.slice(1)) {
      expect(row).toHaveLength(8);
      for (const cell of row.slice(3, 7)) {
        expect(cell === '' || Number.isFinite(Number(cell))).toBe(true);
      }
    }
  });
});

describe('render CLI --slide', () => {
  let dir: string;
  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'segment-matrix-slide-'));
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it("writes the panel's 1920×1080 slide export", () => {
    const result = spawnSync(
      process.execPath,
      [
        CLI,
        '--frames',
        SAMPLE,
        '--title',
        'Segment effectiveness',
        '--theme',
        'light',
        '--width',
        '1000',
        '--height',
        '700',
        '--slide',
        'out/slide.png',
      ],
      { cwd: dir, encoding: 'utf8', timeout: 80000 }
    );
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    const file = fs.readFileSync(path.join(dir, 'out/slide.png'));
    expect(pngSize(file)).toEqual(SLIDE);
    fs.copyFileSync(path.join(dir, 'out/slide.png'), path.join(ARTIFACTS, 'render-cli-slide.png'));
  });
});
