import { waitForRender } from '../../sandbox/cli/renderPage';
import { keepScreenshot, openSandbox, sandboxUrl, useBrowser } from './browser';
import { LAYERS } from './layers';

// The same built dist/module.js in hosts that provide the @grafana/* packages and React of the oldest
// Grafana the plugin declares (grafanaDependency >=12.3.0: 12.3.3, React 18) and of the newest release
// (13.2, React 19).
jest.setTimeout(120000);

const HOSTS = [
  { host: 'grafana-12', grafana: /^12\.3\./, react: /^18\./ },
  { host: 'grafana-13', grafana: /^13\.2\./, react: /^19\./ },
];

describe.each(HOSTS)('Grafana version matrix: $host', ({ host, grafana, react }) => {
  const browser = useBrowser();

  it("loads the plugin with that line's packages and draws every segment, without console errors", async () => {
    const { page, state, errors } = await openSandbox(browser(), { frames: '/samples/demo.json', host });
    const versions = await page.evaluate(
      () => (window as unknown as { __sandbox: { host: { grafana: string; react: string } } }).__sandbox.host
    );
    expect(versions.grafana).toMatch(grafana);
    expect(versions.react).toMatch(react);
    expect(state.status).toBe('ready');
    expect(await page.locator(`.${LAYERS.bubbles}_marks path`).count()).toBe(6);
    await keepScreenshot(page, `versions-${host}-panel`);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('renders every Segment Matrix panel of the QBR dashboard', async () => {
    const page = await browser().newPage({ viewport: { width: 1600, height: 1400 } });
    const errors: string[] = [];
    page.on('console', (msg) => msg.type() === 'error' && errors.push(msg.text()));
    page.on('pageerror', (err) => errors.push(err.message));
    await page.goto(sandboxUrl({ dashboard: 'segment-qbr', host }));
    await waitForRender(page, 90000);
    await page.waitForFunction(
      () => {
        const panels = [...document.querySelectorAll('[data-testid="data-testid segment-matrix panel"]')];
        return panels.length >= 4 && panels.every((p) => p.getAttribute('data-render-state') === 'done');
      },
      undefined,
      { timeout: 90000 }
    );
    await keepScreenshot(page, `versions-${host}-qbr`);
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('Grafana version matrix: host selection', () => {
  const browser = useBrowser();

  it('refuses an unknown host with a clear message', async () => {
    const page = await browser().newPage();
    const response = await page.goto(sandboxUrl({ host: 'grafana-9' }));
    expect(response?.status()).toBe(400);
    expect(await page.innerText('body')).toContain('unknown host "grafana-9"');
    await page.close();
  });
});
