import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { ARTIFACTS, openSandbox, useBrowser } from './browser';

// Small and large panels (issue 7, item 7): the built panel mounted through the sandbox host's mount API at
// 300×200, 480×320, 1280×800 and 3840×2160 — nothing overflows the panel box, the effectiveness strip
// collapses to icons on small panels (each verdict keeps its accessible name), the chart uses a 4K panel.
// Which segments get labels on small panels is checked by the spec's own tests (src/spec), not here.
jest.setTimeout(120000);

const SAMPLE = JSON.parse(fs.readFileSync(path.resolve(__dirname, '../../sandbox/samples/demo.json'), 'utf8'));
const MOUNTED = '[data-testid="sandbox mounted panel"]';
const PANEL = `${MOUNTED} [data-testid="data-testid segment-matrix panel"]`;
const CHART = `${MOUNTED} [data-testid="data-testid segment-matrix chart"]`;
const STRIP = `${MOUNTED} [data-testid="data-testid segment-matrix strip"]`;
const TABLE = `${MOUNTED} [data-testid="data-testid segment-matrix table"]`;

interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

interface Measure {
  panel: Rect & { scrollWidth: number; scrollHeight: number; clientWidth: number; clientHeight: number };
  chart: Rect & { scrollWidth: number; scrollHeight: number; clientWidth: number; clientHeight: number };
  /** The drawing surface (svg.marks). */
  svg: Rect;
  strip: Rect | null;
  table: Rect | null;
  /** Every drawn SVG mark item (the children of Vega's mark groups), with a size. */
  marks: Array<Rect & { what: string }>;
  /** The plot (the grid's extent), the segments whose label is drawn and every bubble's box area. */
  plot: { width: number; height: number };
  labelled: string[];
  bubbleAreas: Array<{ segment: string; area: number }>;
  /** Every other visible element inside the panel (strip, buttons, badges, table), with a size. */
  elements: Array<Rect & { what: string }>;
  /** The smallest font size (px) of the chart's text. */
  minFont: number;
}

function measure(page: Page): Promise<Measure> {
  return page.evaluate(
    ({ PANEL, CHART, STRIP, TABLE }) => {
      const rect = (el: Element): Rect => {
        const r = el.getBoundingClientRect();
        return { x: r.x, y: r.y, width: r.width, height: r.height };
      };
      const scroll = (el: Element) => ({
        ...rect(el),
        scrollWidth: el.scrollWidth,
        scrollHeight: el.scrollHeight,
        clientWidth: el.clientWidth,
        clientHeight: el.clientHeight,
      });
      const describe = (el: Element) =>
        `${el.tagName.toLowerCase()}.${(el.getAttribute('class') ?? '').split(' ').slice(0, 3).join('.')}${
          el.getAttribute('aria-label') ? `[${el.getAttribute('aria-label')}]` : ''
        }`;
      const panel = document.querySelector(PANEL)!;
      const chart = document.querySelector(CHART)!;
      const svg = chart.querySelector('svg.marks')!;
      const strip = document.querySelector(STRIP);
      const table = document.querySelector(TABLE);
      // Drawn marks: a label the label transform found no room for is kept at opacity 0, not drawn.
      const drawn = (el: Element) => getComputedStyle(el).opacity !== '0';
      const marks = [...svg.querySelectorAll('g[class*="mark-"] > :not(g)')]
        .filter(drawn)
        .map((el) => ({ ...rect(el), what: `${describe(el.parentElement!)} ${describe(el)}` }))
        .filter((r) => r.width > 0 && r.height > 0);
      const grids = [...svg.querySelectorAll('.role-axis-grid')].map((g) => g.getBoundingClientRect());
      const plot = {
        width: Math.max(...grids.map((g) => g.right)) - Math.min(...grids.map((g) => g.left)),
        height: Math.max(...grids.map((g) => g.bottom)) - Math.min(...grids.map((g) => g.top)),
      };
      const labelled = [...svg.querySelectorAll('.labels_marks text')]
        .filter(drawn)
        .map((t) => t.getAttribute('aria-label') ?? '');
      const bubbleAreas = [...svg.querySelectorAll('.bubbles_marks path')].map((b) => {
        const r = b.getBoundingClientRect();
        return { segment: b.getAttribute('aria-label') ?? '', area: r.width * r.height };
      });
      // What is visible of an element: its box cut by every clipping (overflow) ancestor below the panel root;
      // the panel root's own clipping is what this test checks, so it is not applied.
      const visible = (el: Element): Rect => {
        let { x, y, width, height } = rect(el);
        for (let a = el.parentElement; a && a !== panel; a = a.parentElement) {
          const style = getComputedStyle(a);
          if (style.overflowX !== 'visible' || style.overflowY !== 'visible') {
            const c = a.getBoundingClientRect();
            const right = Math.min(x + width, c.right);
            const bottom = Math.min(y + height, c.bottom);
            x = Math.max(x, c.x);
            y = Math.max(y, c.y);
            width = Math.max(0, right - x);
            height = Math.max(0, bottom - y);
          }
        }
        return { x, y, width, height };
      };
      const elements = [...panel.querySelectorAll('*')]
        .filter((el) => !(el instanceof SVGElement) && getComputedStyle(el).visibility !== 'hidden')
        .map((el) => ({ ...visible(el), what: describe(el) }))
        .filter((r) => r.width > 0 && r.height > 0);
      const fonts = [...svg.querySelectorAll('text')]
        .filter((t) => (t.textContent ?? '').trim() !== '')
        .map((t) => parseFloat(getComputedStyle(t).fontSize || t.getAttribute('font-size') || '0'));
      return {
        panel: scroll(panel),
        chart: scroll(chart),
        svg: rect(svg),
        strip: strip ? rect(strip) : null,
        table: table ? rect(table) : null,
        marks,
        plot,
        labelled,
        bubbleAreas,
        elements,
        minFont: Math.min(...fonts),
      };
    },
    { PANEL, CHART, STRIP, TABLE }
  );
}

