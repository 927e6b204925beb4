import fs from 'node:fs';
import path from 'node:path';
import { LAYERS } from './layers';
import { keepScreenshot, openSandbox, sandboxUrl, useBrowser } from './browser';

// The built dist/module.js, loaded by the sandbox host through SystemJS as Grafana loads it.
jest.setTimeout(60000);

const CHART = '[data-testid="data-testid segment-matrix chart"] svg';
const mark = (layer: string) => `${CHART} .${layer}_marks`;

const SAMPLE = JSON.parse(fs.readFileSync(path.resolve(__dirname, '../../sandbox/samples/demo.json'), 'utf8'));
const SAMPLE_SEGMENTS: string[] = [...new Set<string>(SAMPLE[0].fields.find((f: { name: string }) => f.name === 'segment').values)];

describe('sandbox: the built plugin in a real browser', () => {
  const browser = useBrowser();

  it('draws and labels every segment of the sample frame, with no console error', async () => {
    const { page, state, errors } = await openSandbox(browser(), { frames: '/samples/demo.json', theme: 'light' });
    expect(state.status).toBe('ready');
    const chart = page.locator('[data-testid="data-testid segment-matrix chart"] svg');
    await expect(chart.count()).resolves.toBe(1);

    const labels = await page.$$eval(`${mark(LAYERS.labels)} text`, (nodes) => nodes.map((n) => n.textContent));
    for (const segment of SAMPLE_SEGMENTS) {
      expect(labels).toContain(segment);
    }
    expect(labels).toHaveLength(SAMPLE_SEGMENTS.length);
    // one bubble per segment, each a visible area
    const bubbles = await page.$$eval(`${mark(LAYERS.bubbles)} path`, (nodes) =>
      nodes.map((n) => n.getBoundingClientRect()).filter((r) => r.width > 1 && r.height > 1)
    );
    expect(bubbles).toHaveLength(SAMPLE_SEGMENTS.length);
    await keepScreenshot(page, 'sandbox-sample-light');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('draws the two quadrant lines at the cut points', async () => {
    const { page } = await openSandbox(browser(), { frames: '/samples/demo.json' });
    const box = (layer: string) =>
      page.$$eval(`${mark(layer)} line`, (lines) => lines.map((l) => l.getBoundingClientRect().toJSON() as DOMRect));
    const plot = await page.$eval(`${CHART} .role-axis-grid`, (g) => g.getBoundingClientRect().toJSON() as DOMRect);
    const lines = await box(LAYERS.cuts);
    expect(lines).toHaveLength(2);
    const [vertical, horizontal] = [...lines].sort((a, b) => a.width - b.width);
    // a vertical line spanning the plot's height, a horizontal one spanning its width
    expect(vertical.width).toBeLessThan(3);
    expect(vertical.height).toBeGreaterThan(plot.height * 0.9);
    expect(horizontal.height).toBeLessThan(3);
    expect(horizontal.width).toBeGreaterThan(plot.width * 0.9);
    // at the cut points of the summary: inside the plot, not on its edges
    expect(vertical.x).toBeGreaterThan(plot.x + 10);
    expect(vertical.x).toBeLessThan(plot.x + plot.width - 10);
    await page.close();
  });

  it('serves a strict CSP (no unsafe-eval) that blocks eval, and the panel renders under it', async () => {
    const { page, errors } = await openSandbox(browser(), { frames: '/samples/demo.json' });
    const response = await page.request.get(sandboxUrl());
    const csp = response.headers()['content-security-policy'];
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toContain('unsafe-eval');
    expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);
    await expect(page.locator('[data-render-state="done"] [data-testid="data-testid segment-matrix chart"] svg').count()).resolves.toBe(1);
    expect(errors).toEqual([]);

    // A same-origin page under the sandbox's CSP whose script tries eval: the browser must refuse.
    const probe = await browser().newPage();
    await probe.route('**/csp-probe.html', (route) =>
      route.fulfill({
        contentType: 'text/html',
        headers: { 'Content-Security-Policy': csp },
        body: '<!doctype html><title>pending</title><script src="/csp-probe.js"></script>',
      })
    );
    await probe.route('**/csp-probe.js', (route) =>
      route.fulfill({
        contentType: 'text/javascript',
        body: "try { eval('1'); document.title = 'eval-allowed'; } catch (e) { document.title = e.name; }",
      })
    );
    await probe.goto(`${process.env.SANDBOX_URL}/csp-probe.html`);
    await probe.waitForFunction(() => document.title !== 'pending');
    expect(await probe.title()).toBe('EvalError');
    await probe.close();
    await page.close();
  });

  it('shows Grafana\'s no-data view for a frame without rows', async () => {
    const { page, errors } = await openSandbox(browser(), { frames: '/samples/empty.json' });
    await expect(page.getByText('No data').count()).resolves.toBeGreaterThan(0);
    expect(await page.locator('[data-testid="data-testid segment-matrix chart"]').count()).toBe(0);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('generates the options form from the plugin\'s own option builder', async () => {
    const { page } = await openSandbox(browser(), { frames: '/samples/demo.json' });
    const pane = page.getByTestId('sandbox options-pane');
    await expect(pane.getByText('Data mapping').count()).resolves.toBe(1);
    for (const label of ['Segment', 'X axis (customer needs)', 'Y axis (organizational value)']) {
      await expect(pane.getByText(label, { exact: true }).count()).resolves.toBe(1);
    }
    await page.close();
  });

  it('switching the labels option off in the form removes the labels', async () => {
    const { page } = await openSandbox(browser(), { frames: '/samples/demo.json' });
    const texts = () => page.locator(`${mark(LAYERS.labels)} text`).count();
    expect(await texts()).toBeGreaterThanOrEqual(SAMPLE_SEGMENTS.length);
    const toggle = page.getByTestId('sandbox options-pane').getByRole('switch', { name: 'Labels' });
    await page.locator(`label[for="${await toggle.getAttribute('id')}"]`).click();
    await page.waitForFunction((selector) => document.querySelectorAll(selector).length === 0, `${mark(LAYERS.labels)} text`);
    expect(await texts()).toBe(0);
    await page.close();
  });

  it('follows Grafana\'s theme: dark and light backgrounds and text colours differ', async () => {
    const colours = async (theme: string) => {
      const { page } = await openSandbox(browser(), { frames: '/samples/demo.json', theme });
      const result = await page.evaluate(() => {
        const panel = document.querySelector('[data-testid="sandbox panel"]')!;
        const label = document.querySelector('[data-testid="data-testid segment-matrix chart"] svg .labels_marks text')!;
        return { background: getComputedStyle(panel).backgroundColor, text: label.getAttribute('fill') };
      });
      await keepScreenshot(page, `sandbox-sample-${theme}`);
      await page.close();
      return result;
    };
    const dark = await colours('dark');
    const light = await colours('light');
    expect(dark.background).not.toBe(light.background);
    expect(dark.text).not.toBe(light.text);
  });

  it('clicking a bubble sets the dashboard variable through locationService.partial', async () => {
    const { page, errors } = await openSandbox(browser(), { frames: '/samples/demo.json' });
    // the bubble is named after its segment (aria-label); labels are placed around it where there is room
    const bubble = page.locator(`${mark(LAYERS.bubbles)} path[aria-label="Enterprise"]`);
    const box = (await bubble.boundingBox())!;
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    await page.waitForFunction(() => new URL(window.location.href).searchParams.get('var-segment') === 'Enterprise');
    const calls = await page.evaluate(() => (window as unknown as { __sandbox: { locationCalls: unknown[] } }).__sandbox.locationCalls);
    expect(calls).toEqual([{ query: { 'var-segment': 'Enterprise' }, replace: true }]);
    await expect(page.getByTestId('sandbox variables').innerText()).resolves.toContain('segment=Enterprise');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('downloads the render summary from the toolbar', async () => {
    const { page } = await openSandbox(browser(), { frames: '/samples/demo.json' });
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('sandbox download-summary').click()]);
    expect(download.suggestedFilename()).toBe('segment-matrix-summary.json');
    const summary = JSON.parse(fs.readFileSync((await download.path())!, 'utf8'));
    expect(summary.segments.map((x: { segment: string }) => x.segment).sort()).toEqual([...SAMPLE_SEGMENTS].sort());
    expect(Object.keys(summary)).toEqual(['baseline', 'current', 'cuts', 'segments', 'indicators', 'warnings']);
    await page.close();
  });

  it('says why when the frames cannot be loaded', async () => {
    const page = await browser().newPage();
    await page.goto(sandboxUrl({ frames: '/samples/does-not-exist.json' }));
    await page.waitForFunction(() => (window as unknown as { __sandbox?: { status: string } }).__sandbox?.status === 'error');
    await expect(page.getByTestId('sandbox fatal').innerText()).resolves.toContain('HTTP 404');
    await page.close();
  });
});
