import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import type { Page } from 'playwright-core';
import { startSandboxServer } from '../../sandbox/server/app';
import { applyWarehouseSql } from '../../sandbox/server/sql/warehouse';
import { startPostgresCluster } from '../sql/postgresCluster';
import { keepScreenshot, sandboxUrl, useBrowser } from './browser';

// Dashboard mode: provisioned dashboards in the sandbox, live SQL on the server's embedded warehouse.
jest.setTimeout(150_000);

const ROOT = path.resolve(__dirname, '../..');
const CLI = path.join(ROOT, 'sandbox/.build/render.mjs');
const MATRIX = 'seglens-segmentmatrix-panel';
const RENDERED = '[data-testid="data-testid segment-matrix panel"][data-render-state="done"]';
const QBR = JSON.parse(fs.readFileSync(path.join(ROOT, 'provisioning/dashboards/segment-qbr.json'), 'utf8'));
const QBR_MATRICES: number = QBR.panels.filter((p: { type: string }) => p.type === MATRIX).length;
/** Panel ids in the QBR: the main matrix and the sub-segment view of $segment. */
const MAIN = 2;
const CHILDREN = 4;

interface PanelRecord {
  type: string;
  title: string;
  state: string;
  error: string | null;
  rows: number;
  runs: number;
}
interface Summary {
  baseline: string | null;
  current: string | null;
  segments: Array<{ segment: string; parent: string | null }>;
}
interface State {
  status: string;
  error?: string;
  dashboard: { uid: string; panels: Record<number, PanelRecord> };
  summaries: Record<number, Summary>;
  locationCalls: Array<{ query: Record<string, unknown> }>;
}

const state = (page: Page) => page.evaluate(() => (window as unknown as { __sandbox: State }).__sandbox);

/** Opens a dashboard page and waits until every panel has its data and every Segment Matrix panel has drawn. */
async function openDashboard(
  query: Record<string, string>,
  viewport = { width: 1600, height: 1000 },
  url = sandboxUrl(query)
) {
  const page = await browser().newPage({ viewport });
  const errors: string[] = [];
  page.on('console', (msg) => msg.type() === 'error' && errors.push(msg.text()));
  page.on('pageerror', (err) => errors.push(err.message));
  await page.goto(url);
  await waitForPanels(page);
  return { page, errors };
}

async function waitForPanels(page: Page) {
  await page.waitForFunction(
    (rendered) => {
      const s = (window as unknown as { __sandbox?: State }).__sandbox;
      if (s?.status === 'error') {
        return true;
      }
      const panels = Object.values(s?.dashboard?.panels ?? {});
      const matrices = panels.filter((p) => p.type === 'seglens-segmentmatrix-panel' && p.state === 'done').length;
      return (
        s?.status === 'ready' &&
        panels.length > 0 &&
        panels.every((p) => p.state !== 'loading') &&
        document.querySelectorAll(rendered).length === matrices
      );
    },
    RENDERED,
    { timeout: 120_000 }
  );
}

/** The centre of a segment's bubble in a panel (Vega's SVG renderer keeps each mark's item on its element). */
function bubbleCentre(page: Page, panelId: number, segment: string) {
  return page.evaluate(
    ({ panelId, segment }) => {
      const marks = document.querySelectorAll(`[data-panel-id="${panelId}"] .bubbles_marks path`);
      const mark = [...marks].find(
        (el) => (el as unknown as { __data__?: { datum?: { segment?: string } } }).__data__?.datum?.segment === segment
      );
      if (!mark) {
        return null;
      }
      const r = mark.getBoundingClientRect();
      return { x: r.x + r.width / 2, y: r.y + r.height / 2 };
    },
    { panelId, segment }
  );
}

const browser = useBrowser();

