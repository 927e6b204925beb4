import { startSandboxServer, type SandboxServer } from '../app';
import { MAX_BODY_BYTES } from './httpBody';

// The API through HTTP, on the sandbox server with its embedded warehouse (opened on the first query).
jest.setTimeout(120_000);

let server: SandboxServer;
const logs: string[] = [];

beforeAll(async () => {
  server = await startSandboxServer({ port: 0, databaseUrl: '', log: (m) => logs.push(m) });
});
afterAll(() => server?.close());

const post = (body: string, headers: Record<string, string> = {}) =>
  fetch(`${server.url}/api/ds/query`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...headers },
    body,
  });

describe('dashboards API', () => {
  it('lists the provisioned dashboards', async () => {
    const list = await (await fetch(`${server.url}/api/search`)).json();
    expect(list.map((d: { uid: string }) => d.uid)).toEqual(
      expect.arrayContaining(['segment-qbr', 'segment-trajectories'])
    );
  });

  it('serves a dashboard by uid and by file name, with Grafana-like meta', async () => {
    const byUid = await (await fetch(`${server.url}/api/dashboards/uid/segment-qbr`)).json();
    expect(byUid.dashboard.title).toBe('Segment effectiveness — QBR');
    expect(byUid.meta).toMatchObject({ provisioned: true, provisionedExternalId: 'segment-qbr.json' });
    const byFile = await (await fetch(`${server.url}/api/dashboards/uid/segment-qbr.json`)).json();
    expect(byFile.dashboard.uid).toBe('segment-qbr');
  });

  it('answers 404 for an unknown dashboard and an unknown API path', async () => {
    const missing = await fetch(`${server.url}/api/dashboards/uid/nope`);
    expect(missing.status).toBe(404);
    expect((await missing.json()).message).toContain('"nope" not found');
    expect((await fetch(`${server.url}/api/nothing-here`)).status).toBe(404);
  });
});

describe('POST /api/ds/query', () => {
  it('refuses a body over the limit with 413 and says what the limit is', async () => {
    const response = await post(JSON.stringify({ queries: [{ rawSql: `SELECT '${'x'.repeat(MAX_BODY_BYTES)}'` }] }));
    expect(response.status).toBe(413);
    expect((await response.json()).message).toBe(
      `request body too large: the limit is ${MAX_BODY_BYTES} bytes (256 KiB)`
    );
  });

  it('refuses a body that is not JSON, or not a query request, with 400', async () => {
    const notJson = await post('{ not json');
    expect(notJson.status).toBe(400);
    expect((await notJson.json()).message).toContain('not valid JSON');
    const noQueries = await post(JSON.stringify({ from: '0', to: '1' }));
    expect(noQueries.status).toBe(400);
    expect((await noQueries.json()).message).toContain('"queries" must be a non-empty array');
  });

  it('wants POST', async () => {
    expect((await fetch(`${server.url}/api/ds/query`)).status).toBe(405);
  });

  it('runs the SQL on the warehouse and returns Grafana frames; an unknown macro is that query’s error', async () => {
    const response = await post(
      JSON.stringify({
        from: '1704067200000',
        to: '1767225599000',
        queries: [
          { refId: 'A', rawSql: "SELECT quarter_id FROM quarters WHERE quarter_id <= '$current' ORDER BY 1" },
          { refId: 'B', rawSql: 'SELECT $__bogus(quarter_id) FROM quarters' },
        ],
        variables: { current: '2024-Q2' },
      })
    );
    expect(response.status).toBe(207);
    const { results } = await response.json();
    expect(results.A.frames[0].schema.fields[0]).toMatchObject({ name: 'quarter_id', type: 'string' });
    expect(results.A.frames[0].data.values).toEqual([['2024-Q1', '2024-Q2']]);
    expect(results.B.error).toBe('unknown macro "__bogus"');
    expect(logs.some((m) => /^warehouse: embedded PGlite, .* open in \d+ ms$/.test(m))).toBe(true);
  });
});
