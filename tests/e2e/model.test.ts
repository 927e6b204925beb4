import { useBrowser } from './browser';
import { bySegment, frame, renderSummary } from './summaryPage';

// The model through the real, built panel in the sandbox: every number below is computed by hand
// from DESIGN.md §3 and checked on the render summary the panel publishes.
jest.setTimeout(90000);

const HEADER = ['segment', 'period', 'needs', 'value', 'customers', 'satisfaction', 'budget'];
// Baseline 2024-Q1 → current 2025-Q1.
const ROWS = [
  ['A', '2024-Q1', 2, 8, 100, 70, 50],
  ['B', '2024-Q1', 8, 7, 200, 60, 30],
  ['C', '2024-Q1', 6, 2, 300, 80, 15],
  ['D', '2024-Q1', 1, 1, 50, 50, 5],
  ['A', '2025-Q1', 3, 9, 150, 75, 80],
  ['B', '2025-Q1', 7, 8, 220, 62, 40],
  ['C', '2025-Q1', 8, 3, 270, 78, 10],
  ['D', '2025-Q1', 2, 7, 60, 55, 10],
];
// Hand computation:
//  cuts: current needs 3,7,8,2 → median (3+7)/2 = 5; current value 9,8,3,7 → median (7+8)/2 = 7.5
//  baseline quadrants: A(2,8) LH, B(8,7) HL, C(6,2) HL, D(1,1) LL; current: A LH, B(7,8) HH (moved), C HL, D(2,7) LL
//  priority = baseline quadrant in {HH, LH} = {A}
//  growth: A 150/100−1 = 0.5, B 0.1, C −0.1, D 0.2; G(P) = 0.5, G(¬P) = 550/550 − 1 = 0 → growthGap 0.5
//  budget shares: baseline /100: A .5 B .3 C .15 D .05; current /140: A 80/140, B 40/140, C 10/140, D 10/140
//  resourceShift = 80/140 − 0.5; Δsat: A +5, B +2, C −2, D +5; other = (200·2 − 300·2 + 50·5)/550
const EXPECTED = {
  cuts: { x: 5, y: 7.5 },
  quadrants: { A: ['LH', 'LH'], B: ['HL', 'HH'], C: ['HL', 'HL'], D: ['LL', 'LL'] },
  growth: { A: 0.5, B: 0.1, C: -0.1, D: 0.2 },
  growthGap: 0.5,
  resourceShift: 80 / 140 - 0.5,
  prioritySatisfactionDelta: 5,
  otherSatisfactionDelta: 50 / 550,
};

function expectConventionalNumbers(summary: any) {
  expect(summary.baseline).toBe('2024-Q1');
  expect(summary.current).toBe('2025-Q1');
  expect(summary.cuts.x).toBeCloseTo(EXPECTED.cuts.x, 9);
  expect(summary.cuts.y).toBeCloseTo(EXPECTED.cuts.y, 9);
  const s = bySegment(summary);
  for (const [name, [b, c]] of Object.entries(EXPECTED.quadrants)) {
    expect([name, s[name].baseline.quadrant, s[name].current.quadrant]).toEqual([name, b, c]);
    expect(s[name].movedQuadrant).toBe(b !== c);
    expect(s[name].growth).toBeCloseTo(EXPECTED.growth[name as keyof typeof EXPECTED.growth], 9);
  }
  expect(Object.values(s).filter((x) => x.priority).map((x) => x.segment)).toEqual(['A']);
  expect(s.A.baseline.resourceShare).toBeCloseTo(0.5, 9);
  expect(s.A.current.resourceShare).toBeCloseTo(80 / 140, 9);
  expect(s.C.resourceShareDelta).toBeCloseTo(10 / 140 - 0.15, 9);
  expect(s.D.satisfactionDelta).toBe(5);
  const i = summary.indicators;
  expect(i.growthGap).toBeCloseTo(EXPECTED.growthGap, 9);
  expect(i.resourceShift).toBeCloseTo(EXPECTED.resourceShift, 9);
  expect(i.prioritySatisfactionDelta).toBeCloseTo(EXPECTED.prioritySatisfactionDelta, 9);
  expect(i.otherSatisfactionDelta).toBeCloseTo(EXPECTED.otherSatisfactionDelta, 9);
  expect(i.verdicts).toEqual({ growth: 'on-track', resources: 'on-track', satisfaction: 'on-track' });
  expect(summary.warnings).toEqual([]);
}

