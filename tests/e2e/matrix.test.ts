import fs from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { waitForRender, type SandboxPageState } from '../../sandbox/cli/renderPage';
import { keepScreenshot, openSandbox, sandboxUrl, useBrowser } from './browser';

// What the built panel draws, checked by geometry in a real browser (issue 5): arrows from each ghost to
// its bubble, labels that never collide, quadrant names in their corners, the strip and the shift table.
jest.setTimeout(90000);

const CHART = '[data-testid="data-testid segment-matrix chart"] svg';
const TABLE = '[data-testid="data-testid segment-matrix table"]';
const STRIP = '[data-testid="data-testid segment-matrix strip"]';
const TOOLTIP = '[data-testid="data-testid segment-matrix tooltip"]';
const SAMPLES = path.resolve(__dirname, '../../sandbox/samples');

interface Summary {
  segments: Array<{ segment: string; status: string; growth: number | null; priority?: boolean; current: { size: number | null } | null }>;
}

interface Circle {
  segment: string;
  x: number;
  y: number;
  r: number;
}

interface Drawn {
  plot: { left: number; top: number; right: number; bottom: number };
  bubbles: Circle[];
  ghosts: Circle[];
  heads: Array<{ segment: string; x: number; y: number; angle: number; visible: boolean }>;
  lines: Array<{ segment: string; x1: number; y1: number; x2: number; y2: number }>;
  labels: Array<{ segment: string; text: string; left: number; top: number; right: number; bottom: number; fontSize: number }>;
  hiddenLabels: string[];
  quadrantNames: Array<{ text: string; x: number; y: number }>;
}

/** Reads every drawn mark of the chart in page coordinates (screen CTM of each SVG element). */
function readChart(page: Page): Promise<Drawn> {
  return page.evaluate((chart) => {
    const svg = document.querySelector(chart) as SVGSVGElement;
    const all = (sel: string) => [...svg.querySelectorAll(sel)] as SVGGraphicsElement[];
    const visible = (el: Element) => el.getAttribute('opacity') !== '0' && (el as SVGElement).style.opacity !== '0';
    const circle = (el: SVGGraphicsElement) => {
      const r = el.getBoundingClientRect();
      return { segment: el.getAttribute('aria-label') ?? '', x: r.x + r.width / 2, y: r.y + r.height / 2, r: r.width / 2 };
    };
    const grids = all('.role-axis-grid').map((g) => g.getBoundingClientRect());
    const plot = {
      left: Math.min(...grids.map((g) => g.left)),
      top: Math.min(...grids.map((g) => g.top)),
      right: Math.max(...grids.map((g) => g.right)),
      bottom: Math.max(...grids.map((g) => g.bottom)),
    };
    const heads = all('.arrowheads_marks path').map((el) => {
      const m = el.getScreenCTM()!;
      return { segment: el.getAttribute('aria-label') ?? '', x: m.e, y: m.f, angle: (Math.atan2(m.b, m.a) * 180) / Math.PI, visible: visible(el) };
    });
    const lines = all('.arrows_marks line')
      .filter(visible)
      .map((el) => {
        const m = el.getScreenCTM()!;
        const x2 = Number(el.getAttribute('x2') ?? 0);
        const y2 = Number(el.getAttribute('y2') ?? 0);
        return { segment: el.getAttribute('aria-label') ?? '', x1: m.e, y1: m.f, x2: m.a * x2 + m.c * y2 + m.e, y2: m.b * x2 + m.d * y2 + m.f };
      });
    const texts = all('.labels_marks text');
    const labels = texts.filter(visible).map((el) => {
      const r = el.getBoundingClientRect();
      return {
        segment: el.getAttribute('aria-label') ?? '',
        text: el.textContent ?? '',
        left: r.left,
        top: r.top,
        right: r.right,
        bottom: r.bottom,
        fontSize: parseFloat(el.getAttribute('font-size') ?? '12'),
      };
    });
    return {
      plot,
      bubbles: all('.bubbles_marks path').map(circle),
      ghosts: all('.ghosts_marks path').map(circle),
      heads,
      lines,
      labels,
      hiddenLabels: texts.filter((t) => !visible(t)).map((t) => t.getAttribute('aria-label') ?? ''),
      quadrantNames: all('.quadrant_names_marks text').map((el) => {
        const r = el.getBoundingClientRect();
        return { text: el.textContent ?? '', x: r.x + r.width / 2, y: r.y + r.height / 2 };
      }),
    };
  }, CHART);
}