/** The parts of `rects` that reach outside `box` by more than half a pixel (anti-aliasing). */
function outside(rects: Array<Rect & { what: string }>, box: Rect): string[] {
  const eps = 0.5;
  return rects
    .filter(
      (r) =>
        r.x < box.x - eps ||
        r.y < box.y - eps ||
        r.x + r.width > box.x + box.width + eps ||
        r.y + r.height > box.y + box.height + eps
    )
    .map((r) => `${r.what} at ${Math.round(r.x)},${Math.round(r.y)} ${Math.round(r.width)}×${Math.round(r.height)}`);
}

/** What reaches outside the panel box at this size, in words (empty when nothing does). */
function overflows(m: Measure, width: number, height: number): string[] {
  const found: string[] = [];
  if (Math.round(m.panel.width) !== width || Math.round(m.panel.height) !== height) {
    found.push(`panel is ${m.panel.width}×${m.panel.height}`);
  }
  // no scrollbars, nothing scrolled out of view on the panel root and the chart container
  for (const [name, el] of [
    ['panel', m.panel],
    ['chart', m.chart],
  ] as const) {
    if (el.scrollWidth > el.clientWidth || el.scrollHeight > el.clientHeight) {
      found.push(`${name} scrolls: ${el.scrollWidth}×${el.scrollHeight} in ${el.clientWidth}×${el.clientHeight}`);
    }
  }
  // every element of the panel inside the panel box; the drawing surface inside the chart's box
  found.push(...outside(m.elements, m.panel));
  found.push(...outside([{ ...m.svg, what: 'svg.marks' }], m.chart));
  return found;
}

/**
 * The drawn marks (axes, legends, bubbles, labels…) that reach outside the chart's box: cut off by the SVG, or,
 * inside the panel, drawn over the strip or the table.
 */
function marksOutside(m: Measure): string[] {
  return outside(m.marks, m.chart);
}

const SIZES: Array<[number, number]> = [
  [300, 200],
  [480, 320],
  [1280, 800],
  [3840, 2160],
];

