import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { LAYERS } from './layers';
import { keepScreenshot, openSandbox, useBrowser } from './browser';

// Click-through, highlight and keyboard-only selection in the built plugin (issue 7, items 1, 2 and 6).
jest.setTimeout(90000);

const CHART = '[data-testid="data-testid segment-matrix chart"] svg';
const BUBBLES = `${CHART} .${LAYERS.bubbles}_marks path`;
const FOCUS_LAYER = '[data-testid="data-testid segment-matrix focus-layer"]';
const row = (segment: string) => `[data-testid="data-testid segment-matrix table-row ${segment}"]`;

interface SummarySegment {
  segment: string;
  status: string;
}

/** Segments in the model's legend order (the render summary keeps it). */
async function legendOrder(page: Page): Promise<SummarySegment[]> {
  await page.waitForFunction(() =>
    Boolean((window as unknown as { __sandbox: { summary?: unknown } }).__sandbox.summary)
  );
  return page.evaluate(
    () => (window as unknown as { __sandbox: { summary: { segments: SummarySegment[] } } }).__sandbox.summary.segments
  );
}

const urlVariable = (page: Page) => page.evaluate(() => new URL(window.location.href).searchParams.get('var-segment'));
const locationCalls = (page: Page) =>
  page.evaluate(() => (window as unknown as { __sandbox: { locationCalls: unknown[] } }).__sandbox.locationCalls);

/** Opacity of each drawn bubble, by segment (the SVG attribute Vega writes, else the computed style). */
function bubbleOpacities(page: Page): Promise<Record<string, number>> {
  return page.$$eval(BUBBLES, (nodes) =>
    Object.fromEntries(
      nodes.map((n) => [
        n.getAttribute('aria-label') ?? '',
        Number(n.getAttribute('opacity') ?? n.getAttribute('fill-opacity') ?? getComputedStyle(n).opacity),
      ])
    )
  );
}

/** Waits until the bubble of `segment` is the only one at full strength (the others dimmed), or until none is dimmed. */
async function waitForHighlight(page: Page, segment: string | null) {
  await page.waitForFunction(
    ({ selector, segment }) => {
      const values = [...document.querySelectorAll(selector)].map((n) => ({
        name: n.getAttribute('aria-label'),
        opacity: Number(n.getAttribute('opacity') ?? getComputedStyle(n).opacity),
      }));
      if (values.length === 0) {
        return false;
      }
      const max = Math.max(...values.map((v) => v.opacity));
      if (segment === null) {
        return values.every((v) => v.opacity === max);
      }
      return values.every((v) => (v.name === segment ? v.opacity === max : v.opacity < max));
    },
    { selector: BUBBLES, segment }
  );
}

