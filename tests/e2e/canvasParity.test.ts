import type { Page } from 'playwright-core';
import { openSandbox, useBrowser } from './browser';

// Above 400 marks the panel draws on canvas, where runs of items are painted as one path
// (src/components/VegaView/batchedCanvas.ts). The picture must stay the one Vega's SVG renderer draws:
// both renderers' marks are rasterised at the same size in the page and compared pixel by pixel. Labels
// and legends are left out: text rasterises differently in an SVG image and on a canvas, whoever draws it.
// A resized canvas chart keeps its bitmap (src/components/VegaView/steadyCanvas.ts): what it shows must be
// what a chart drawn at the new size shows, and the bitmap's unused part must not reach outside the chart.
jest.setTimeout(120000);

const SEGMENTS = 300;
const SIZE = { width: 800, height: 600 };

/** A deterministic scene: SEGMENTS segments in two periods, moving, of different sizes and satisfaction. */
function frames() {
  let seed = 7;
  const random = () => (seed = (seed * 48271) % 2147483647) / 2147483647;
  const rows: Array<[string, string, number, number, number, number]> = [];
  for (let i = 0; i < SEGMENTS; i++) {
    const x = random() * 10;
    const y = random() * 10;
    const customers = 50 + Math.round(random() * 2000);
    rows.push([`S${i}`, '2025-Q1', x, y, customers, Math.round(random() * 10)]);
    rows.push([
      `S${i}`,
      '2025-Q4',
      x + (random() - 0.5) * 3,
      y + (random() - 0.5) * 3,
      customers + 100,
      Math.round(random() * 10),
    ]);
  }
  const column = (k: number) => rows.map((r) => r[k]);
  return [
    {
      fields: [
        { name: 'segment', type: 'string', values: column(0) },
        { name: 'period', type: 'string', values: column(1) },
        { name: 'needs', type: 'number', values: column(2) },
        { name: 'value', type: 'number', values: column(3) },
        { name: 'customers', type: 'number', values: column(4) },
        { name: 'satisfaction', type: 'number', values: column(5) },
      ],
    },
  ];
}

type Display = Record<string, unknown>;

/** Mounts the panel with a renderer and keeps its marks, rasterised at SIZE, under `key` in the page. */
function rasterise(page: Page, key: string, display: Display) {
  return page.evaluate(
    async ([key, display, frames, size]) => {
      const sb = (
        window as unknown as { __sandbox: { mountPanel(r: unknown): Promise<unknown>; unmountPanel(): void } }
      ).__sandbox;
      sb.unmountPanel();
      await sb.mountPanel({
        frames,
        width: size.width,
        height: size.height,
        options: {
          segmentLimit: 500,
          display: { tablePlacement: 'hidden', showStrip: false, showLabels: false, legend: 'hidden', ...display },
        },
      });
      const marks = document.querySelector('[data-testid="sandbox mounted panel"] .marks') as
        | HTMLCanvasElement
        | SVGSVGElement;
      const width = Number(marks.getAttribute('width'));
      const height = Number(marks.getAttribute('height'));
      const out = document.createElement('canvas');
      out.width = width;
      out.height = height;
      const context = out.getContext('2d')!;
      if (marks instanceof HTMLCanvasElement) {
        context.drawImage(marks, 0, 0, width, height);
      } else {
        const image = new Image();
        image.src = URL.createObjectURL(
          new Blob([new XMLSerializer().serializeToString(marks)], { type: 'image/svg+xml' })
        );
        await image.decode();
        context.drawImage(image, 0, 0, width, height);
      }
      (window as unknown as Record<string, ImageData>)[key] = context.getImageData(0, 0, width, height);
      return { renderer: marks.tagName.toLowerCase(), width, height };
    },
    [key, display, frames(), SIZE] as const
  );
}

/** Share of pixels where any channel differs by more than 64 of 255 (anti-aliasing differs a little). */
function differingShare(page: Page, a: string, b: string) {
  return page.evaluate(
    ([a, b]) => {
      const x = (window as unknown as Record<string, ImageData>)[a];
      const y = (window as unknown as Record<string, ImageData>)[b];
      if (x.width !== y.width || x.height !== y.height) {
        return 1;
      }
      let differing = 0;
      for (let i = 0; i < x.data.length; i += 4) {
        const d = Math.max(
          Math.abs(x.data[i] - y.data[i]),
          Math.abs(x.data[i + 1] - y.data[i + 1]),
          Math.abs(x.data[i + 2] - y.data[i + 2]),
          Math.abs(x.data[i + 3] - y.data[i + 3])
        );
        if (d > 64) {
          differing++;
        }
      }
      return differing / (x.data.length / 4);
    },
    [a, b] as const
  );
}

