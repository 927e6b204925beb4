/**
 * The demo warehouse on the embedded PGlite and on a real, throw-away Postgres
 * server: the views, the story the seed tells, identical frames on both, and
 * the sandbox's safety rails (read-only sessions, statement timeout).
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';


import { runPanelQuery } from '../../sandbox/server/sql';
import { expandSql } from '../../sandbox/server/sql/macros';
import { PlainDataFrame, toDataFrame } from '../../sandbox/server/sql/toDataFrame';
import { openWarehouse, Warehouse } from '../../sandbox/server/sql/warehouse';
import { isPostgresAvailable, openSeededPostgres, PostgresCluster, startPostgresCluster } from './postgresCluster';

jest.setTimeout(120_000);

const VIEWS = [
  'segment_quarter_metrics',
  'subsegment_quarter_metrics',
  'segment_metrics_wide',
  'segment_profiles',
  'segment_quarter_scores',
  'segment_lineage_names',
  'account_quarter_facts',
  'survey_quarter_facts',
];

const METRIC_COLUMNS: Array<[string, string]> = [
  ['segment', 'string'],
  ['parent', 'string'],
  ['period', 'string'],
  ['period_start', 'time'],
  ['needs', 'number'],
  ['value', 'number'],
  ['customers', 'number'],
  ['revenue', 'number'],
  ['satisfaction', 'number'],
  ['budget', 'number'],
  ['headcount', 'number'],
  ['priority', 'string'],
  ['previous_segment', 'string'],
  ['growth_potential', 'number'],
  ['strategic_importance', 'number'],
  ['operational_efficiency', 'number'],
];

type Row = Record<string, unknown>;

function rowsOf(frame: PlainDataFrame): Row[] {
  return Array.from({ length: frame.length }, (_, i) =>
    Object.fromEntries(frame.fields.map((f) => [f.name, f.values[i]]))
  );
}

async function frameOf(wh: Warehouse, sql: string): Promise<PlainDataFrame> {
  return toDataFrame(await wh.query(sql), 'A');
}

async function rows(wh: Warehouse, sql: string): Promise<Row[]> {
  return rowsOf(await frameOf(wh, sql));
}

const median = (values: number[]): number => {
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
};

// A real Postgres 15 is part of the suite, never skipped: without its binaries the tests fail and say why.
const pgAvailable = isPostgresAvailable();

let cacheDir: string;
let pglite: Warehouse;
let coldOpenMs = 0;
let cluster: PostgresCluster | undefined;
let postgres: Warehouse | undefined;

beforeAll(async () => {
  cacheDir = fs.mkdtempSync(path.join(os.tmpdir(), 'segmatrix-cache-'));
  // Start the server (child processes) while PGlite seeds in this process.
  if (!pgAvailable) {
    throw new Error(
      'PostgreSQL 15 server binaries not found (/usr/lib/postgresql/15/bin): as root, apt-get install -y postgresql-15, or set PG_BIN_DIR'
    );
  }
  const clusterStarting = startPostgresCluster();
  clusterStarting.catch(() => undefined);
  pglite = await openWarehouse({ cacheDir });
  coldOpenMs = pglite.openMs;
  cluster = await clusterStarting;
  if (cluster) {
    postgres = await openSeededPostgres(cluster);
  }
});

afterAll(async () => {
  await postgres?.close().catch(() => undefined);
  await pglite?.close().catch(() => undefined);
  await cluster?.stop();
  fs.rmSync(cacheDir, { recursive: true, force: true });
});

describe('embedded PGlite warehouse', () => {
  it('is seeded from provisioning/warehouse and dumps its data dir to the cache', () => {
    expect(pglite.kind).toBe('pglite');
    expect(pglite.source).toBe('seeded');
    expect(pglite.cacheFile).toMatch(/warehouse-[0-9a-f]{16}\.tar\.gz$/);
    expect(fs.existsSync(pglite.cacheFile!)).toBe(true);
  });

  it('opens warm from the cached dump, faster, with the same data', async () => {
    const warm = await openWarehouse({ cacheDir });
    try {
      expect(warm.source).toBe('cache');
      expect(warm.openMs).toBeLessThan(coldOpenMs);
      console.log(`PGlite warehouse open: cold (seed) ${coldOpenMs} ms, warm (cache) ${warm.openMs} ms`);
      const sql = 'SELECT * FROM segment_metrics_wide ORDER BY segment';
      expect(await frameOf(warm, sql)).toEqual(await frameOf(pglite, sql));
    } finally {
      await warm.close();
    }
  });

  it('runs concurrent queries one at a time with the right results', async () => {
    const sqls = ['SELECT 1 AS n', 'SELECT count(*) AS n FROM quarters', "SELECT 'x' AS n", 'SELECT 2.5::numeric AS n'];
    const results = await Promise.all(sqls.map((sql) => rows(pglite, sql)));
    expect(results).toEqual([[{ n: 1 }], [{ n: 8 }], [{ n: 'x' }], [{ n: 2.5 }]]);
  });

  it('stops a statement that exceeds the timeout and restarts PGlite from the seeded data', async () => {
    const short = await openWarehouse({ cacheDir, statementTimeoutMs: 400 });
    try {
      const started = Date.now();
      await expect(short.query('SELECT pg_sleep(5)')).rejects.toThrow(/statement timeout/);
      expect(Date.now() - started).toBeLessThan(3000);
      const [row] = await rows(short, 'SELECT count(*) AS n FROM segments WHERE parent_segment_id IS NULL');
      expect(row.n).toBe(11);
    } finally {
      await short.close();
    }
  });

  it('reports SQL errors with the Postgres message and code', async () => {
    await expect(pglite.query('SELECT nope FROM segments')).rejects.toMatchObject({
      message: expect.stringContaining('column "nope" does not exist'),
      code: '42703',
    });
  });

  it('every view returns rows', async () => {
    for (const view of VIEWS) {
      const [row] = await rows(pglite, `SELECT count(*) AS n FROM ${view}`);
      expect([view, row.n]).toEqual([view, expect.any(Number)]);
      expect(row.n as number).toBeGreaterThan(0);
    }
  });

  it('the long views have the conventional column names and types', async () => {
    for (const view of ['segment_quarter_metrics', 'subsegment_quarter_metrics']) {
      const frame = await frameOf(pglite, `SELECT * FROM ${view} LIMIT 1`);
      const columns = frame.fields.map((f) => [f.name, f.type]);
      expect(columns.slice(0, METRIC_COLUMNS.length)).toEqual(METRIC_COLUMNS);
    }
    const wide = await frameOf(pglite, 'SELECT * FROM segment_metrics_wide LIMIT 1');
    for (const m of ['needs', 'value', 'customers', 'revenue', 'satisfaction', 'budget', 'headcount']) {
      expect(wide.fields.find((f) => f.name === `baseline_${m}`)?.type).toBe('number');
      expect(wide.fields.find((f) => f.name === `current_${m}`)?.type).toBe('number');
    }
    const profiles = await frameOf(pglite, 'SELECT * FROM segment_profiles LIMIT 1');
    expect(profiles.fields.map((f) => f.name)).toEqual([
      'segment',
      'definition',
      'goals',
      'jobs_to_be_done',
      'pain_points',
      'key_contacts',
      'placement_rationale',
    ]);
  });

  it('queries run read-only, one statement at a time', async () => {
    await expect(
      pglite.query("INSERT INTO quarters VALUES ('2026-Q1', 9, '2026-01-01', '2026-03-31')")
    ).rejects.toThrow(/read-only transaction/);
    await expect(pglite.query('DROP TABLE accounts')).rejects.toThrow(/read-only transaction/);
    await pglite.query('SET default_transaction_read_only = off'); // rolled back with its transaction
    await expect(pglite.query('DELETE FROM accounts WHERE account_id = 1')).rejects.toThrow(/read-only transaction/);
    await expect(pglite.query('SELECT 1; DELETE FROM accounts')).rejects.toThrow(/multiple commands/);
    const [row] = await rows(pglite, 'SELECT count(*) AS n FROM quarters');
    expect(row.n).toBe(8);
  });

  it('an injection attempt in a variable stays a string literal', async () => {
    const attack = "x'; DROP TABLE accounts; --";
    for (const template of ["SELECT '$v' AS s", 'SELECT ${v:sqlstring} AS s', 'SELECT s FROM (VALUES ($v)) AS t(s)']) {
      const sql = expandSql(template, {
        variables: { v: template.includes('VALUES') ? [attack] : attack },
        timeRange: { from: 0, to: 1 },
      });
      expect(await rows(pglite, sql)).toEqual([{ s: attack }]);
    }
    const [row] = await rows(pglite, 'SELECT count(*) AS n FROM accounts');
    expect(row.n as number).toBeGreaterThan(0);
  });

  it("finds O'Brien through a quoted variable", async () => {
    const sql = expandSql("SELECT segment FROM segment_profiles WHERE key_contacts LIKE '%' || '$who' || '%'", {
      variables: { who: "Siobhan O'Brien" },
      timeRange: { from: 0, to: 1 },
    });
    expect(await rows(pglite, sql)).toEqual([{ segment: 'Healthcare' }]);
  });

  it('runPanelQuery expands variables and macros, runs the SQL and returns a frame', async () => {
    const frame = await runPanelQuery(
      pglite,
      {
        refId: 'M',
        rawSql:
          'SELECT segment, period, needs, value FROM segment_quarter_metrics ' +
          'WHERE segment IN ($segments) AND $__timeFilter(period_start) ORDER BY segment, period',
      },
      {
        variables: { segments: ['Healthcare', 'Public Sector'] },
        timeRange: { from: Date.UTC(2025, 9, 1), to: Date.UTC(2025, 11, 31) },
      }
    );
    expect(frame.refId).toBe('M');
    expect(frame.meta?.executedQueryString).toContain("segment IN ('Healthcare','Public Sector')");
    expect(rowsOf(frame)).toEqual([
      { segment: 'Healthcare', period: '2025-Q4', needs: 8.1, value: 6.9 },
      { segment: 'Public Sector', period: '2025-Q4', needs: 8.5, value: 6.6 },
    ]);
  });

  it('$__timeFilter selects the quarters inside the dashboard time range', async () => {
    const sql = expandSql(
      'SELECT DISTINCT period FROM segment_quarter_metrics WHERE $__timeFilter(period_start) ORDER BY period',
      { timeRange: { from: Date.UTC(2025, 0, 1), to: Date.UTC(2025, 11, 31, 23, 59, 59) } }
    );
    expect((await rows(pglite, sql)).map((r) => r.period)).toEqual(['2025-Q1', '2025-Q2', '2025-Q3', '2025-Q4']);
  });
});

describe('the story in the seed data', () => {
  it('6 core segments over 8 quarters, ~200 sub-segments, thousands of accounts', async () => {
    const periods = (await rows(pglite, 'SELECT DISTINCT period FROM segment_quarter_metrics ORDER BY period')).map(
      (r) => r.period
    );
    expect(periods).toEqual(['2024-Q1', '2024-Q2', '2024-Q3', '2024-Q4', '2025-Q1', '2025-Q2', '2025-Q3', '2025-Q4']);
    const core = await rows(
      pglite,
      'SELECT segment FROM segment_quarter_metrics GROUP BY segment HAVING count(*) = 8 ORDER BY segment'
    );
    expect(core.map((r) => r.segment)).toEqual([
      'Enterprise',
      'Financial Services',
      'Healthcare',
      'Mid-Market',
      'Public Sector',
      'Retail & Consumer',
    ]);
    const [counts] = await rows(
      pglite,
      `SELECT (SELECT count(*) FROM segments WHERE parent_segment_id IS NOT NULL) AS subsegments,
              (SELECT count(DISTINCT segment) FROM subsegment_quarter_metrics) AS subsegments_with_rows,
              (SELECT count(*) FROM accounts) AS accounts`
    );
    expect(counts.subsegments as number).toBeGreaterThanOrEqual(180);
    expect(counts.subsegments as number).toBeLessThanOrEqual(230);
    expect(counts.subsegments_with_rows).toBe(counts.subsegments);
    expect(counts.accounts as number).toBeGreaterThanOrEqual(3000);
    expect(counts.accounts as number).toBeLessThanOrEqual(6000);
  });

  it('a new segment appears mid-way, one is retired, one splits in two (lineage)', async () => {
    const life = await rows(
      pglite,
      `SELECT segment, min(period) AS first, max(period) AS last, max(previous_segment) AS previous_segment
       FROM segment_quarter_metrics GROUP BY segment ORDER BY segment`
    );
    const bySegment = Object.fromEntries(life.map((r) => [r.segment as string, r]));
    expect(bySegment['AI Natives']).toMatchObject({ first: '2024-Q4', last: '2025-Q4' });
    expect(bySegment['On-Prem Legacy']).toMatchObject({ first: '2024-Q1', last: '2025-Q2' });
    expect(bySegment.SMB).toMatchObject({ first: '2024-Q1', last: '2024-Q4' });
    expect(bySegment['SMB Self-Serve']).toMatchObject({ first: '2025-Q1', last: '2025-Q4', previous_segment: 'SMB' });
    expect(bySegment['SMB Assisted']).toMatchObject({ first: '2025-Q1', last: '2025-Q4', previous_segment: 'SMB' });

    const wide = await rows(pglite, 'SELECT * FROM segment_metrics_wide ORDER BY segment');
    const w = Object.fromEntries(wide.map((r) => [r.segment as string, r]));
    expect(w['AI Natives'].baseline_revenue).toBeNull();
    expect(w['AI Natives'].current_revenue as number).toBeGreaterThan(0);
    expect(w['On-Prem Legacy'].current_revenue).toBeNull();
    expect(w['On-Prem Legacy'].baseline_revenue as number).toBeGreaterThan(0);
    // the split keeps the business: the successors hold about what SMB had
    const successors =
      (w['SMB Self-Serve'].current_customers as number) + (w['SMB Assisted'].current_customers as number);
    expect(successors / (w.SMB.baseline_customers as number)).toBeGreaterThan(0.8);
  });

  it('priority segments grow faster; one priority segment does not grow', async () => {
    const wide = await rows(
      pglite,
      'SELECT segment, priority, baseline_revenue, current_revenue FROM segment_metrics_wide ORDER BY segment'
    );
    const both = wide.filter((r) => r.baseline_revenue !== null && r.current_revenue !== null);
    const growthOf = (set: Row[]) =>
      set.reduce((s, r) => s + (r.current_revenue as number), 0) /
        set.reduce((s, r) => s + (r.baseline_revenue as number), 0) -
      1;
    const priority = both.filter((r) => r.priority === 'primary');
    const others = both.filter((r) => r.priority !== 'primary');
    expect(priority.map((r) => r.segment)).toEqual(['Enterprise', 'Healthcare', 'Mid-Market', 'Public Sector']);
    expect(growthOf(priority) - growthOf(others)).toBeGreaterThan(0.2);
    const shrinking = priority.filter((r) => (r.current_revenue as number) < (r.baseline_revenue as number));
    expect(shrinking.map((r) => r.segment)).toEqual(['Public Sector']);
  });

  it('budget share of the priority segments rises; headcount share rises less', async () => {
    const shares = await rows(
      pglite,
      `SELECT period,
              sum(budget) FILTER (WHERE priority = 'primary') / sum(budget) AS budget_share,
              sum(headcount) FILTER (WHERE priority = 'primary') / sum(headcount) AS headcount_share
       FROM segment_quarter_metrics
       WHERE period IN ('2024-Q1', '2025-Q4')
       GROUP BY period ORDER BY period`
    );
    const [first, last] = shares;
    const budgetShift = (last.budget_share as number) - (first.budget_share as number);
    const headcountShift = (last.headcount_share as number) - (first.headcount_share as number);
    expect(budgetShift).toBeGreaterThan(0.1);
    expect(headcountShift).toBeGreaterThan(0);
    expect(headcountShift).toBeLessThan(budgetShift / 2);
  });

  it('satisfaction improves for the priority segments (revenue-weighted), not for the others', async () => {
    const wide = await rows(
      pglite,
      `SELECT segment, priority, baseline_revenue, baseline_satisfaction, current_satisfaction
       FROM segment_metrics_wide WHERE baseline_satisfaction IS NOT NULL AND current_satisfaction IS NOT NULL`
    );
    const delta = (set: Row[]) =>
      set.reduce(
        (s, r) =>
          s +
          (r.baseline_revenue as number) * ((r.current_satisfaction as number) - (r.baseline_satisfaction as number)),
        0
      ) / set.reduce((s, r) => s + (r.baseline_revenue as number), 0);
    expect(delta(wide.filter((r) => r.priority === 'primary'))).toBeGreaterThan(1);
    expect(delta(wide.filter((r) => r.priority !== 'primary'))).toBeLessThan(0);
  });

  it('Healthcare crosses a quadrant when cut at the current-period medians; no other segment does', async () => {
    const current = await rows(
      pglite,
      "SELECT segment, needs, value FROM segment_quarter_metrics WHERE period = '2025-Q4'"
    );
    const cutX = median(current.map((r) => r.needs as number));
    const cutY = median(current.map((r) => r.value as number));
    const wide = await rows(
      pglite,
      `SELECT segment, baseline_needs, baseline_value, current_needs, current_value FROM segment_metrics_wide
       WHERE baseline_needs IS NOT NULL AND current_needs IS NOT NULL ORDER BY segment`
    );
    const quadrant = (x: number, y: number) => `${x >= cutX ? 'H' : 'L'}${y >= cutY ? 'H' : 'L'}`;
    const moves = wide
      .map((r) => ({
        segment: r.segment,
        from: quadrant(r.baseline_needs as number, r.baseline_value as number),
        to: quadrant(r.current_needs as number, r.current_value as number),
      }))
      .filter((m) => m.from !== m.to);
    expect(moves).toEqual([{ segment: 'Healthcare', from: 'HL', to: 'HH' }]);
  });

  it('sub-segments roll up to their parents', async () => {
    const check = await rows(
      pglite,
      `SELECT m.segment, m.period, m.customers, m.revenue, m.budget,
              sum(s.customers) AS sub_customers, sum(s.revenue) AS sub_revenue, sum(s.budget) AS sub_budget
       FROM segment_quarter_metrics m
       JOIN subsegment_quarter_metrics s ON s.parent = m.segment AND s.period = m.period
       GROUP BY m.segment, m.period, m.customers, m.revenue, m.budget`
    );
    expect(check.length).toBeGreaterThan(50);
    for (const r of check) {
      expect(r.sub_customers).toBe(r.customers);
      expect(Math.abs((r.sub_revenue as number) - (r.revenue as number))).toBeLessThan(
        0.01 * (r.sub_revenue as number) + 1
      );
      expect(Math.abs((r.sub_budget as number) - (r.budget as number))).toBeLessThan(1);
    }
  });
});

describe('real Postgres 15 server', () => {
  const TYPE_ZOO = `SELECT 1::int2 AS i2, 2::int4 AS i4, 9007199254740::int8 AS i8, 1.5::numeric AS n, 1.25::float4 AS f4,
            0.1::float8 + 0.2::float8 AS f8, 'a'::text AS t, 'b'::varchar AS v, 'c'::char(3) AS c, true AS b,
            DATE '2024-02-29' AS d, TIMESTAMP '2024-01-01 10:00:00.25' AS ts,
            TIMESTAMPTZ '2024-01-01 10:00:00+02' AS tstz, '{"a": [1, 2]}'::jsonb AS j, '1 day 02:00'::interval AS iv,
            NULL::numeric AS nothing, 'NaN'::float8 AS nan`;
  const sameFrameQueries: Array<[string, string]> = [
    ...VIEWS.slice(0, 4).map((v): [string, string] => [v, `SELECT * FROM ${v} ORDER BY 1, 2, 3`]),
    ['account_quarter_facts', 'SELECT * FROM account_quarter_facts ORDER BY account_id, quarter_id LIMIT 2000'],
    ['accounts', 'SELECT * FROM accounts ORDER BY account_id'],
    ['survey_responses', 'SELECT * FROM survey_responses ORDER BY response_id LIMIT 2000'],
    ['segments', 'SELECT * FROM segments ORDER BY segment_id'],
    ['one column of each type', TYPE_ZOO],
  ];

  it('is a read-only pg session with a statement timeout', async () => {
    expect(postgres!.kind).toBe('postgres');
    const [row] = await rows(
      postgres!,
      "SELECT current_setting('default_transaction_read_only') AS ro, current_setting('statement_timeout') AS st"
    );
    expect(row).toEqual({ ro: 'on', st: '10s' });
  });

  it.each(sameFrameQueries)('PGlite and Postgres return identical frames: %s', async (_label, sql) => {
    const [a, b] = [await frameOf(pglite, sql), await frameOf(postgres!, sql)];
    expect(b.length).toBeGreaterThan(0);
    expect(b).toEqual(a);
  });

  it('maps every column type the same way on both', async () => {
    const frame = await frameOf(postgres!, TYPE_ZOO);
    const byName = Object.fromEntries(frame.fields.map((f) => [f.name, { type: f.type, value: f.values[0] }]));
    expect(byName).toEqual({
      i2: { type: 'number', value: 1 },
      i4: { type: 'number', value: 2 },
      i8: { type: 'number', value: 9007199254740 },
      n: { type: 'number', value: 1.5 },
      f4: { type: 'number', value: 1.25 },
      f8: { type: 'number', value: 0.30000000000000004 },
      t: { type: 'string', value: 'a' },
      v: { type: 'string', value: 'b' },
      c: { type: 'string', value: 'c  ' },
      b: { type: 'boolean', value: true },
      d: { type: 'time', value: Date.UTC(2024, 1, 29) },
      ts: { type: 'time', value: Date.UTC(2024, 0, 1, 10, 0, 0, 250) },
      tstz: { type: 'time', value: Date.UTC(2024, 0, 1, 8) },
      j: { type: 'string', value: '{"a": [1, 2]}' },
      iv: { type: 'string', value: '1 day 02:00:00' },
      nothing: { type: 'number', value: null },
      nan: { type: 'number', value: NaN },
    });
  });

  it('rejects writes, even after the session tries to turn read-only off', async () => {
    await expect(
      postgres!.query("INSERT INTO quarters VALUES ('2026-Q1', 9, '2026-01-01', '2026-03-31')")
    ).rejects.toThrow(/read-only transaction/);
    await expect(postgres!.query('CREATE TABLE scratch (x int)')).rejects.toThrow(/read-only transaction/);
    await postgres!.query('SET default_transaction_read_only = off');
    await expect(postgres!.query('UPDATE accounts SET employees = 1')).rejects.toThrow(/read-only transaction/);
    await expect(postgres!.query('SELECT 1; DELETE FROM accounts')).rejects.toThrow(/multiple commands/);
    const [row] = await rows(postgres!, 'SELECT count(*) AS n FROM quarters');
    expect(row.n).toBe(8);
  });

  it('cancels statements that run longer than the statement timeout', async () => {
    const short = await openWarehouse({ databaseUrl: cluster!.url, statementTimeoutMs: 300 });
    try {
      const started = Date.now();
      await expect(short.query('SELECT pg_sleep(5)')).rejects.toThrow(/statement timeout/);
      expect(Date.now() - started).toBeLessThan(3000);
      // the pool stays usable afterwards
      const [row] = await rows(short, 'SELECT 1 AS one');
      expect(row.one).toBe(1);
    } finally {
      await short.close();
    }
  });

  it('reports an unreachable server as an error', async () => {
    const url = cluster!.url.replace(/:(\d+)\//, (_m, p) => `:${Number(p) === 1 ? 2 : 1}/`);
    await expect(openWarehouse({ databaseUrl: url })).rejects.toThrow();
  });
});