describe('small and large panels', () => {
  const browser = useBrowser();
  let page: Page;
  let errors: string[];
  const api = (fn: string, ...args: unknown[]) =>
    page.evaluate(
      ([fn, args]) =>
        (window as unknown as { __sandbox: Record<string, (...a: unknown[]) => unknown> }).__sandbox[fn](...args),
      [fn, args] as const
    );

  beforeAll(async () => {
    ({ page, errors } = await openSandbox(
      browser(),
      { frames: '/samples/empty.json', kiosk: '1' },
      { width: 3900, height: 2250 }
    ));
  });

  afterAll(async () => {
    await page?.close();
  });

  /** Each size on its own (Jest randomises the order): mounted at a middle size, then resized to this one. */
  async function atSize(width: number, height: number): Promise<Measure> {
    await api('mountPanel', { frames: SAMPLE, width: 640, height: 400 });
    await api('resizePanel', width, height);
    return measure(page);
  }

  it.each(SIZES)('%i×%i: every drawn mark stays inside the chart', async (width, height) => {
    const errorsBefore = errors.length;
    const m = await atSize(width, height);
    expect(m.marks.length).toBeGreaterThan(0);
    expect(marksOutside(m)).toEqual([]);
    // Labels go to the largest segments only, as many as the plot has room for (spec: LABEL_AREA px² each, at least 3).
    const budget = Math.max(3, Math.floor((m.plot.width * m.plot.height) / 5000));
    const largest = [...m.bubbleAreas].sort((a, b) => b.area - a.area);
    const cutoff = largest[Math.min(budget, largest.length) - 1].area;
    expect(m.labelled.length).toBeGreaterThan(0);
    expect(m.labelled.length).toBeLessThanOrEqual(budget);
    for (const segment of m.labelled) {
      const bubble = m.bubbleAreas.find((b) => b.segment === segment);
      expect(bubble === undefined || bubble.area >= cutoff - 1).toBe(true);
    }
    await api('unmountPanel');
    expect(errors.slice(errorsBefore)).toEqual([]);
  });

  it('lays the chart out once: the room for axes and legends is estimated before drawing', async () => {
    for (const [width, height] of [
      [800, 600],
      [1280, 800],
      [480, 320],
    ]) {
      await api('mountPanel', { frames: SAMPLE, width, height });
      expect(await page.locator(CHART).getAttribute('data-layout-passes')).toBe('1');
      await api('resizePanel', width - 57, height - 31);
      expect(await page.locator(CHART).getAttribute('data-layout-passes')).toBe('1');
    }
    await api('unmountPanel');
  });

  it('corrects a missed estimate (trails and labels reaching above the plot) before showing the chart', async () => {
    const errorsBefore = errors.length;
    const sample = (name: string) =>
      JSON.parse(fs.readFileSync(path.resolve(__dirname, `../../sandbox/samples/${name}`), 'utf8'));
    await api('mountPanel', {
      frames: sample('trajectories.json'),
      options: sample('trajectories.options.json'),
      width: 800,
      height: 600,
    });
    expect(await page.locator(CHART).getAttribute('data-layout-passes')).toBe('2');
    const m = await measure(page);
    expect(marksOutside(m)).toEqual([]);
    await api('unmountPanel');
    expect(errors.slice(errorsBefore)).toEqual([]);
  });

  it.each(SIZES)('%i×%i: the panel stays in its box, strip and table as the size allows', async (width, height) => {
    const errorsBefore = errors.length;
    const m = await atSize(width, height);
    fs.mkdirSync(ARTIFACTS, { recursive: true });
    await page.locator(PANEL).screenshot({ path: path.join(ARTIFACTS, `panel-size-${width}x${height}.png`) });
    expect(overflows(m, width, height)).toEqual([]);

    const mode = await page.locator(STRIP).getAttribute('data-mode');
    if (width < 560) {
      // the strip collapses to its verdict icons: no words, each verdict named for screen readers and in a tooltip
      expect(mode).toBe('icons');
      const strip = page.locator(STRIP);
      expect((await strip.innerText()).trim()).toBe('');
      expect(await strip.getByRole('img', { name: /(On track|Off track|Flat|No data)$/ }).count()).toBe(3);
      for (const key of ['growth', 'resources', 'satisfaction']) {
        const card = page.locator(`${MOUNTED} [data-testid="data-testid segment-matrix indicator ${key}"]`);
        expect(await card.getAttribute('title')).toMatch(/(On track|Off track|Flat|No data)\.$/);
        expect(await card.getByRole('img').getAttribute('aria-label')).toMatch(/^\w+.*: /);
      }
    } else {
      expect(mode).toBe('full');
      expect(await page.locator(`${STRIP} [role="listitem"]`).count()).toBe(3);
    }
    if (width === 300) {
      // no room for the table beside a readable chart: the chart keeps the room
      expect(m.table).toBeNull();
      expect(m.chart.height).toBeGreaterThanOrEqual(160);
    }
    if (width === 3840) {
      // the chart takes the panel minus the strip and the table, and draws over all of it
      const panelArea = m.panel.width * m.panel.height;
      const stripArea = m.strip ? (m.strip.height + 8) * m.panel.width : 0;
      const tableArea = m.table ? (m.table.height + 8) * m.table.width : 0;
      const chartArea = m.chart.width * m.chart.height;
      expect(chartArea / (panelArea - stripArea - tableArea)).toBeGreaterThanOrEqual(0.8);
      expect((m.svg.width * m.svg.height) / chartArea).toBeGreaterThanOrEqual(0.95);
      // bubbles spread over the plot, not bunched in a corner
      const bubbles = m.marks.filter((r) => r.what.includes('bubbles_marks'));
      const xs = bubbles.flatMap((r) => [r.x, r.x + r.width]);
      const ys = bubbles.flatMap((r) => [r.y, r.y + r.height]);
      expect(Math.max(...xs) - Math.min(...xs)).toBeGreaterThan(0.5 * m.chart.width);
      expect(Math.max(...ys) - Math.min(...ys)).toBeGreaterThan(0.3 * m.chart.height);
      // text stays readable
      expect(m.minFont).toBeGreaterThanOrEqual(10);
    }
    await api('unmountPanel');
    expect(errors.slice(errorsBefore)).toEqual([]);
  });
});