describe('the model through the built panel (summary numbers)', () => {
  const browser = useBrowser();

  it('a frame with the conventional names and no options', async () => {
    const { summary, errors, axisTitles } = await renderSummary(browser(), [frame(HEADER, ROWS)]);
    expectConventionalNumbers(summary);
    expect(axisTitles).toEqual(expect.arrayContaining(['Customer needs: universal → specialized']));
    expect(errors).toEqual([]);
  });

  it('wide format (baseline_/current_ columns, custom prefixes) gives the same numbers', async () => {
    const names = ['A', 'B', 'C', 'D'];
    const measures = ['needs', 'value', 'customers', 'satisfaction', 'budget'];
    const header = ['segment', ...measures.map((m) => `before_${m}`), ...measures.map((m) => `after_${m}`)];
    const rows = names.map((n) => {
      const b = ROWS.find((r) => r[0] === n && r[1] === '2024-Q1')!.slice(2);
      const c = ROWS.find((r) => r[0] === n && r[1] === '2025-Q1')!.slice(2);
      return [n, ...b, ...c];
    });
    const { summary } = await renderSummary(browser(), [frame(header, rows)], {
      format: 'wide',
      widePrefixes: { baseline: 'before_', current: 'after_' },
    });
    const s = bySegment(summary);
    expect(summary.cuts).toEqual(EXPECTED.cuts);
    expect(s.B.current.quadrant).toBe('HH');
    expect(summary.indicators.growthGap).toBeCloseTo(EXPECTED.growthGap, 9);
    expect(summary.indicators.resourceShift).toBeCloseTo(EXPECTED.resourceShift, 9);
  });

  it('a profiles frame beside the data (even first) does not change the numbers', async () => {
    const profiles = frame(
      ['segment', 'definition', 'goals', 'jobs_to_be_done', 'pain_points', 'key_contacts', 'placement_rationale'],
      [['A', 'Large accounts', 'Grow', 'Consolidate', 'Integration', 'CFO', 'High value']],
      'B'
    );
    const { summary } = await renderSummary(browser(), [profiles, frame(HEADER, ROWS)], { profilesRefId: 'B' });
    expectConventionalNumbers(summary);
  });

  describe('baseline and current periods', () => {
    const periods = ['2024-Q1', '2024-Q3', '2025-Q1'];
    const rows = periods.flatMap((p, k) => [
      ['A', p, 2 + k, 8, 100 + 50 * k, 70, 50],
      ['B', p, 8, 7 - k, 200 + 10 * k, 60, 30],
    ]);

    it('first-last (default): earliest and latest', async () => {
      const { summary } = await renderSummary(browser(), [frame(HEADER, rows)]);
      expect([summary.baseline, summary.current]).toEqual(['2024-Q1', '2025-Q1']);
      expect(bySegment(summary).A.growth).toBeCloseTo(200 / 100 - 1, 9);
    });

    it('explicit with dashboard variables ($baseline, $current)', async () => {
      const { summary } = await renderSummary(
        browser(),
        [frame(HEADER, rows)],
        { period: { mode: 'explicit', baseline: '$baseline', current: '$current' } },
        { 'var-baseline': '2024-Q3', 'var-current': '2025-Q1' }
      );
      expect([summary.baseline, summary.current]).toEqual(['2024-Q3', '2025-Q1']);
      expect(bySegment(summary).A.growth).toBeCloseTo(200 / 150 - 1, 9);
    });

    it('explicit with an unknown period says so in the panel', async () => {
      const { summary, panelText, errors } = await renderSummary(browser(), [frame(HEADER, rows)], {
        period: { mode: 'explicit', baseline: '2023-Q4', current: '2025-Q1' },
      });
      expect(summary).toBeNull();
      expect(panelText).toContain('2023-Q4');
      expect(panelText).toContain('2024-Q3');
      expect(errors).toEqual([]);
    });

    it('time-range: latest periods at the range start and end', async () => {
      const { summary } = await renderSummary(browser(), [frame(HEADER, rows)], { period: { mode: 'time-range' } }, {
        from: String(Date.UTC(2024, 4, 1)),
        to: String(Date.UTC(2024, 11, 31)),
      });
      expect([summary.baseline, summary.current]).toEqual(['2024-Q1', '2024-Q3']);
      expect(bySegment(summary).A.growth).toBeCloseTo(150 / 100 - 1, 9);
    });
  });

  describe('axes', () => {
    it('each preset keeps the numbers and titles the axes its own way', async () => {
      const titles: Record<string, string> = {
        'needs-vs-value': 'Customer needs',
        'frequency-vs-recency': 'Usage frequency',
        'severity-vs-complexity': 'Problem severity',
        'share-vs-growth': 'Relative market share',
      };
      for (const [preset, title] of Object.entries(titles)) {
        const { summary, axisTitles } = await renderSummary(browser(), [frame(HEADER, ROWS)], { preset });
        expect([preset, summary.cuts]).toEqual([preset, EXPECTED.cuts]);
        expect([preset, bySegment(summary).B.current.quadrant]).toEqual([preset, 'HH']);
        expect(axisTitles.some((t) => t.startsWith(title))).toBe(true);
      }
      const custom = await renderSummary(browser(), [frame(HEADER, ROWS)], { preset: 'custom' });
      expect(custom.axisTitles.map((t) => t.split(':')[0]).sort()).toEqual(['needs', 'value']);
    });

    it('composite value axis: weighted min-max over pooled baseline and current values', async () => {
      const header = ['segment', 'period', 'needs', 'revenue', 'potential', 'customers'];
      const rows = [
        ['A', 'b', 1, 10, 0, 10],
        ['B', 'b', 2, 20, 5, 10],
        ['A', 'c', 3, 30, 10, 10],
        ['B', 'c', 4, 50, 5, 10],
      ];
      // revenue pooled 10..50 → (v−10)/40; potential pooled 0..10 → v/10; y = 0.75·rev + 0.25·pot
      const { summary } = await renderSummary(browser(), [frame(header, rows)], {
        composite: { enabled: true, normalization: 'min-max', components: [{ field: 'revenue', weight: 0.75 }, { field: 'potential', weight: 0.25 }] },
      });
      const s = bySegment(summary);
      expect(s.A.baseline.y).toBeCloseTo(0, 9);
      expect(s.B.baseline.y).toBeCloseTo(0.75 * 0.25 + 0.25 * 0.5, 9);
      expect(s.A.current.y).toBeCloseTo(0.75 * 0.5 + 0.25 * 1, 9);
      expect(s.B.current.y).toBeCloseTo(0.75 * 1 + 0.25 * 0.5, 9);
    });

    it('ordinal x axis: text categories in the configured order', async () => {
      const header = ['segment', 'period', 'needs', 'value', 'customers'];
      const rows = [
        ['A', 'b', 'universal', 1, 10],
        ['B', 'b', 'niche', 2, 10],
        ['C', 'b', 'broad', 3, 10],
        ['A', 'c', 'broad', 1, 10],
        ['B', 'c', 'specialized', 2, 10],
        ['C', 'c', 'niche', 3, 10],
      ];
      const { summary } = await renderSummary(browser(), [frame(header, rows)], {
        xAxis: { scale: 'ordinal', ordinalOrder: ['universal', 'broad', 'niche', 'specialized'] },
      });
      const s = bySegment(summary);
      expect([s.A.baseline.x, s.A.current.x, s.B.current.x, s.C.current.x]).toEqual([0, 1, 3, 2]);
      // current positions 1, 3, 2 → median 2 ("niche"): B and C are high-needs
      expect(summary.cuts.x).toBe(2);
      expect([s.A.current.quadrant[0], s.B.current.quadrant[0], s.C.current.quadrant[0]]).toEqual(['L', 'H', 'H']);
    });
  });
});