describe('interactions: click-through, highlight, keyboard', () => {
  const browser = useBrowser();

  it('a table row click sets var-segment; a second click on the same segment clears it', async () => {
    const { page, errors } = await openSandbox(browser(), { frames: '/samples/demo.json' });
    const [first, second] = await legendOrder(page);
    expect(await urlVariable(page)).toBeNull();

    await page.locator(row(second.segment)).click();
    await page.waitForFunction(
      (name) => new URL(window.location.href).searchParams.get('var-segment') === name,
      second.segment
    );
    // the selected segment stays highlighted in the table and the chart
    await expect(page.locator(row(second.segment)).getAttribute('aria-selected')).resolves.toBe('true');
    await page.mouse.move(0, 0);
    await waitForHighlight(page, second.segment);
    await expect(page.locator(row(second.segment)).getAttribute('data-highlighted')).resolves.toBe('true');

    // another segment replaces it
    await page.locator(row(first.segment)).click();
    await page.waitForFunction(
      (name) => new URL(window.location.href).searchParams.get('var-segment') === name,
      first.segment
    );

    // the same segment again clears it
    await page.locator(row(first.segment)).click();
    await page.waitForFunction(() => !new URL(window.location.href).searchParams.has('var-segment'));
    expect(await locationCalls(page)).toEqual([
      { query: { 'var-segment': second.segment }, replace: true },
      { query: { 'var-segment': first.segment }, replace: true },
      { query: { 'var-segment': null }, replace: true },
    ]);
    await page.mouse.move(0, 0);
    await waitForHighlight(page, null);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('the selected segment stays highlighted after the pointer hovers another bubble and leaves', async () => {
    const { page, errors } = await openSandbox(browser(), { frames: '/samples/demo.json' });
    const segments = (await legendOrder(page)).filter((s) => s.status !== 'retired');
    const [selected, other] = [segments[0].segment, segments[1].segment];
    await page.locator(row(selected)).click();
    await page.waitForFunction(
      (name) => new URL(window.location.href).searchParams.get('var-segment') === name,
      selected
    );
    await page.mouse.move(0, 0);
    await waitForHighlight(page, selected);

    const box = (await page.locator(`${BUBBLES}[aria-label="${other}"]`).boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await waitForHighlight(page, other);
    await expect(page.locator(row(other)).getAttribute('data-highlighted')).resolves.toBe('true');
    await page.mouse.move(0, 0);
    await waitForHighlight(page, selected);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('a second click on a bubble clears the variable too', async () => {
    const { page, errors } = await openSandbox(browser(), { frames: '/samples/demo.json' });
    const box = (await page.locator(`${BUBBLES}[aria-label="Enterprise"]`).boundingBox())!;
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    await page.waitForFunction(() => new URL(window.location.href).searchParams.get('var-segment') === 'Enterprise');
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    await page.waitForFunction(() => !new URL(window.location.href).searchParams.has('var-segment'));
    expect(errors).toEqual([]);
    await page.close();
  });

  it('hovering a table row highlights that row and dims the other bubbles', async () => {
    const { page, errors } = await openSandbox(browser(), { frames: '/samples/demo.json' });
    const segments = await legendOrder(page);
    const target = segments.find((s) => s.status !== 'retired')!.segment;
    const before = await bubbleOpacities(page);
    const full = Math.max(...Object.values(before));
    expect(Object.values(before).every((o) => o === full)).toBe(true);

    await page.locator(row(target)).hover();
    await waitForHighlight(page, target);
    const after = await bubbleOpacities(page);
    expect(after[target]).toBe(full);
    for (const [name, opacity] of Object.entries(after)) {
      if (name !== target) {
        expect(opacity).toBeLessThan(full);
      }
    }
    await expect(page.locator(row(target)).getAttribute('data-highlighted')).resolves.toBe('true');
    const other = segments.find((s) => s.segment !== target)!.segment;
    await expect(page.locator(row(other)).getAttribute('data-highlighted')).resolves.toBeNull();
    const background = (selector: string) => page.$eval(selector, (n) => getComputedStyle(n).backgroundColor);
    expect(await background(row(target))).not.toBe(await background(row(other)));
    await keepScreenshot(page, 'interactions-row-hover');

    // leaving the table: nothing highlighted, nothing dimmed
    await page.mouse.move(0, 0);
    await waitForHighlight(page, null);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('keyboard only: Tab into the chart, ArrowRight twice, Enter selects the third segment in legend order', async () => {
    const { page, errors } = await openSandbox(browser(), { frames: '/samples/demo.json' });
    const segments = await legendOrder(page);

    // every focusable segment describes its movement in words
    const labels = await page.$$eval(`${FOCUS_LAYER} button`, (nodes) =>
      nodes.map((n) => ({ segment: n.getAttribute('data-segment')!, label: n.getAttribute('aria-label') ?? '' }))
    );
    expect(labels.map((l) => l.segment)).toEqual(segments.map((s) => s.segment));
    for (const { segment, label } of labels) {
      const status = segments.find((s) => s.segment === segment)!.status;
      expect(label.startsWith(segment)).toBe(true);
      if (status === 'retired') {
        expect(label).toContain('retired');
      } else if (status === 'new' && !label.includes('moved from')) {
        expect(label).toContain('is new');
      } else {
        expect(label).toMatch(/moved from|stayed in/);
      }
    }
    expect(labels.filter((l) => l.label.includes('moved from')).length).toBeGreaterThan(0);

    // Tab from the top of the page until the focus enters the chart
    let inChart = false;
    for (let i = 0; i < 300 && !inChart; i++) {
      await page.keyboard.press('Tab');
      inChart = await page.evaluate((layer) => Boolean(document.activeElement?.closest(layer)), FOCUS_LAYER);
    }
    expect(inChart).toBe(true);
    const focused = () => page.evaluate(() => document.activeElement?.getAttribute('data-segment') ?? null);
    expect(await focused()).toBe(segments[0].segment);
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    const third = segments[2].segment;
    expect(await focused()).toBe(third);

    // a visible focus ring in the theme's focus colour, at the focused bubble
    const ring = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement;
      const style = getComputedStyle(el);
      const r = el.getBoundingClientRect();
      return {
        outline: style.outlineStyle,
        width: parseFloat(style.outlineWidth),
        x: r.x + r.width / 2,
        y: r.y + r.height / 2,
        w: r.width,
      };
    });
    expect(ring.outline).toBe('solid');
    expect(ring.width).toBeGreaterThanOrEqual(2);
    const mark = segments[2].status === 'retired' ? `${CHART} .${LAYERS.ghosts}_marks path` : BUBBLES;
    const bubble = (await page.locator(`${mark}[aria-label="${third}"]`).first().boundingBox())!;
    expect(Math.abs(ring.x - (bubble.x + bubble.width / 2))).toBeLessThan(3);
    expect(Math.abs(ring.y - (bubble.y + bubble.height / 2))).toBeLessThan(3);
    expect(ring.w).toBeGreaterThanOrEqual(Math.min(bubble.width, bubble.height) - 1);
    // the focused segment is highlighted in the chart
    if (segments[2].status !== 'retired') {
      await waitForHighlight(page, third);
    }
    await keepScreenshot(page, 'interactions-keyboard-focus');

    await page.keyboard.press('Enter');
    await page.waitForFunction((name) => new URL(window.location.href).searchParams.get('var-segment') === name, third);
    expect(await urlVariable(page)).toBe(third);

    // Escape leaves the chart
    await page.keyboard.press('Escape');
    expect(await page.evaluate((layer) => Boolean(document.activeElement?.closest(layer)), FOCUS_LAYER)).toBe(false);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('after a resize the focused segment shows no ring until its new place is known, then shows it at its bubble', async () => {
    const { page, errors } = await openSandbox(browser(), { frames: '/samples/empty.json', kiosk: '1' });
    const frames = JSON.parse(fs.readFileSync(path.resolve(__dirname, '../../sandbox/samples/demo.json'), 'utf8'));
    await page.evaluate(
      (f) =>
        (window as unknown as { __sandbox: { mountPanel(r: unknown): Promise<unknown> } }).__sandbox.mountPanel({
          frames: f,
          width: 800,
          height: 600,
        }),
      frames
    );
    const mounted = '[data-testid="sandbox mounted panel"]';
    const layer = `${mounted} ${FOCUS_LAYER}`;
    await page.waitForSelector(`${layer}[data-placed="true"] button`);
    const segment = (await page.$eval(`${mounted} svg .${LAYERS.bubbles}_marks path`, (p) =>
      p.getAttribute('aria-label')
    ))!;
    // Resized with the first segment focused: its ring while the boxes are from the old size, and after.
    const seen = await page.evaluate(
      ([layer, segment]) =>
        new Promise<{ stale: string[]; placed: string }>((resolve) => {
          const root = document.querySelector(layer)!;
          const button = root.querySelector(`button[data-segment="${CSS.escape(segment)}"]`) as HTMLButtonElement;
          button.focus();
          const stale: string[] = [];
          const observer = new MutationObserver(() => {
            const outline = getComputedStyle(button).outlineStyle;
            if (root.getAttribute('data-placed') === 'false') {
              stale.push(outline);
            } else if (stale.length > 0) {
              observer.disconnect();
              resolve({ stale, placed: outline });
            }
          });
          observer.observe(root, { attributes: true, attributeFilter: ['data-placed'] });
          (
            window as unknown as { __sandbox: { resizePanel(w: number, h: number): Promise<unknown> } }
          ).__sandbox.resizePanel(640, 480);
        }),
      [layer, segment] as const
    );
    expect(seen.stale.length).toBeGreaterThan(0);
    expect(new Set(seen.stale)).toEqual(new Set(['none']));
    expect(seen.placed).toBe('solid');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-segment'))).toBe(segment);
    const ring = (await page.locator(`${layer} button[data-segment="${segment}"]`).boundingBox())!;
    const bubble = (await page
      .locator(`${mounted} svg .${LAYERS.bubbles}_marks path[aria-label="${segment}"]`)
      .boundingBox())!;
    expect(Math.abs(ring.x + ring.width / 2 - (bubble.x + bubble.width / 2))).toBeLessThan(3);
    expect(Math.abs(ring.y + ring.height / 2 - (bubble.y + bubble.height / 2))).toBeLessThan(3);
    expect(errors).toEqual([]);
    await page.close();
  });
});