type Box = { left: number; top: number; right: number; bottom: number };

/**
 * The ink of a label: the DOM box of an SVG text includes the font's ascent and descent, taller than
 * the font size the label layout places; keep the middle `fontSize` px.
 */
function ink(l: Drawn['labels'][number]): Box {
  const extra = Math.max(0, (l.bottom - l.top - l.fontSize) / 2);
  return { left: l.left, right: l.right, top: l.top + extra, bottom: l.bottom - extra };
}

function boxesOverlap(a: Box, b: Box, tolerance = 0.5) {
  return a.left < b.right - tolerance && b.left < a.right - tolerance && a.top < b.bottom - tolerance && b.top < a.bottom - tolerance;
}

function circleHitsBox(c: Circle, b: Box, tolerance = 1) {
  const nx = Math.max(b.left, Math.min(c.x, b.right));
  const ny = Math.max(b.top, Math.min(c.y, b.bottom));
  return Math.hypot(c.x - nx, c.y - ny) < c.r - tolerance;
}

function expectLabelsClear(drawn: Drawn) {
  const boxes = drawn.labels.map(ink);
  for (let i = 0; i < boxes.length; i++) {
    for (let j = i + 1; j < boxes.length; j++) {
      if (boxesOverlap(boxes[i], boxes[j])) {
        throw new Error(`labels "${drawn.labels[i].text}" and "${drawn.labels[j].text}" overlap`);
      }
    }
    for (const bubble of drawn.bubbles) {
      if (circleHitsBox(bubble, boxes[i])) {
        throw new Error(`label "${drawn.labels[i].text}" sits on the bubble of "${bubble.segment}"`);
      }
    }
  }
}

/** Checks every arrow: from the ghost's centre towards the bubble's centre, head at the current end. */
function expectArrowsPointFromGhostToBubble(drawn: Drawn) {
  let checked = 0;
  for (const head of drawn.heads.filter((h) => h.visible)) {
    const ghost = drawn.ghosts.find((g) => g.segment === head.segment)!;
    const bubble = drawn.bubbles.find((b) => b.segment === head.segment)!;
    expect(ghost).toBeDefined();
    expect(bubble).toBeDefined();
    const vx = bubble.x - ghost.x;
    const vy = bubble.y - ghost.y;
    const length = Math.hypot(vx, vy);
    // the head points the way the segment moved
    const rad = (head.angle * Math.PI) / 180;
    expect((Math.cos(rad) * vx + Math.sin(rad) * vy) / length).toBeGreaterThan(0.999);
    // its tip lies on the segment between the centres, at the current end: touching the bubble's edge
    // (or at its centre when the head does not fit outside)
    const t = ((head.x - ghost.x) * vx + (head.y - ghost.y) * vy) / (length * length);
    const off = Math.abs((head.x - ghost.x) * vy - (head.y - ghost.y) * vx) / length;
    expect(off).toBeLessThan(1);
    expect(t).toBeGreaterThan(0);
    expect(t).toBeLessThanOrEqual(1.001);
    const fromCentre = Math.hypot(head.x - bubble.x, head.y - bubble.y);
    expect(fromCentre < 0.5 || Math.abs(fromCentre - bubble.r) <= 2).toBe(true);
    // the line starts at the ghost and stops behind the head
    const line = drawn.lines.find((l) => l.segment === head.segment);
    if (line) {
      expect(Math.hypot(line.x1 - ghost.x, line.y1 - ghost.y)).toBeLessThanOrEqual(ghost.r + 1);
      const lt = ((line.x2 - ghost.x) * vx + (line.y2 - ghost.y) * vy) / (length * length);
      expect(lt).toBeLessThanOrEqual(t + 1e-6);
    }
    checked++;
  }
  return checked;
}

