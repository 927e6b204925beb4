import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { openSandbox, useBrowser } from './browser';

// A chart structure is parsed once per page and shared by every later panel of its kind
// (src/components/VegaView/compile.ts): panels mounted one after another with other data must each draw
// their own data, as a panel on a page of its own does. The bench's `segment-matrix-new` row mounts with a
// theme variant (Grafana's gray at an alpha just below 1) to measure a structure new to the page: that
// panel must draw the same chart.
jest.setTimeout(120000);

const SAMPLE = JSON.parse(fs.readFileSync(path.resolve(__dirname, '../../sandbox/samples/demo.json'), 'utf8'));

/** The sample with every number scaled by `factor`: the same structure, other positions. */
const scaled = (factor: number) =>
  SAMPLE.map((frame: { fields: Array<{ type: string; values: unknown[] }> }) => ({
    ...frame,
    fields: frame.fields.map((f) =>
      f.type === 'number' ? { ...f, values: f.values.map((v, k) => (v as number) * (k % 2 ? factor : 1)) } : f
    ),
  }));

type Api = { mountPanel(r: unknown): Promise<unknown>; unmountPanel(): void };

/** Mounts a fresh panel and returns its chart's SVG, page-wide ids taken out. */
const chartOf = (page: Page, frames: unknown, themeVariant?: number) =>
  page.evaluate(
    async ([frames, themeVariant]) => {
      const sb = (window as unknown as { __sandbox: Api }).__sandbox;
      sb.unmountPanel();
      await sb.mountPanel({ frames, width: 800, height: 500, ...(themeVariant ? { themeVariant } : {}) });
      const svg = document.querySelector('[data-testid="sandbox mounted panel"] svg.marks');
      return (svg?.outerHTML ?? '').replace(/(gradient_|clip)\d+/g, '$1');
    },
    [frames, themeVariant] as const
  );

describe('a chart structure shared by the panels of a page', () => {
  const browser = useBrowser();

  it('draws each panel from its own data, as a page drawing only that panel does', async () => {
    const { page, errors } = await openSandbox(browser(), { frames: '/samples/empty.json', kiosk: '1' });
    const first = await chartOf(page, scaled(1));
    const second = await chartOf(page, scaled(0.8));
    const firstAgain = await chartOf(page, scaled(1));
    expect(first).toContain('<path');
    expect(second).not.toBe(first);
    expect(firstAgain).toBe(first);

    // The second data set on a page that never drew the first.
    const other = await openSandbox(browser(), { frames: '/samples/empty.json', kiosk: '1' });
    expect(await chartOf(other.page, scaled(0.8))).toBe(second);

    expect(errors).toEqual([]);
    expect(other.errors).toEqual([]);
    await page.close();
    await other.page.close();
  });

  it("draws the same chart with the bench's theme variant, whose structure is new to the page", async () => {
    const { page, errors } = await openSandbox(browser(), { frames: '/samples/empty.json', kiosk: '1' });
    const plain = await chartOf(page, scaled(1));
    const variant = await chartOf(page, scaled(1), 3);
    // The variant's gray (alpha 0.99997) is the same colour as the theme's, written otherwise.
    const opaque = (svg: string) =>
      svg
        .replace(/#808080/gi, 'rgb(128, 128, 128)')
        .replace(/rgba\((\d+), (\d+), (\d+), 0\.9999\d*\)/g, 'rgb($1, $2, $3)');
    // Each variant writes its own gray into the chart's structure (the size legend's constant fill).
    expect(variant).not.toBe(plain);
    expect(await chartOf(page, scaled(1), 4)).not.toBe(variant);
    expect(opaque(variant)).toBe(opaque(plain));
    expect(errors).toEqual([]);
    await page.close();
  });
});
