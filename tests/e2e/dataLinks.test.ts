import type { Page } from 'playwright-core';
import { LAYERS } from './layers';
import { keepScreenshot, openSandbox, useBrowser } from './browser';

// Data links from the field config, offered in a context menu on a segment (issue 7, item 1).
jest.setTimeout(90000);

const CHART = '[data-testid="data-testid segment-matrix chart"] svg';
const bubble = (segment: string) => `${CHART} .${LAYERS.bubbles}_marks path[aria-label="${segment}"]`;
const MENU = '[data-testid="data-testid segment-matrix links-menu"]';

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
});
