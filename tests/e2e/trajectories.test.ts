import { openSandbox, useBrowser } from './browser';

// Trajectories (issue 7 item 3): the trail through every period and the Play control.
jest.setTimeout(90000);

const CHART = '[data-testid="data-testid segment-matrix chart"] svg';
const PLAY = '[data-testid="data-testid segment-matrix play"]';
const PERIOD = '[data-testid="data-testid segment-matrix play-period"]';
const PERIODS = ['2024-Q1', '2024-Q2', '2024-Q3', '2024-Q4', '2025-Q1'];
const QUERY = { frames: '/samples/trajectories.json', options: '/samples/trajectories.options.json' };

describe('trajectories', () => {
  const browser = useBrowser();

  it('draws each trail through the periods in order, with an arrowhead at its end', async () => {
    const { page, errors } = await openSandbox(browser(), QUERY);
    const points = await page.$$eval(`${CHART} .trail_points_marks path`, (els) =>
      els.map((el) => {
        const r = el.getBoundingClientRect();
        return { period: el.getAttribute('aria-label') ?? '', x: r.x + r.width / 2, y: r.y + r.height / 2 };
      })
    );
    expect(points).toHaveLength(4 * PERIODS.length);
    // Alpha's needs and value both grow every period: drawn in period order, each screen coordinate
    // moves the same way at every step (whichever way the preset orients the axes).
    for (let i = 0; i < points.length; i += PERIODS.length) {
      expect(points.slice(i, i + PERIODS.length).map((p) => p.period)).toEqual(PERIODS);
    }
    // Alpha's trail: the one ending at Alpha's bubble.
    const [bx, by] = await page.$eval(`${CHART} .bubbles_marks path[aria-label="Alpha"]`, (el) => {
      const r = el.getBoundingClientRect();
      return [r.x + r.width / 2, r.y + r.height / 2];
    });
    const start = [0, 1, 2, 3]
      .map((k) => k * PERIODS.length)
      .find((i) => Math.hypot(points[i + PERIODS.length - 1].x - bx, points[i + PERIODS.length - 1].y - by) < 2)!;
    expect(start).toBeDefined();
    const alpha = points.slice(start, start + PERIODS.length);
    const dx = alpha.slice(1).map((p, i) => Math.sign(p.x - alpha[i].x));
    const dy = alpha.slice(1).map((p, i) => Math.sign(p.y - alpha[i].y));
    expect(new Set(dx).size).toBe(1);
    expect(new Set(dy).size).toBe(1);
    expect(dx[0]).not.toBe(0);
    expect(dy[0]).not.toBe(0);
    expect(await page.locator(`${CHART} .trail_heads_marks path`).count()).toBe(4);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('plays through every step to the last period, moving the bubbles in the same view on fixed axes, and pauses', async () => {
    const { page, errors } = await openSandbox(browser(), QUERY);
    const bubble = () =>
      page.$eval(`${CHART} .bubbles_marks path[aria-label="Alpha"]`, (el) => {
        const r = el.getBoundingClientRect();
        return [Math.round(r.x), Math.round(r.y)];
      });
    // The drawn SVG element and the axis labels of the first step: a rebuilt view would replace the one,
    // rescaled axes would change the others.
    const axisLabels = () => page.$$eval(`${CHART} .role-axis-label text`, (ts) => ts.map((t) => t.textContent).join('|'));
    await page.locator(PLAY).click();
    await page.locator(PERIOD).filter({ hasText: PERIODS[1] }).waitFor({ timeout: 5000 });
    await page.waitForSelector('[data-render-state="done"]');
    await page.$eval(CHART, (svg) => svg.setAttribute('data-probe', 'first step'));
    const labelsAtFirstStep = await axisLabels();
    const positions: number[][] = [await bubble()];
    for (const period of PERIODS.slice(2)) {
      await page.locator(PERIOD).filter({ hasText: period }).waitFor({ timeout: 5000 });
      await page.waitForSelector('[data-render-state="done"]');
      positions.push(await bubble());
      expect(await page.$eval(CHART, (svg) => svg.getAttribute('data-probe'))).toBe('first step');
      expect(await axisLabels()).toBe(labelsAtFirstStep);
    }
    expect(new Set(positions.map((p) => p.join(','))).size).toBeGreaterThan(1);
    await page.waitForFunction((sel) => document.querySelector(sel)?.getAttribute('aria-label') === 'Play', PLAY);
    expect(await page.locator(PERIOD).textContent()).toBe('2025-Q1');

    // Play again, then Pause: the period stays where it was.
    await page.locator(PLAY).click();
    await page.locator(PERIOD).filter({ hasText: '2024-Q2' }).waitFor({ timeout: 5000 });
    await page.locator(PLAY).click();
    const paused = await page.locator(PERIOD).textContent();
    await page.waitForTimeout(1800);
    expect(await page.locator(PERIOD).textContent()).toBe(paused);
    expect(errors).toEqual([]);
    await page.close();
  });
});