describe('sandbox dashboard mode', () => {
  it('opens the QBR dashboard by default, every Segment Matrix panel drawn from live SQL, no console error', async () => {
    const { page, errors } = await openDashboard({});
    const s = await state(page);
    expect(s.status).toBe('ready');
    expect(s.dashboard.uid).toBe('segment-qbr');
    expect(await page.locator(RENDERED).count()).toBe(QBR_MATRICES);
    for (const panel of QBR.panels) {
      const record = s.dashboard.panels[panel.id];
      expect([panel.id, record.state, record.error]).toEqual([panel.id, 'done', null]);
      if (panel.targets) {
        expect([panel.id, record.rows > 0]).toEqual([panel.id, true]);
      }
    }
    // the variables are resolved and written to the URL, as Grafana does
    expect(new URL(page.url()).searchParams.get('var-baseline')).toBe('2024-Q1');
    expect(new URL(page.url()).searchParams.get('var-current')).toBe('2025-Q4');
    expect(s.summaries[MAIN]).toMatchObject({ baseline: '2024-Q1', current: '2025-Q4' });
    expect(s.summaries[MAIN].segments.map((x) => x.segment)).toEqual(
      expect.arrayContaining(['Enterprise', 'Healthcare', 'AI Natives'])
    );
    // Grafana's table and time series panels as tables, with Grafana's units
    const scorecard = page.locator('[data-panel-type="table"] [data-testid="sandbox simple-table"] tbody tr');
    expect(await scorecard.count()).toBe(11);
    await expect(page.locator('[data-panel-id="6"] tbody').innerText()).resolves.toMatch(/\d+\.\d%/);
    const series = await page.locator('[data-panel-id="7"] thead th').allInnerTexts();
    expect(series).toEqual(expect.arrayContaining(['Time', 'Enterprise', 'Healthcare']));
    await keepScreenshot(page, 'dashboard-qbr');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('lays panels out from gridPos: 24 columns, 30 px rows', async () => {
    const { page } = await openDashboard({ dashboard: 'segment-qbr' });
    const box = async (id: number) => (await page.locator(`[data-panel-id="${id}"]`).boundingBox())!;
    const [text, main, bcg, children] = [await box(1), await box(MAIN), await box(3), await box(CHILDREN)];
    const grid = (await page.getByTestId('sandbox dashboard-grid').boundingBox())!;
    expect(text.width).toBeCloseTo(grid.width, 0);
    expect(main.y).toBeCloseTo(bcg.y, 0);
    expect(bcg.x - (main.x + main.width)).toBeCloseTo(8, 0);
    const { w, h } = QBR.panels.find((p: { id: number }) => p.id === MAIN).gridPos;
    expect(main.width / grid.width).toBeCloseTo(w / 24, 1);
    expect(main.height).toBe(h * 30 + (h - 1) * 8);
    expect(children.y - (main.y + main.height)).toBeCloseTo(8, 0);
    await page.close();
  });

  it('clicking a segment sets $segment, and the sub-segment panel follows with that segment’s children only', async () => {
    const { page, errors } = await openDashboard({ dashboard: 'segment-qbr' });
    const before = await state(page);
    expect(before.summaries[CHILDREN].segments.length).toBeGreaterThan(100);

    const centre = await bubbleCentre(page, MAIN, 'Healthcare');
    expect(centre).not.toBeNull();
    await page.mouse.click(centre!.x, centre!.y);

    await page.waitForFunction(
      (id) => {
        const s = (window as unknown as { __sandbox: State }).__sandbox;
        const summary = s.summaries[id];
        return (
          s.dashboard.panels[id].state === 'done' &&
          summary.segments.length > 0 &&
          summary.segments.every((x) => x.parent === 'Healthcare')
        );
      },
      CHILDREN,
      { timeout: 60_000 }
    );
    await page.waitForSelector(`[data-panel-id="${CHILDREN}"] ${RENDERED}`);
    const after = await state(page);
    expect(new URL(page.url()).searchParams.get('var-segment')).toBe('Healthcare');
    expect(after.locationCalls).toContainEqual(expect.objectContaining({ query: { 'var-segment': 'Healthcare' } }));
    expect(after.dashboard.panels[CHILDREN].title).toBe('Sub-segments of Healthcare: 2024-Q1 → 2025-Q4');
    expect(after.dashboard.panels[CHILDREN].runs).toBe(before.dashboard.panels[CHILDREN].runs + 1);
    expect(
      after.summaries[CHILDREN].segments.map((x) => x.segment).every((name) => name.startsWith('Healthcare: '))
    ).toBe(true);
    // panels whose SQL does not use $segment did not run again
    for (const id of [MAIN, 3, 5, 6, 7, 8]) {
      expect([id, after.dashboard.panels[id].runs]).toEqual([id, before.dashboard.panels[id].runs]);
    }
    await expect(page.getByTestId('sandbox variable segment').inputValue()).resolves.toBe('Healthcare');
    await keepScreenshot(page, 'dashboard-qbr-healthcare');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('a variable set from the URL or the dropdown re-runs the panels that use it', async () => {
    const { page } = await openDashboard({ dashboard: 'segment-qbr', 'var-segment': 'Mid-Market' });
    expect((await state(page)).summaries[CHILDREN].segments.every((x) => x.parent === 'Mid-Market')).toBe(true);

    await page.getByTestId('sandbox variable baseline').selectOption('2024-Q3');
    await page.waitForFunction(
      (id) => (window as unknown as { __sandbox: State }).__sandbox.summaries[id]?.baseline === '2024-Q3',
      MAIN,
      { timeout: 60_000 }
    );
    await waitForPanels(page);
    const s = await state(page);
    expect(s.summaries[CHILDREN].baseline).toBe('2024-Q3');
    expect(s.dashboard.panels[6].title).toBe('Segment scorecard: 2024-Q3 → 2025-Q4');
    await expect(page.locator('[data-panel-id="6"] thead').innerText()).resolves.toContain('Revenue 2024-Q3');
    await page.close();
  });

  it('the time range picker moves a time-range matrix (analyst dashboard)', async () => {
    const { page, errors } = await openDashboard({ dashboard: 'segment-trajectories' });
    const first = (await state(page)).summaries[1];
    await page.getByLabel('Time range from').fill('2024-07-01T00:00:00Z');
    await page.getByLabel('Time range to').fill('2025-03-31T00:00:00Z');
    await page.getByRole('button', { name: 'Apply' }).click();
    await page.waitForFunction(
      (baseline) => {
        const s = (window as unknown as { __sandbox: State }).__sandbox;
        return s.dashboard.panels[1].state === 'done' && s.summaries[1]?.baseline !== baseline;
      },
      first.baseline,
      { timeout: 60_000 }
    );
    await waitForPanels(page);
    const moved = (await state(page)).summaries[1];
    expect(moved.baseline).not.toBe(first.baseline);
    expect(moved.current).not.toBe(first.current);
    expect(new URL(page.url()).searchParams.get('from')).toBe('2024-07-01T00:00:00Z');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('shows a query error (unknown macro, SQL error) in the panel, not a blank', async () => {
    const broken = {
      ...QBR,
      uid: 'broken',
      panels: [
        {
          ...QBR.panels[1],
          id: 1,
          gridPos: { x: 0, y: 0, w: 12, h: 10 },
          targets: [{ ...QBR.panels[1].targets[0], rawSql: 'SELECT $__nope(period) FROM segment_quarter_metrics' }],
        },
        {
          ...QBR.panels[5],
          id: 2,
          gridPos: { x: 12, y: 0, w: 12, h: 10 },
          targets: [{ ...QBR.panels[5].targets[0], rawSql: 'SELECT * FROM no_such_view' }],
        },
      ],
    };
    const page = await browser().newPage({ viewport: { width: 1400, height: 700 } });
    await page.route('**/test/broken.json', (route) => route.fulfill({ json: broken }));
    await page.goto(sandboxUrl({ dashboard: '/test/broken.json' }));
    await waitForPanels(page);
    const errors = page.getByTestId('sandbox panel-error');
    expect(await errors.count()).toBe(2);
    await expect(errors.nth(0).innerText()).resolves.toContain('unknown macro "__nope"');
    await expect(errors.nth(1).innerText()).resolves.toContain('relation "no_such_view" does not exist');
    expect(await page.locator('[data-panel-state="error"]').count()).toBe(2);
    await keepScreenshot(page, 'dashboard-errors');
    await page.close();
  });
});

describe('DATABASE_URL: the same dashboard from a real Postgres 15 server', () => {
  it('draws every Segment Matrix panel with the same numbers as on the embedded PGlite', async () => {
    const cluster = await startPostgresCluster();
    const server = await startSandboxServer({ port: 0, databaseUrl: cluster.url });
    try {
      const admin = new Client({ connectionString: cluster.url });
      await admin.connect();
      await applyWarehouseSql((sql) => admin.query(sql)).finally(() => admin.end());

      const query = { dashboard: 'segment-qbr', 'var-segment': 'Healthcare' };
      const onPostgres = await openDashboard(query, undefined, `${server.url}/?${new URLSearchParams(query)}`);
      const onPglite = await openDashboard(query);
      const [pg, lite] = [await state(onPostgres.page), await state(onPglite.page)];
      expect(Object.values(pg.dashboard.panels).map((p) => [p.title, p.state, p.rows])).toEqual(
        Object.values(lite.dashboard.panels).map((p) => [p.title, p.state, p.rows])
      );
      expect(Object.keys(pg.summaries)).toHaveLength(QBR_MATRICES);
      expect(pg.summaries).toEqual(lite.summaries);
      expect(onPostgres.errors).toEqual([]);
      await Promise.all([onPostgres.page.close(), onPglite.page.close()]);
    } finally {
      await server.close();
      await cluster.stop();
    }
  });
});

describe('render CLI: one dashboard panel from its own SQL', () => {
  let dir: string;
  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'segment-matrix-dashboard-'));
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  const render = (args: string[]) =>
    spawnSync(process.execPath, [CLI, ...args], { cwd: dir, encoding: 'utf8', timeout: 140_000 });

  it('renders the sub-segment panel of a clicked segment to PNG and summary', () => {
    const result = render([
      '--dashboard',
      'segment-qbr',
      '--panel',
      String(CHILDREN),
      '--var',
      'segment=Healthcare',
      '--var',
      'baseline=2024-Q2',
      '--png',
      'children.png',
      '--summary',
      'children.json',
      '--width',
      '1000',
      '--height',
      '700',
    ]);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    const png = fs.readFileSync(path.join(dir, 'children.png'));
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1000, 700]);
    const summary: Summary = JSON.parse(fs.readFileSync(path.join(dir, 'children.json'), 'utf8'));
    expect(summary).toMatchObject({ baseline: '2024-Q2', current: '2025-Q4' });
    expect(summary.segments.length).toBeGreaterThan(10);
    expect(new Set(summary.segments.map((s) => s.parent))).toEqual(new Set(['Healthcare']));
    fs.copyFileSync(
      path.join(dir, 'children.png'),
      path.join(ROOT, 'test-artifacts', 'render-cli-dashboard-children.png')
    );
  });

  it('takes a dashboard file by path, and refuses an unknown panel with a one-line reason', () => {
    const file = path.join(ROOT, 'provisioning/dashboards/segment-qbr.json');
    const ok = render(['--dashboard', file, '--panel', '3', '--summary', 'bcg.json', '--png', 'bcg.png']);
    expect(ok.stderr).toBe('');
    expect(ok.status).toBe(0);
    const summary: Summary = JSON.parse(fs.readFileSync(path.join(dir, 'bcg.json'), 'utf8'));
    expect(summary.segments.map((s) => s.segment)).toEqual(expect.arrayContaining(['Enterprise', 'Mid-Market']));

    const missing = render(['--dashboard', file, '--panel', '42', '--png', 'x.png']);
    expect(missing.status).not.toBe(0);
    expect(missing.stderr.trim().split('\n')).toHaveLength(1);
    expect(missing.stderr).toContain('no panel with id 42');
  });
});
