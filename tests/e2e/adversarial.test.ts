import { waitForRender } from '../../sandbox/cli/renderPage';
import { ADVERSARIAL_CASES, MARKUP, type Frame } from '../fixtures/adversarial';
import { keepScreenshot, sandboxUrl, useBrowser } from './browser';

// Every case of the adversarial corpus through the built panel in the sandbox (strict CSP).
jest.setTimeout(120000);

/** Grafana's DataFrame JSON, which (unlike plain JSON) carries NaN and ±Infinity as entities. */
function toDataFrameJSON(frame: Frame) {
  const entities = frame.fields.map((field) => {
    const lookup: Record<string, number[]> = {};
    field.values.forEach((v, i) => {
      const key = typeof v !== 'number' ? null : Number.isNaN(v) ? 'NaN' : v === Infinity ? 'Inf' : v === -Infinity ? 'NegInf' : null;
      if (key) {
        (lookup[key] ??= []).push(i);
      }
    });
    return Object.keys(lookup).length ? lookup : null;
  });
  return {
    schema: { refId: frame.refId, fields: frame.fields.map(({ name, type, config }) => ({ name, type, config: config ?? {} })) },
    data: {
      values: frame.fields.map((f) => f.values.map((v) => (typeof v === 'number' && !Number.isFinite(v) ? null : v))),
      entities,
    },
  };
}

describe('adversarial corpus in the sandbox', () => {
  const browser = useBrowser();

  it.each(ADVERSARIAL_CASES.map((c) => [c.name, c] as const))('%s', async (_name, testCase) => {
    const page = await browser().newPage({ viewport: { width: 1000, height: 700 } });
    const errors: string[] = [];
    page.on('console', (msg) => msg.type() === 'error' && errors.push(msg.text()));
    page.on('pageerror', (err) => errors.push(err.message));
    await page.route('**/fixture/frames.json', (route) => route.fulfill({ json: testCase.frames.map(toDataFrameJSON) }));
    await page.route('**/fixture/options.json', (route) => route.fulfill({ json: testCase.options ?? {} }));
    await page.goto(sandboxUrl({ frames: '/fixture/frames.json', options: '/fixture/options.json' }));
    const state = await waitForRender(page);
    expect(state.status).toBe('ready');

    const dom = await page.evaluate(() => ({
      pwned: (window as unknown as { __pwned?: unknown }).__pwned,
      handlers: document.querySelectorAll('[onerror],[onload],[onclick]').length,
      images: document.querySelectorAll('img[src="x"]').length,
      jsLinks: document.querySelectorAll('a[href^="javascript:"]').length,
      inlineScripts: [...document.scripts].filter((s) => !s.src).length,
      chart: document.querySelectorAll('[data-testid="data-testid segment-matrix chart"] svg').length,
      texts: [...document.querySelectorAll('[data-testid="data-testid segment-matrix chart"] svg text')].map((t) => t.textContent ?? ''),
      panelText: (document.querySelector('[data-testid="data-testid segment-matrix panel"]') as HTMLElement | null)?.innerText ?? '',
    }));
    await page.mouse.move(500, 350); // hover over the chart: tooltips must not run markup either
    await page.waitForTimeout(200);
    const afterHover = await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned);

    expect(dom.pwned).toBeUndefined();
    expect(afterHover).toBeUndefined();
    expect(dom.handlers).toBe(0);
    expect(dom.images).toBe(0);
    expect(dom.jsLinks).toBe(0);
    expect(dom.inlineScripts).toBe(0);
    if (testCase.draws) {
      expect(dom.chart).toBe(1);
    } else {
      expect(dom.chart).toBe(0);
      expect(dom.panelText.length).toBeGreaterThan(10);
    }
    if (testCase.name.startsWith('HTML')) {
      // the markup is shown as text
      for (const markup of MARKUP.slice(0, 3)) {
        expect(dom.texts.some((t) => t.includes(markup.slice(0, 12)))).toBe(true);
      }
    }
    if (errors.length > 0 || (testCase.draws && dom.chart !== 1)) {
      await keepScreenshot(page, `adversarial-${testCase.name.replace(/\W+/g, '-')}`);
    }
    expect(errors).toEqual([]);
    await page.close();
  });
});