/** Opens the sandbox with frames (and options) served from memory, as the render CLI does. */
async function openWithFrames(browser: Browser, frames: unknown, options: unknown = {}, query: Record<string, string> = {}) {
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  const errors: string[] = [];
  page.on('console', (msg) => msg.type() === 'error' && errors.push(msg.text()));
  page.on('pageerror', (err) => errors.push(err.message));
  page.on('dialog', (dialog) => {
    errors.push(`dialog: ${dialog.message()}`);
    void dialog.dismiss();
  });
  await page.route('**/fixture/frames.json', (route) => route.fulfill({ json: frames }));
  await page.route('**/fixture/options.json', (route) => route.fulfill({ json: options }));
  await page.goto(sandboxUrl({ frames: '/fixture/frames.json', options: '/fixture/options.json', ...query }));
  const state: SandboxPageState = await waitForRender(page);
  return { page, state, errors };
}

const readSample = (name: string) => JSON.parse(fs.readFileSync(path.join(SAMPLES, name), 'utf8'));

/** Deterministic pseudo-random frames: `n` segments at two periods, scattered and moving. */
function randomFrames(seed: number, n: number) {
  let state = seed;
  const next = () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
  const cols: Record<string, unknown[]> = { segment: [], period: [], needs: [], value: [], customers: [], satisfaction: [] };
  for (let i = 0; i < n; i++) {
    const name = `Seg ${i + 1}${next() > 0.7 ? ' long name' : ''}`;
    const x = 1 + 9 * next();
    const y = 1 + 9 * next();
    const size = Math.round(10 + 990 * next() * next());
    const sat = Math.round(50 + 30 * next());
    for (const [period, dx, dy, k, ds] of [
      ['2024', 0, 0, 1, 0],
      ['2025', (next() - 0.5) * 2, (next() - 0.5) * 2, 0.7 + 0.6 * next(), Math.round((next() - 0.5) * 10)],
    ] as const) {
      cols.segment.push(name);
      cols.period.push(period);
      cols.needs.push(x + dx);
      cols.value.push(y + dy);
      cols.customers.push(Math.round(size * k));
      cols.satisfaction.push(sat + ds);
    }
  }
  const types: Record<string, string> = { segment: 'string', period: 'string' };
  return [{ refId: 'A', fields: Object.entries(cols).map(([name, values]) => ({ name, type: types[name] ?? 'number', values })) }];
}

