import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

import { projectRoot } from '../projectRoot';
import { resultCacheFile, warehouseHash } from '../sql';
import { createWarehouseHolder } from './warehouseHolder';

// The holder with the persistent result cache (npm start), on the real embedded PGlite.
jest.setTimeout(120_000);

const root = projectRoot();
const sqlDir = path.join(root, 'provisioning', 'warehouse');
let cacheDir: string;

beforeEach(() => {
  cacheDir = fs.mkdtempSync(path.join(os.tmpdir(), 'warehouse-holder-'));
  // The project's PGlite data-directory cache, when there is one, so that PGlite opens in ~1 s.
  const dump = path.join(root, 'node_modules', '.cache', 'segment-matrix', `warehouse-${warehouseHash(sqlDir)}.tar.gz`);
  if (fs.existsSync(dump)) {
    fs.copyFileSync(dump, path.join(cacheDir, path.basename(dump)));
  }
});
afterEach(() => fs.rmSync(cacheDir, { recursive: true, force: true }));

const COUNT = 'SELECT count(*)::int AS n FROM segments';

describe('createWarehouseHolder with resultCache', () => {
  it('queries wait for PGlite and succeed; errors are reported and not cached; the results are kept on close', async () => {
    const logs: string[] = [];
    const holder = createWarehouseHolder(root, { cacheDir, resultCache: true }, (m) => logs.push(m));
    try {
      const wh = await holder.get();
      const [count, missing] = await Promise.allSettled([wh.query(COUNT), wh.query('SELECT * FROM no_such_table')]);
      expect(count).toMatchObject({ status: 'fulfilled', value: { rows: [[expect.any(Number)]] } });
      expect(missing).toMatchObject({
        status: 'rejected',
        reason: { message: expect.stringContaining('no_such_table') },
      });
      expect(holder.describe()).toMatch(/^embedded PGlite/);
    } finally {
      await holder.close();
    }
    const file = resultCacheFile(cacheDir, sqlDir, path.join(root, 'sandbox', 'server', 'sql', 'pgliteWorker.cjs'));
    const saved = JSON.parse(fs.readFileSync(file, 'utf8'));
    expect(Object.keys(saved.entries)).toHaveLength(1);
  });

  it('answers cached queries while PGlite is not open, and opens it for a query that is not cached', async () => {
    const first = createWarehouseHolder(root, { cacheDir, resultCache: true });
    const expected = await (await first.get()).query(COUNT);
    await first.close();

    // PGlite would open only after a minute of quiet: everything before is the cache or a miss.
    const logs: string[] = [];
    const holder = createWarehouseHolder(
      root,
      { cacheDir, resultCache: true, deferOpen: { idleMs: 60_000, maxMs: 60_000 } },
      (m) => logs.push(m)
    );
    try {
      const wh = await holder.get();
      expect(await wh.query(COUNT)).toEqual(expected);
      expect(holder.describe()).toBe('not open yet');
      expect(logs.some((m) => /open in/.test(m))).toBe(false);

      // Not in the cache: waits for PGlite, which opens now.
      const miss = await wh.query('SELECT 2 AS two');
      expect(miss.rows).toEqual([[2]]);
      expect(holder.describe()).toMatch(/^embedded PGlite/);
      // Once open, PGlite answers (and an error is still an error).
      expect(await wh.query(COUNT)).toEqual(expected);
      await expect(wh.query('SELECT * FROM no_such_table')).rejects.toThrow(/no_such_table/);
    } finally {
      await holder.close();
    }
  });

  it('opens PGlite by itself once the cached queries have been answered', async () => {
    const first = createWarehouseHolder(root, { cacheDir, resultCache: true });
    await (await first.get()).query(COUNT);
    await first.close();

    const logs: string[] = [];
    const holder = createWarehouseHolder(
      root,
      { cacheDir, resultCache: true, deferOpen: { idleMs: 100, maxMs: 60_000 } },
      (m) => logs.push(m)
    );
    try {
      await (await holder.get()).query(COUNT);
      expect(holder.describe()).toBe('not open yet');
      for (let i = 0; i < 600 && holder.describe() === 'not open yet'; i++) {
        await new Promise((r) => setTimeout(r, 50));
      }
      expect(holder.describe()).toMatch(/^embedded PGlite/);
      expect(logs.some((m) => /^warehouse: embedded PGlite, .* open in \d+ ms$/.test(m))).toBe(true);
    } finally {
      await holder.close();
    }
  });

  it('reports a warehouse that cannot open on every query that needs it', async () => {
    const badProject = fs.mkdtempSync(path.join(os.tmpdir(), 'warehouse-holder-bad-'));
    try {
      fs.writeFileSync(path.join(badProject, 'package.json'), '{}');
      fs.mkdirSync(path.join(badProject, 'provisioning', 'warehouse'), { recursive: true });
      fs.writeFileSync(path.join(badProject, 'provisioning', 'warehouse', '01.sql'), 'CREATE TABLE broken (;');
      const holder = createWarehouseHolder(root, {
        cacheDir,
        sqlDir: path.join(badProject, 'provisioning', 'warehouse'),
        resultCache: true,
      });
      try {
        const wh = await holder.get();
        await expect(wh.query('SELECT 1 AS one')).rejects.toThrow(/cannot open the warehouse .*01\.sql/);
      } finally {
        await holder.close();
      }
    } finally {
      fs.rmSync(badProject, { recursive: true, force: true });
    }
  });

  it('is never used with a database URL', async () => {
    const holder = createWarehouseHolder(root, {
      cacheDir,
      resultCache: true,
      databaseUrl: 'postgres://nobody@127.0.0.1:1/none',
    });
    try {
      await expect(holder.get().then((wh) => wh.query('SELECT 1 AS one'))).rejects.toThrow(/cannot open the warehouse/);
    } finally {
      await holder.close();
    }
    expect(fs.readdirSync(cacheDir).filter((f) => f.endsWith('.results.json'))).toEqual([]);
  });
});
