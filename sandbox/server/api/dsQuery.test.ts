import type { QueryResult, Warehouse } from '../sql';
import { MAX_QUERIES, parseDsQueryRequest, runDsQuery } from './dsQuery';

const RANGE = { from: '1704067200000', to: '1767225599000' };

/** A warehouse that records the SQL it is given and answers with one text column, or fails on "FAIL". */
function fakeWarehouse() {
  const sqls: string[] = [];
  const warehouse: Warehouse = {
    kind: 'pglite',
    source: 'seeded',
    openMs: 0,
    async query(sql: string): Promise<QueryResult> {
      sqls.push(sql);
      if (sql.includes('FAIL')) {
        throw new Error('relation "nope" does not exist');
      }
      return { fields: [{ name: 'sql', type: 'string', dataTypeID: 25 }], rows: [[sql]] };
    },
    close: async () => undefined,
  };
  return { sqls, get: async () => warehouse };
}

describe('parseDsQueryRequest', () => {
  it("reads Grafana's shape (from/to as epoch strings) and the sandbox's variables", () => {
    const request = parseDsQueryRequest({
      ...RANGE,
      queries: [{ refId: 'A', rawSql: 'SELECT 1' }],
      variables: { segment: 'SMB', tiers: ['a', 'b'] },
    });
    expect(request).toEqual({
      queries: [{ refId: 'A', rawSql: 'SELECT 1', format: 'table', datasource: undefined, hide: false }],
      range: { from: 1704067200000, to: 1767225599000 },
      variables: { segment: 'SMB', tiers: ['a', 'b'] },
      intervalMs: undefined,
    });
    expect(
      parseDsQueryRequest({ range: { from: 0, to: '2025-01-01T00:00:00Z' }, queries: [{ rawSql: 'x' }] }).range
    ).toEqual({ from: 0, to: Date.UTC(2025, 0, 1) });
  });

  it.each([
    [null, 'must be a JSON object'],
    [{ ...RANGE, queries: [] }, '"queries" must be a non-empty array'],
    [{ ...RANGE, queries: Array.from({ length: MAX_QUERIES + 1 }, () => ({ rawSql: 'x' })) }, 'too many queries'],
    [{ ...RANGE, queries: [{ refId: 'A' }] }, 'has no rawSql'],
    [{ ...RANGE, queries: [{ rawSql: 'x', format: 'logs' }] }, 'format must be'],
    [
      {
        ...RANGE,
        queries: [
          { refId: 'A', rawSql: 'x' },
          { refId: 'A', rawSql: 'y' },
        ],
      },
      'duplicate refId "A"',
    ],
    [{ from: 'yesterday', to: 'now', queries: [{ rawSql: 'x' }] }, '"from" must be'],
    [{ ...RANGE, queries: [{ rawSql: 'x' }], variables: { a: 1 } }, 'variable "a" must be'],
  ])('refuses %j: %s', (body, reason) => {
    expect(() => parseDsQueryRequest(body)).toThrow(reason);
  });
});

describe('runDsQuery', () => {
  it('interpolates variables with SQL quoting and expands macros before the SQL runs', async () => {
    const wh = fakeWarehouse();
    const request = parseDsQueryRequest({
      ...RANGE,
      queries: [{ refId: 'A', rawSql: "SELECT '${segment}' AS s, $segments AS l WHERE $__timeFilter(t)" }],
      variables: { segment: "O'Brien", segments: ['a', "b'c"] },
    });
    const response = await runDsQuery(wh.get, request);
    expect(response.status).toBe(200);
    expect(wh.sqls).toEqual([
      "SELECT 'O''Brien' AS s, 'a','b''c' AS l WHERE t BETWEEN '2024-01-01T00:00:00Z' AND '2025-12-31T23:59:59Z'",
    ]);
    const frame = response.body.results.A.frames[0];
    expect(frame.schema.fields).toEqual([
      { name: 'sql', type: 'string', typeInfo: { frame: 'string', nullable: true } },
    ]);
    expect(frame.schema.meta?.executedQueryString).toBe(wh.sqls[0]);
    expect(frame.data.values).toEqual([[wh.sqls[0]]]);
  });

  it('reports each failing query in its own result (multi-status), the others still run', async () => {
    const wh = fakeWarehouse();
    const response = await runDsQuery(
      wh.get,
      parseDsQueryRequest({
        ...RANGE,
        queries: [
          { refId: 'A', rawSql: 'SELECT $__nope(x)' },
          { refId: 'B', rawSql: 'SELECT FAIL' },
          { refId: 'C', rawSql: 'SELECT 1', datasource: { uid: 'prometheus' } },
          { refId: 'D', rawSql: 'SELECT 2' },
          { refId: 'E', rawSql: 'SELECT 3', hide: true },
        ],
      })
    );
    expect(response.status).toBe(207);
    const { results } = response.body;
    expect(Object.keys(results)).toEqual(['A', 'B', 'C', 'D']);
    expect(results.A).toMatchObject({ status: 400, error: 'unknown macro "__nope"', frames: [] });
    expect(results.B).toMatchObject({
      status: 400,
      error: 'relation "nope" does not exist',
      errorSource: 'downstream',
    });
    expect(results.C.error).toContain('data source "prometheus" not found');
    expect(results.D).toMatchObject({ status: 200 });
    expect(wh.sqls).toEqual(['SELECT FAIL', 'SELECT 2']);
  });

  it('reports a warehouse that cannot open as the error of every query', async () => {
    const response = await runDsQuery(
      () => Promise.reject(new Error('cannot open the warehouse (postgres://x): connection refused')),
      parseDsQueryRequest({ ...RANGE, queries: [{ rawSql: 'SELECT 1' }] })
    );
    expect(response.body.results.A.error).toContain('connection refused');
  });
});
