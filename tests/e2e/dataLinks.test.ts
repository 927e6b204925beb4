import type { Page } from 'playwright-core';
import { LAYERS } from './layers';
import { keepScreenshot, openSandbox, useBrowser } from './browser';

// Data links from the field config, offered in a context menu on a segment (issue 7, item 1).
jest.setTimeout(90000);

const CHART = '[data-testid="data-testid segment-matrix chart"] svg';
const bubble = (segment: string) => `${CHART} .${LAYERS.bubbles}_marks path[aria-label="${segment}"]`;
const MENU = '[data-testid="data-testid segment-matrix links-menu"]';
const FOCUS_LAYER = '[data-testid="data-testid segment-matrix focus-layer"]';

async function rightClickBubble(page: Page, segment: string) {
  const box = await page.locator(bubble(segment)).first().boundingBox();
  if (!box) {
    throw new Error(`no bubble for ${segment}`);
  }
  const x = box.x + box.width / 2;
  const y = box.y + box.height / 2;
  await page.mouse.move(x, y);
  await page.mouse.click(x, y, { button: 'right' });
}

describe('data links', () => {
  const browser = useBrowser();

  it('right-clicking a bubble offers its interpolated links; javascript: links are never offered', async () => {
    const { page, errors } = await openSandbox(browser(), {
      frames: '/samples/demo.json',
      options: '/samples/links.options.json',
    });
    const current = await page.evaluate(
      () => (window as unknown as { __sandbox: { summary?: { current?: string | null } } }).__sandbox.summary?.current ?? null
    );
    await rightClickBubble(page, 'Enterprise');
    await page.waitForSelector(MENU);
    const links = await page.$$eval('a[href]', (nodes) =>
      nodes.map((n) => ({ href: n.getAttribute('href') ?? '', target: n.getAttribute('target'), text: n.textContent ?? '' }))
    );
    const details = links.filter((l) => l.text.includes('Segment details'));
    expect(details).toHaveLength(1);
    expect(details[0].href).toContain('var-segment=Enterprise');
    if (current) {
      expect(decodeURIComponent(details[0].href)).toContain(`period=${current}`);
    }
    expect(details[0].target).toBe('_blank');
    expect(links.some((l) => /^\s*javascript:/i.test(l.href))).toBe(false);
    expect(await page.locator('text=Unsafe').count()).toBe(0);
    await keepScreenshot(page, 'data-links-menu');

    // Escape closes the menu; a right-click on another segment opens its own links
    await page.keyboard.press('Escape');
    await page.waitForSelector(MENU, { state: 'detached' });
    await rightClickBubble(page, 'Mid-market');
    await page.waitForSelector(MENU);
    const hrefs = await page.$$eval('a[href]', (nodes) => nodes.map((n) => n.getAttribute('href') ?? ''));
    expect(hrefs.some((h) => h.includes('var-segment=Mid-market'))).toBe(true);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('keyboard only: Tab to the chart, arrow to a segment, Shift+F10 opens its links at the segment; Escape returns; Enter follows', async () => {
    const { page, errors } = await openSandbox(browser(), {
      frames: '/samples/demo.json',
      options: '/samples/links.options.json',
    });
    const current = await page.evaluate(
      () => (window as unknown as { __sandbox: { summary?: { current?: string | null } } }).__sandbox.summary?.current ?? null
    );
    const order = await page.$$eval(`${FOCUS_LAYER} button`, (nodes) => nodes.map((n) => n.getAttribute('data-segment')!));
    const target = 'Mid-market';
    expect(order).toContain(target);
    const focused = () => page.evaluate(() => document.activeElement?.getAttribute('data-segment') ?? null);
    const inMenu = () => page.evaluate((menu) => Boolean(document.activeElement?.closest('[role="menu"]')?.querySelector(menu)), MENU);

    // Tab from the top of the page until the focus enters the chart, then arrow to the target segment
    for (let i = 0; i < 300 && (await focused()) === null; i++) {
      await page.keyboard.press('Tab');
    }
    expect(await focused()).toBe(order[0]);
    for (let i = 0; i < order.length && (await focused()) !== target; i++) {
      await page.keyboard.press('ArrowRight');
    }
    expect(await focused()).toBe(target);
    const ring = (await page.locator(`${FOCUS_LAYER} button[data-segment="${target}"]`).boundingBox())!;

    // The menu moves the focus to its first link once it is rendered: wait for that, not just for the menu.
    const focusInMenu = () => page.waitForFunction(() => Boolean(document.activeElement?.closest('[role="menu"]')), null, { timeout: 5000 });
    await page.keyboard.press('Shift+F10');
    await page.waitForSelector(MENU);
    await focusInMenu();
    expect(await page.locator(MENU).textContent()).toBe(target);
    // the focus is on the first link, which carries the segment (and the current period) interpolated
    const first = await page.evaluate(() => {
      const el = document.activeElement as HTMLAnchorElement;
      return { text: el.textContent ?? '', href: el.getAttribute('href') ?? '', target: el.getAttribute('target') };
    });
    expect(await inMenu()).toBe(true);
    expect(first.text).toContain('Segment details');
    expect(first.href).toContain(`var-segment=${encodeURIComponent(target)}`);
    if (current) {
      expect(decodeURIComponent(first.href)).toContain(`period=${current}`);
    }
    expect(first.target).toBe('_blank');
    const links = await page.$$eval('[role="menu"] a[href]', (nodes) => nodes.map((n) => n.getAttribute('href') ?? ''));
    expect(links).toHaveLength(1);
    expect(links.some((h) => /^\s*javascript:/i.test(h))).toBe(false);
    // the menu opens at the focused segment's box, not at the page's corner
    const menuBox = (await page.locator('[role="menu"]').boundingBox())!;
    expect(Math.abs(menuBox.x - (ring.x + ring.width))).toBeLessThan(ring.width + 12);
    expect(Math.abs(menuBox.y - (ring.y + ring.height))).toBeLessThan(ring.height + 12);
    await keepScreenshot(page, 'data-links-keyboard-menu');

    // arrow keys stay in the menu (one link: it wraps to itself), Escape closes it and the segment has the focus again
    await page.keyboard.press('ArrowDown');
    expect(await inMenu()).toBe(true);
    await page.keyboard.press('Escape');
    await page.waitForSelector(MENU, { state: 'detached' });
    await page.waitForFunction((t) => document.activeElement?.getAttribute('data-segment') === t, target, { timeout: 5000 });
    expect(await focused()).toBe(target);

    // the ContextMenu key opens it too; Enter follows the focused link (a new tab, as its target says)
    await page.keyboard.press('ContextMenu');
    await page.waitForSelector(MENU);
    await focusInMenu();
    expect(await inMenu()).toBe(true);
    const [opened] = await Promise.all([page.context().waitForEvent('page'), page.keyboard.press('Enter')]);
    await opened.waitForLoadState('domcontentloaded').catch(() => undefined);
    const url = new URL(opened.url());
    expect(url.pathname).toBe('/d/segment-details');
    expect(url.searchParams.get('var-segment')).toBe(target);
    if (current) {
      expect(url.searchParams.get('period')).toBe(current);
    }
    await opened.close();
    await page.waitForSelector(MENU, { state: 'detached' });
    expect(await focused()).toBe(target);
    expect(errors).toEqual([]);
    await page.close();
  });
});