describe('canvas and SVG draw the same chart', () => {
  const browser = useBrowser();

  it(`${SEGMENTS} segments: the batched canvas picture matches the SVG one`, async () => {
    const { page, errors } = await openSandbox(browser(), { frames: '/samples/empty.json', kiosk: '1' });
    expect(await rasterise(page, 'canvas', { renderer: 'canvas' })).toMatchObject({ renderer: 'canvas', ...SIZE });
    expect(await rasterise(page, 'svg', { renderer: 'svg' })).toMatchObject({ renderer: 'svg', ...SIZE });
    // The same chart without its ghosts, or without its arrows: what a lost batch would look like.
    await rasterise(page, 'noGhosts', { renderer: 'svg', showGhosts: false });
    await rasterise(page, 'noArrows', { renderer: 'svg', showArrows: false });

    const same = await differingShare(page, 'canvas', 'svg');
    const withoutGhosts = await differingShare(page, 'noGhosts', 'svg');
    const withoutArrows = await differingShare(page, 'noArrows', 'svg');
    console.log(
      `differing pixels: canvas vs svg ${same}, without ghosts ${withoutGhosts}, without arrows ${withoutArrows}`
    );
    // Where translucent outlines of one run cross, a batch paints the crossing once: a few pixels only.
    expect(same).toBeLessThan(0.005);
    expect(same).toBeLessThan(withoutGhosts / 5);
    expect(same).toBeLessThan(withoutArrows / 5);
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('a canvas chart made smaller', () => {
  const browser = useBrowser();
  const CHART = '[data-testid="sandbox mounted panel"] [data-testid="data-testid segment-matrix chart"]';
  const mount = (page: Page, size: { width: number; height: number }) =>
    page.evaluate(
      ([frames, size]) =>
        (window as unknown as { __sandbox: { mountPanel(r: unknown): Promise<unknown> } }).__sandbox.mountPanel({
          frames,
          ...size,
          options: {
            segmentLimit: 500,
            display: { renderer: 'canvas', tablePlacement: 'below' },
          },
        }),
      [frames(), size] as const
    );
  const canvasState = (page: Page) =>
    page.evaluate((CHART) => {
      const chart = document.querySelector(CHART)!;
      const canvas = chart.querySelector('canvas.marks') as HTMLCanvasElement;
      chart.scrollIntoView();
      const box = chart.getBoundingClientRect();
      // Just below the chart's box, and further down (the shift table's bar and rows): the page, not the canvas.
      const below = [4, 40, 80].map((dy) => document.elementFromPoint(box.left + box.width / 2, box.bottom + dy));
      return {
        bitmap: [canvas.width, canvas.height],
        drawn: chart.getAttribute('data-drawn-size'),
        below: below.map((hit) => (hit === null ? 'nothing' : hit === canvas ? 'canvas' : 'page')),
      };
    }, CHART);

  it('keeps its canvas, shows what a chart drawn at that size shows, and leaves the table below it uncovered', async () => {
    const { page, errors } = await openSandbox(browser(), { frames: '/samples/empty.json', kiosk: '1' });
    await mount(page, { width: 640, height: 480 });
    await page.locator(CHART).scrollIntoViewIfNeeded();
    const fresh = await page.locator(CHART).screenshot();

    await mount(page, SIZE);
    const large = await canvasState(page);
    await page.evaluate(() =>
      (
        window as unknown as { __sandbox: { resizePanel(w: number, h: number): Promise<unknown> } }
      ).__sandbox.resizePanel(640, 480)
    );
    const small = await canvasState(page);
    expect(small.bitmap).toEqual(large.bitmap);
    expect(small.drawn).not.toEqual(large.drawn);
    expect(small.below).toEqual(['page', 'page', 'page']);
    expect(Buffer.compare(await page.locator(CHART).screenshot(), fresh)).toBe(0);
    expect(errors).toEqual([]);
    await page.close();
  });
});
