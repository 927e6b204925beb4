import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { useBrowser } from './browser';
import { renderSummary, type Frame } from './summaryPage';

// A real public data set (Gapminder, from the vega-datasets package: 62 countries × 11 years) through the
// built panel; every number of the summary is recomputed by an independent Python implementation of
// DESIGN.md §3 (tests/independent/check_summary.py) that shares no code with the panel.
jest.setTimeout(120000);

interface GapminderRow {
  year: number;
  country: string;
  cluster: number;
  pop: number;
  life_expect: number;
  fertility: number;
}

const rows: GapminderRow[] = JSON.parse(
  fs.readFileSync(path.resolve(__dirname, '../../node_modules/vega-datasets/data/gapminder.json'), 'utf8')
);
const columns = ['country', 'year', 'cluster', 'pop', 'life_expect', 'fertility'] as const;
const gapminder: Frame = {
  refId: 'A',
  fields: columns.map((name) => ({ name, type: name === 'country' ? 'string' : 'number', values: rows.map((r) => r[name]) })),
};
// Countries as segments, fertility as "needs", life expectancy as "value" (and as the satisfaction score),
// population as size, growth measure and resource.
const FIELDS = { segment: 'country', period: 'year', x: 'fertility', y: 'life_expect', size: 'pop', satisfaction: 'life_expect', resource: 'pop' };

function checkIndependently(options: Record<string, unknown>, summary: unknown) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gapminder-'));
  try {
    const files = { frame: path.join(dir, 'frame.json'), options: path.join(dir, 'options.json'), summary: path.join(dir, 'summary.json') };
    fs.writeFileSync(files.frame, JSON.stringify(gapminder));
    fs.writeFileSync(files.options, JSON.stringify(options));
    fs.writeFileSync(files.summary, JSON.stringify(summary));
    const script = path.resolve(__dirname, '../independent/check_summary.py');
    return spawnSync('python3', [script, files.frame, files.options, files.summary], { encoding: 'utf8' });
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

describe('Gapminder through the built panel, checked by an independent script', () => {
  const browser = useBrowser();

  it.each([
    // HL at baseline: high fertility, low life expectancy in 1955 (cuts are 2005's medians)
    ['priority by baseline quadrant (HL)', { fields: FIELDS, priorityQuadrants: ['HL'] }],
    ['priority by the default quadrants (HH, LH: none qualify in 1955)', { fields: FIELDS }],
    ['priority by field (clusters 0 and 4: the Asian countries)', { fields: { ...FIELDS, priority: 'cluster' }, priorityValues: ['0', '4'] }],
  ])('%s: every number matches', async (_name, options) => {
    const { summary, errors } = await renderSummary(browser(), [gapminder], options);
    expect(summary.segments).toHaveLength(62);
    expect([summary.baseline, summary.current]).toEqual(['1955', '2005']);
    const result = checkIndependently(options, summary);
    expect(result.stdout + result.stderr).toMatch(/^\d+ values match/);
    expect(Number(result.stdout.split(' ')[0])).toBeGreaterThan(62 * 15);
    expect(errors).toEqual([]);
  });
});
