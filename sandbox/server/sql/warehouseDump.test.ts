import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

import { openWarehouse } from './warehouse';

// dumpWhenIdle (the sandbox server's warehouse): a freshly seeded PGlite answers at once and writes its
// data-directory cache when idle, or on close.
jest.setTimeout(180_000);

let cacheDir: string;
beforeEach(() => {
  cacheDir = fs.mkdtempSync(path.join(os.tmpdir(), 'warehouse-dump-'));
});
afterEach(() => fs.rmSync(cacheDir, { recursive: true, force: true }));

const cacheFiles = () => fs.readdirSync(cacheDir).filter((f) => /^warehouse-[0-9a-f]+\.tar\.gz$/.test(f));

describe('openWarehouse with dumpWhenIdle', () => {
  it('answers before the dump, writes the cache once idle, and the next open loads it', async () => {
    const logs: string[] = [];
    const wh = await openWarehouse({
      cacheDir,
      dumpWhenIdle: { idleMs: 200, maxMs: 60_000 },
      log: (m) => logs.push(m),
    });
    try {
      expect(wh.source).toBe('seeded');
      expect(cacheFiles()).toEqual([]);
      const count = await wh.query('SELECT count(*)::int FROM segments');
      expect((count.rows as unknown[][])[0][0]).toBeGreaterThan(0);
      for (let i = 0; i < 300 && !logs.some((m) => m.startsWith('warehouse: cached')); i++) {
        await new Promise((r) => setTimeout(r, 50));
      }
      expect(cacheFiles()).toHaveLength(1);
      // Still answers after the dump.
      expect((await wh.query('SELECT count(*)::int FROM segments')).rows).toEqual(count.rows);
    } finally {
      await wh.close();
    }
    const warm = await openWarehouse({ cacheDir });
    try {
      expect(warm.source).toBe('cache');
    } finally {
      await warm.close();
    }
  });

  it('writes the cache on close when it was never idle long enough', async () => {
    const wh = await openWarehouse({ cacheDir, dumpWhenIdle: { idleMs: 60_000, maxMs: 60_000 } });
    expect(cacheFiles()).toEqual([]);
    await wh.close();
    expect(cacheFiles()).toHaveLength(1);
  });
});