describe('the matrix as drawn', () => {
  const browser = useBrowser();

  it.each(['light', 'dark'])('demo (%s): arrows go from each ghost to its bubble, head at the current end', async (theme) => {
    const { page, state, errors } = await openSandbox(browser(), { frames: '/samples/demo.json', theme });
    const drawn = await readChart(page);
    const summary = state.summary as Summary;
    const moving = summary.segments.filter((s) => s.status === 'both').length;
    expect(drawn.heads).toHaveLength(moving);
    expect(expectArrowsPointFromGhostToBubble(drawn)).toBeGreaterThanOrEqual(moving - 1);
    // arrows are drawn above the bubbles
    const order = await page.evaluate(
      (chart) => [...document.querySelector(chart)!.querySelectorAll('g[class*="_marks"]')].map((g) => g.getAttribute('class')),
      CHART
    );
    const at = (name: string) => order.findIndex((c) => c?.includes(name));
    expect(at('arrowheads_marks')).toBeGreaterThan(at('bubbles_marks'));
    expect(at('arrows_marks')).toBeGreaterThan(at('bubbles_marks'));
    await keepScreenshot(page, `matrix-demo-${theme}`);
    expect(errors).toEqual([]);
    await page.close();
  });

  it.each([
    ['demo', 'demo.json', undefined],
    ['sub-segments', 'subsegments.json', 'subsegments.options.json'],
    ['BCG', 'bcg.json', 'bcg.options.json'],
  ])('%s: labels overlap neither each other nor any bubble', async (name, frames, options) => {
    const { page, errors } = await openWithFrames(browser(), readSample(frames), options ? readSample(options) : {});
    const drawn = await readChart(page);
    expect(drawn.labels.length).toBeGreaterThan(0);
    expectLabelsClear(drawn);
    expect(expectArrowsPointFromGhostToBubble(drawn)).toBeGreaterThan(0);
    await keepScreenshot(page, `matrix-labels-${name}`);
    expect(errors).toEqual([]);
    await page.close();
  });

  it.each([11, 42, 2024])('random crowded frame (seed %d): labels never collide; the largest segment keeps its label', async (seed) => {
    const { page, state, errors } = await openWithFrames(browser(), randomFrames(seed, 60), { display: { tablePlacement: 'hidden' } });
    const drawn = await readChart(page);
    expectLabelsClear(drawn);
    expect(drawn.labels.length + drawn.hiddenLabels.length).toBe(60);
    const largest = [...(state.summary as Summary).segments].sort((a, b) => (b.current?.size ?? 0) - (a.current?.size ?? 0))[0];
    expect(drawn.labels.map((l) => l.segment)).toContain(largest.segment);
    expectArrowsPointFromGhostToBubble(drawn);
    if (seed === 42) {
      await keepScreenshot(page, 'matrix-random-crowded');
    }
    expect(errors).toEqual([]);
    await page.close();
  });

  it.each([
    ['needs-vs-value', 'demo.json', undefined, { 'Strategic focus': 'top-right', 'Core at scale': 'top-left', 'Selective niche': 'bottom-right', 'Low touch': 'bottom-left' }],
    // BCG draws high share on the left: Stars top-left, Question marks top-right, Cash cows bottom-left, Dogs bottom-right.
    ['share-vs-growth (reversed x)', 'bcg.json', 'bcg.options.json', { Stars: 'top-left', 'Question marks': 'top-right', 'Cash cows': 'bottom-left', Dogs: 'bottom-right' }],
  ])('%s: the quadrant names sit in their corners', async (_preset, frames, options, corners) => {
    const { page } = await openWithFrames(browser(), readSample(frames), options ? readSample(options) : {});
    const { plot, quadrantNames } = await readChart(page);
    expect(quadrantNames.map((q) => q.text).sort()).toEqual(Object.keys(corners).sort());
    const width = plot.right - plot.left;
    const height = plot.bottom - plot.top;
    for (const q of quadrantNames) {
      const [v, h] = (corners as Record<string, string>)[q.text].split('-');
      const fx = (q.x - plot.left) / width;
      const fy = (q.y - plot.top) / height;
      expect(h === 'left' ? fx < 0.35 : fx > 0.65).toBe(true);
      expect(v === 'top' ? fy < 0.1 : fy > 0.9).toBe(true);
    }
    await page.close();
  });

  it('the strip shows the three indicators with their verdicts in words', async () => {
    const { page } = await openSandbox(browser(), { frames: '/samples/demo.json' });
    const cards = page.locator(`${STRIP} [role="listitem"]`);
    await expect(cards.count()).resolves.toBe(3);
    const texts = await cards.allInnerTexts();
    expect(texts[0]).toMatch(/^Priority segments grew [\d.]+ pts (faster|slower)/);
    expect(texts[1]).toMatch(/^Budget share to priorities [+−][\d.]+ pts/);
    expect(texts[2]).toMatch(/^Satisfaction in priority segments [+−][\d.]+/);
    for (const text of texts) {
      expect(text).toMatch(/On track|Off track|Flat|No data/);
    }
    // each verdict also has an icon (Grafana's icons load asynchronously)
    await page.waitForFunction((sel) => document.querySelectorAll(sel).length === 3, `${STRIP} [role="listitem"] svg`);
    await page.close();
  });

  it('the shift table has a row per segment, sorts by a clicked header and collapses', async () => {
    const { page, state } = await openSandbox(browser(), { frames: '/samples/demo.json' });
    const summary = state.summary as Summary;
    const rows = page.locator(`${TABLE} tbody tr`);
    await expect(rows.count()).resolves.toBe(summary.segments.length);

    await page.locator(`${TABLE} th`, { hasText: 'Growth' }).locator('button').click();
    await expect(page.locator(`${TABLE} th`, { hasText: 'Growth' }).getAttribute('aria-sort')).resolves.toBe('descending');
    const order = await page.$$eval(`${TABLE} tbody tr`, (trs) => trs.map((tr) => tr.getAttribute('data-testid')!.replace('data-testid segment-matrix table-row ', '')));
    const expected = [...summary.segments].sort((a, b) => (b.growth ?? -Infinity) - (a.growth ?? -Infinity)).map((s) => s.segment);
    expect(order).toEqual(expected);

    const chartHeight = () => page.$eval(CHART, (svg) => svg.getBoundingClientRect().height);
    const before = await chartHeight();
    await page.getByTestId('data-testid segment-matrix table-toggle').click();
    await expect(rows.count()).resolves.toBe(0);
    await page.waitForFunction(([sel, h]) => document.querySelector(sel as string)!.getBoundingClientRect().height > (h as number), [CHART, before] as const);
    expect(await chartHeight()).toBeGreaterThan(before);
    await page.close();
  });

  it('the tooltip shows the metrics and the profile, and markup in names stays text', async () => {
    const evil = '<img src=x onerror=alert(1)>';
    const frames = [
      {
        refId: 'A',
        fields: [
          { name: 'segment', type: 'string', values: [evil, evil, 'Other', 'Other'] },
          { name: 'period', type: 'string', values: ['2024', '2025', '2024', '2025'] },
          { name: 'needs', type: 'number', values: [2, 3, 7, 7.5] },
          { name: 'value', type: 'number', values: [3, 4, 8, 7] },
          { name: 'customers', type: 'number', values: [100, 150, 60, 70] },
          { name: 'satisfaction', type: 'number', values: [60, 64, 70, 69] },
        ],
      },
      {
        refId: 'B',
        fields: [
          { name: 'segment', type: 'string', values: [evil] },
          { name: 'definition', type: 'string', values: ['<b>Bold</b> buyers'] },
          { name: 'pain_points', type: 'string', values: ['Slow onboarding'] },
        ],
      },
    ];
    const { page, errors } = await openWithFrames(browser(), frames);
    const bubble = page.locator(`${CHART} .bubbles_marks path[aria-label="${evil}"]`);
    const box = (await bubble.boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    const tooltip = page.locator(TOOLTIP);
    await tooltip.waitFor();
    const text = await tooltip.innerText();
    expect(text).toContain(evil);
    expect(text).toContain('Customers');
    expect(text).toContain('100 → 150');
    expect(text).toContain('Definition');
    expect(text).toContain('<b>Bold</b> buyers');
    expect(text).toContain('Slow onboarding');
    await expect(tooltip.locator('img, b').count()).resolves.toBe(0);
    await keepScreenshot(page, 'matrix-tooltip');
    // moving away hides it
    await page.mouse.move(5, 5);
    await tooltip.waitFor({ state: 'detached' });
    expect(await page.evaluate(() => document.querySelectorAll('img[src="x"]').length)).toBe(0);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('marks new segments with a ring and no arrow, and keeps retired ones as a labelled ghost', async () => {
    const { page, state } = await openWithFrames(browser(), readSample('subsegments.json'), readSample('subsegments.options.json'));
    const summary = state.summary as Summary;
    const drawn = await readChart(page);
    const created = summary.segments.filter((s) => s.status === 'new' && !drawn.ghosts.some((g) => g.segment === s.segment));
    expect(created.length).toBeGreaterThan(0);
    const rings = await page.$$eval(`${CHART} .new_marks path`, (ps) => ps.map((p) => p.getAttribute('aria-label')));
    for (const s of created) {
      expect(rings).toContain(s.segment);
      expect(drawn.heads.some((h) => h.segment === s.segment)).toBe(false);
    }
    const retired = summary.segments.filter((s) => s.status === 'retired');
    expect(retired.length).toBeGreaterThan(0);
    for (const s of retired) {
      expect(drawn.ghosts.some((g) => g.segment === s.segment)).toBe(true);
      expect(drawn.bubbles.some((b) => b.segment === s.segment)).toBe(false);
    }
    // a split draws its arrow from the ancestor's ghost position
    const streaming = drawn.heads.find((h) => h.segment === 'Streaming');
    expect(streaming).toBeDefined();
    await page.close();
  });
});

describe('legend', () => {
  const browser = useBrowser();

  it('clicking a colour group switches it off and on, hovering an entry highlights the group, size circles have the drawn areas', async () => {
    const { page, state, errors } = await openWithFrames(browser(), readSample('demo.json'), { display: { colorBy: 'priority' } });
    const summary = state.summary as Summary;
    const bubbles = () =>
      page.$$eval(`${CHART} .bubbles_marks path`, (ps) => ps.map((p) => ({ segment: p.getAttribute('aria-label') ?? '', opacity: Number(p.getAttribute('opacity') ?? 1) })));
    // The last text so named: the colour legend's title is "Priority" too.
    const texts = (text: string) => page.locator(`${CHART} .role-legend-text text`, { hasText: new RegExp(`^${text}$`) });
    const entry = (text: string) => texts(text).last();
    const drawn = (await bubbles()).map((b) => b.segment).sort();
    const priority = summary.segments.filter((s) => s.priority && s.current).map((s) => s.segment).sort();
    expect(priority.length).toBeGreaterThan(0);
    expect(priority.length).toBeLessThan(drawn.length);

    // Hover "Priority": the other group's bubbles dim, the priority ones keep their opacity.
    await entry('Priority').hover();
    await page.waitForFunction((chart) => [...document.querySelectorAll(`${chart} .bubbles_marks path`)].some((p) => p.getAttribute('opacity') === '0.2'), CHART);
    for (const b of await bubbles()) {
      expect(b.opacity).toBe(priority.includes(b.segment) ? 0.85 : 0.2);
    }
    // … and the group's rows in the shift table.
    await page.waitForFunction((table) => document.querySelector(`${table} tr[data-highlighted="true"]`) !== null, TABLE);
    const litRows = await page.$$eval(`${TABLE} tr[data-highlighted="true"] th`, (ths) => ths.map((t) => (t.getAttribute('title') ?? t.textContent ?? '').trim()));
    expect(litRows.length).toBe(priority.length);
    await page.mouse.move(5, 5);
    await page.waitForFunction((table) => document.querySelector(`${table} tr[data-highlighted="true"]`) === null, TABLE);

    // Click "Other": only the priority segments stay; click again: all are back.
    await entry('Other').click();
    await page.waitForFunction(([chart, n]) => document.querySelectorAll(`${chart} .bubbles_marks path`).length === n, [CHART, priority.length] as const);
    expect((await bubbles()).map((b) => b.segment).sort()).toEqual(priority);
    await entry('Other').click();
    await page.waitForFunction(([chart, n]) => document.querySelectorAll(`${chart} .bubbles_marks path`).length === n, [CHART, drawn.length] as const);
    expect((await bubbles()).map((b) => b.segment).sort()).toEqual(drawn);

    // The titles and the size circles share the entries' marks: hovering or clicking them dims and hides nothing.
    const frames = () => page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    expect(await texts('Priority').count()).toBe(2);
    const sizeTitle = page.locator(`${CHART} .role-legend-text text`).first();
    const sizeCircle = page.locator(`${CHART} .role-legend-symbol path`).first();
    for (const part of [texts('Priority').first(), sizeTitle, sizeCircle]) {
      await part.hover();
      await frames();
      expect((await bubbles()).every((b) => b.opacity === 0.85)).toBe(true);
      await part.click();
      await frames();
      expect((await bubbles()).map((b) => b.segment).sort()).toEqual(drawn);
    }
    await page.mouse.move(5, 5);

    // The size legend's circles are drawn by the bubbles' own scale: diameter² ∝ size for both.
    // Each circle with the label beside it (same vertical centre, to its right).
    const legend = await page.$$eval(`${CHART} .role-legend-symbol path`, (symbols) => {
      const labels = [...document.querySelectorAll('[data-testid="data-testid segment-matrix chart"] .role-legend-text text')].map((t) => ({
        text: t.textContent ?? '',
        box: t.getBoundingClientRect(),
      }));
      return symbols.map((p) => {
        const box = p.getBoundingClientRect();
        const middle = box.top + box.height / 2;
        const label = labels
          .filter((l) => l.box.left > box.left && Math.abs(l.box.top + l.box.height / 2 - middle) < 3)
          .sort((a, b) => a.box.left - b.box.left)[0];
        return { value: Number((label?.text ?? '').replace(/[^0-9.]/g, '')), d: box.width };
      });
    });
    const sized = legend.filter((l) => l.value > 0 && l.d > 0);
    expect(sized.length).toBeGreaterThanOrEqual(2);
    const largest = summary.segments.filter((s) => s.current?.size).sort((a, b) => b.current!.size! - a.current!.size!)[0];
    const bubble = await page.$eval(`${CHART} .bubbles_marks path[aria-label="${largest.segment}"]`, (p) => p.getBoundingClientRect().width);
    for (const l of sized) {
      // 1.5 px of stroke on the bubble and 0.5 on the legend circle: compare the fill diameters.
      const ratio = (bubble - 1.5) ** 2 / (l.d - 0.5) ** 2;
      expect(ratio).toBeCloseTo(largest.current!.size! / l.value, 0);
    }
    expect(errors).toEqual([]);
    await page.close();
  });
});
