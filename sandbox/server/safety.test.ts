import http from 'node:http';
import { startSandboxServer, type SandboxServer } from './app';

// The sandbox server's safety: loopback only, no path escapes, bounded requests, and dashboard variables
// that reach SQL only quoted as Grafana quotes them, on the embedded warehouse.
jest.setTimeout(120000);

function request(server: SandboxServer, method: string, path: string, body?: string) {
  return new Promise<{ status: number; text: string }>((resolve, reject) => {
    const req = http.request(
      `${server.url}${path}`,
      { method, headers: body ? { 'Content-Type': 'application/json' } : {} },
      (res) => {
        let text = '';
        res.on('data', (chunk) => (text += chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, text }));
      }
    );
    req.on('error', reject);
    req.end(body);
  });
}

const SUBSEGMENTS_SQL =
  "SELECT segment, parent FROM subsegment_quarter_metrics WHERE ('${segment}' IN ('', 'All') OR parent = '${segment}')";

function query(server: SandboxServer, rawSql: string, segment: string) {
  return request(
    server,
    'POST',
    '/api/ds/query',
    JSON.stringify({
      from: String(Date.UTC(2024, 0, 1)),
      to: String(Date.UTC(2026, 0, 1)),
      queries: [{ refId: 'A', rawSql, format: 'table', datasource: { uid: 'segment-warehouse' } }],
      variables: { segment },
    })
  );
}

const rowsOf = (text: string) => {
  const frame = JSON.parse(text).results.A.frames[0];
  return frame ? (frame.data.values[0] ?? []).length : 0;
};

describe('sandbox server safety', () => {
  let server: SandboxServer;
  beforeAll(async () => {
    server = await startSandboxServer({ port: 0 });
  });
  afterAll(() => server.close());

  it('binds 127.0.0.1 unless told otherwise', () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
  });

  it('serves nothing outside its folders', async () => {
    for (const path of [
      '/public/plugins/seglens-segmentmatrix-panel/../../package.json',
      '/host/..%2F..%2Fpackage.json',
      '/samples/%2e%2e/%2e%2e/package.json',
    ]) {
      const { status, text } = await request(server, 'GET', path);
      expect([path, status]).toEqual([path, 404]);
      expect(text).not.toContain('"devDependencies"');
    }
  });

  it('refuses an oversized request body with a clear 413', async () => {
    const { status, text } = await request(
      server,
      'POST',
      '/api/ds/query',
      JSON.stringify({ queries: [], padding: 'x'.repeat(2 * 1024 * 1024) })
    );
    expect(status).toBe(413);
    expect(text).toMatch(/limit/i);
  });

  it('keeps an injection through a variable inside its quoted literal', async () => {
    const all = await query(server, SUBSEGMENTS_SQL, 'All');
    const total = rowsOf(all.text);
    expect(total).toBeGreaterThan(100);

    const tautology = await query(server, SUBSEGMENTS_SQL, "x' OR '1'='1");
    expect(tautology.status).toBe(200);
    expect(rowsOf(tautology.text)).toBe(0);

    await query(server, SUBSEGMENTS_SQL, "x'); DROP VIEW subsegment_quarter_metrics; --");
    const after = await query(server, SUBSEGMENTS_SQL, 'All');
    expect(rowsOf(after.text)).toBe(total);
  });
});
