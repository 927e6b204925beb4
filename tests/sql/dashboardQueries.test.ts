/**
 * Every query of every provisioned dashboard — panel targets and query variables — through the sandbox
 * server's query path (variables, macros, type mapping, time-series shaping), on the embedded PGlite and
 * on a throw-away Postgres 15 server: no errors, rows where the story has rows, identical frames on both.
 */
import fs from 'node:fs';
import path from 'node:path';


import { parseDsQueryRequest, runDsQuery, type DsQueryResponse } from '../../sandbox/server/api/dsQuery';
import type { DataFrameJSON } from '../../sandbox/server/api/frameJson';
import { openWarehouse, type Warehouse } from '../../sandbox/server/sql/warehouse';
import { isPostgresAvailable, openSeededPostgres, startPostgresCluster, type PostgresCluster } from './postgresCluster';

jest.setTimeout(180_000);

const ROOT = path.resolve(__dirname, '../..');
const DASHBOARD_DIR = path.join(ROOT, 'provisioning/dashboards');
const MATRIX = 'seglens-segmentmatrix-panel';

type Json = Record<string, any>;
const dashboards: Json[] = fs
  .readdirSync(DASHBOARD_DIR)
  .filter((f) => f.endsWith('.json'))
  .sort()
  .map((f) => JSON.parse(fs.readFileSync(path.join(DASHBOARD_DIR, f), 'utf8')));

const QUARTERS = ['2024-Q1', '2024-Q2', '2024-Q3', '2024-Q4', '2025-Q1', '2025-Q2', '2025-Q3', '2025-Q4'];

/** Realistic variable values: the defaults, a clicked segment, a name with "&", and one with a quote (no rows). */
const SCENARIOS: Array<{ name: string; variables: Record<string, string>; segmentHasRows: boolean }> = [
  {
    name: 'defaults (All)',
    variables: { baseline: '2024-Q1', current: '2025-Q4', segment: 'All' },
    segmentHasRows: true,
  },
  {
    name: 'Healthcare clicked, mid-way quarters',
    variables: { baseline: '2024-Q3', current: '2025-Q2', segment: 'Healthcare' },
    segmentHasRows: true,
  },
  {
    name: 'Retail & Consumer, 2025 only',
    variables: { baseline: '2025-Q1', current: '2025-Q4', segment: 'Retail & Consumer' },
    segmentHasRows: true,
  },
  {
    name: 'baseline after current (reversed), Enterprise',
    variables: { baseline: '2025-Q2', current: '2024-Q2', segment: 'Enterprise' },
    segmentHasRows: true,
  },
  {
    name: "a name with a quote (O'Brien)",
    variables: { baseline: '2024-Q1', current: '2025-Q4', segment: "O'Brien" },
    segmentHasRows: false,
  },
];

const panelsOf = (d: Json): Json[] =>
  d.panels.flatMap((p: Json) => [p, ...(p.panels ?? [])]).filter((p: Json) => p.targets?.length);
const rangeOf = (d: Json) => ({ from: String(Date.parse(d.time.from)), to: String(Date.parse(d.time.to)) });
const rowsOf = (frames: DataFrameJSON[]) => frames.reduce((n, f) => n + (f.data.values[0]?.length ?? 0), 0);

let pglite: Warehouse;
let postgres: Warehouse;
let cluster: PostgresCluster | undefined;

beforeAll(async () => {
  if (!isPostgresAvailable()) {
    throw new Error(
      'PostgreSQL 15 server binaries not found (/usr/lib/postgresql/15/bin): as root, apt-get install -y postgresql-15, or set PG_BIN_DIR'
    );
  }
  const starting = startPostgresCluster();
  starting.catch(() => undefined);
  pglite = await openWarehouse();
  cluster = await starting;
  postgres = await openSeededPostgres(cluster);
});

afterAll(async () => {
  await postgres?.close().catch(() => undefined);
  await pglite?.close().catch(() => undefined);
  await cluster?.stop();
});

/** Runs one request body on both warehouses, as the server's POST /api/ds/query does. */
async function onBoth(body: unknown): Promise<[DsQueryResponse, DsQueryResponse]> {
  const request = parseDsQueryRequest(body);
  return Promise.all([runDsQuery(async () => pglite, request), runDsQuery(async () => postgres, request)]);
}

describe.each(dashboards.map((d) => [d.uid, d] as [string, Json]))('dashboard %s', (_uid, dashboard) => {
  it('query variables list the quarters (baseline ascending, current descending) on both', async () => {
    for (const variable of dashboard.templating.list.filter((v: Json) => v.type === 'query')) {
      const [lite, pg] = await onBoth({
        ...rangeOf(dashboard),
        queries: [{ refId: variable.name, rawSql: variable.query, datasource: variable.datasource }],
      });
      expect(lite).toEqual(pg);
      const result = lite.body.results[variable.name];
      expect(result.error).toBeUndefined();
      const values = result.frames[0].data.values[0];
      expect(values).toEqual(variable.name === 'current' ? [...QUARTERS].reverse() : QUARTERS);
      expect(values).toContain(variable.current.value);
    }
  });

  describe.each(SCENARIOS)('$name', ({ variables, segmentHasRows }) => {
    it.each(panelsOf(dashboard).map((p) => [p.id, p.title, p] as [number, string, Json]))(
      'panel %i (%s) returns the same frames on PGlite and Postgres',
      async (_id, _title, panel) => {
        const [lite, pg] = await onBoth({
          ...rangeOf(dashboard),
          queries: panel.targets.map((t: Json) => ({
            refId: t.refId,
            rawSql: t.rawSql,
            format: t.format,
            datasource: t.datasource ?? panel.datasource,
          })),
          variables,
        });
        expect(lite).toEqual(pg);
        expect(lite.status).toBe(200);
        const usesSegment = panel.targets.some((t: Json) => /\$\{?segment\b/.test(t.rawSql));
        for (const [refId, result] of Object.entries(lite.body.results)) {
          expect([refId, result.error]).toEqual([refId, undefined]);
          const expectRows = !usesSegment || segmentHasRows;
          expect([refId, rowsOf(result.frames) > 0]).toEqual([refId, expectRows]);
        }
        if (panel.type === MATRIX) {
          const data = lite.body.results[panel.options.dataRefId || 'A'].frames[0];
          const columns = data.schema.fields.map((f) => f.name);
          for (const field of Object.values<string>(panel.options.fields).filter(Boolean)) {
            const column = panel.options.format === 'wide' && !columns.includes(field) ? `current_${field}` : field;
            expect(columns).toContain(column);
          }
          for (const component of panel.options.composite?.components ?? []) {
            expect(columns).toContain(component.field);
          }
        }
      }
    );
  });

  it('the sub-segment panels follow the clicked segment: only its children', async () => {
    for (const panel of panelsOf(dashboard).filter((p) =>
      p.targets.some((t: Json) => /\$\{?segment\b/.test(t.rawSql))
    )) {
      const [lite] = await onBoth({
        ...rangeOf(dashboard),
        queries: panel.targets.map((t: Json) => ({ refId: t.refId, rawSql: t.rawSql, format: t.format })),
        variables: { baseline: '2024-Q1', current: '2025-Q4', segment: 'Healthcare' },
      });
      const frame = lite.body.results.A.frames[0];
      const parentIndex = frame.schema.fields.findIndex((f) => f.name === 'parent' || f.name === 'Segment');
      expect(new Set(frame.data.values[parentIndex])).toEqual(new Set(['Healthcare']));
    }
  });
});
