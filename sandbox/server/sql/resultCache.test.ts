import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

import { isCacheableSql, MAX_ROWS, openResultCache, resultCacheFile } from './resultCache';
import type { QueryResult } from './toDataFrame';

let tmp: string;
beforeEach(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'result-cache-'));
});
afterEach(() => fs.rmSync(tmp, { recursive: true, force: true }));

/** A project folder of its own (package.json + provisioning/warehouse/*.sql), as the cache key wants. */
function project(files: Record<string, string>): { sqlDir: string; cacheDir: string } {
  const sqlDir = path.join(tmp, 'provisioning', 'warehouse');
  fs.mkdirSync(sqlDir, { recursive: true });
  fs.writeFileSync(path.join(tmp, 'package.json'), '{}');
  for (const [name, text] of Object.entries(files)) {
    fs.writeFileSync(path.join(sqlDir, name), text);
  }
  return { sqlDir, cacheDir: path.join(tmp, 'cache') };
}

const result = (rows: unknown[][]): QueryResult => ({
  fields: [{ name: 'v', dataTypeID: 25, type: 'string' }],
  rows,
});

describe('resultCacheFile', () => {
  it('changes when a warehouse SQL file changes, is added or is renamed', () => {
    const { sqlDir, cacheDir } = project({ '01_schema.sql': 'CREATE TABLE t (a int);' });
    const first = resultCacheFile(cacheDir, sqlDir);
    expect(path.basename(first)).toMatch(/^warehouse-[0-9a-f]{16}\.results\.json$/);
    expect(resultCacheFile(cacheDir, sqlDir)).toBe(first);

    fs.writeFileSync(path.join(sqlDir, '01_schema.sql'), 'CREATE TABLE t (a bigint);');
    const edited = resultCacheFile(cacheDir, sqlDir);
    expect(edited).not.toBe(first);

    fs.writeFileSync(path.join(sqlDir, '02_seed.sql'), 'INSERT INTO t VALUES (1);');
    const added = resultCacheFile(cacheDir, sqlDir);
    expect(new Set([first, edited, added]).size).toBe(3);

    fs.renameSync(path.join(sqlDir, '02_seed.sql'), path.join(sqlDir, '03_seed.sql'));
    expect(resultCacheFile(cacheDir, sqlDir)).not.toBe(added);

    // And with the worker script that returns the values.
    const worker = path.join(tmp, 'worker.cjs');
    fs.writeFileSync(worker, '// v1');
    const withWorker = resultCacheFile(cacheDir, sqlDir, worker);
    fs.writeFileSync(worker, '// v2');
    expect(resultCacheFile(cacheDir, sqlDir, worker)).not.toBe(withWorker);
  });

  it('a changed SQL file starts an empty cache, and writing it deletes the old one', async () => {
    const { sqlDir, cacheDir } = project({ '01.sql': 'SELECT 1;' });
    const oldFile = resultCacheFile(cacheDir, sqlDir);
    const old = await openResultCache(oldFile);
    old.put('SELECT v FROM t', result([['old']]));
    await old.flush();
    expect(fs.existsSync(oldFile)).toBe(true);

    fs.writeFileSync(path.join(sqlDir, '01.sql'), 'SELECT 2;');
    const newFile = resultCacheFile(cacheDir, sqlDir);
    const fresh = await openResultCache(newFile);
    expect(fresh.loaded).toBe(0);
    expect(fresh.get('SELECT v FROM t')).toBeUndefined();
    fresh.put('SELECT v FROM t', result([['new']]));
    await fresh.flush();
    expect(fs.existsSync(oldFile)).toBe(false);
    expect((await openResultCache(newFile)).get('SELECT v FROM t')).toEqual(result([['new']]));
  });
});

describe('openResultCache', () => {
  it('keeps every kind of value the warehouse returns across a write and a read', async () => {
    const file = path.join(tmp, 'warehouse-0000000000000000.results.json');
    const rows = [
      ['text', 1.5, true, null, BigInt('9007199254740993')],
      [new Date(Date.UTC(2025, 0, 2)), NaN, Infinity, -Infinity, new Uint8Array([0, 1, 255])],
      [['a', ['b', null]], { k: 'v', n: 2, nested: { d: new Date(0) } }, '', 0, false],
    ];
    const original: QueryResult = {
      fields: [{ name: 'x', dataTypeID: 25, type: 'string' }],
      rows,
    };
    const writer = await openResultCache(file);
    writer.put('SELECT x FROM t', original);
    await writer.flush();

    const reader = await openResultCache(file);
    expect(reader.loaded).toBe(1);
    const back = reader.get('SELECT x FROM t');
    expect(back).toEqual(original);
    const backRows = back!.rows as unknown[][];
    expect(backRows[0][4]).toBe(BigInt('9007199254740993'));
    expect(backRows[1][0]).toBeInstanceOf(Date);
    expect(backRows[1][4]).toBeInstanceOf(Uint8Array);
    // The keys are the exact SQL text.
    expect(reader.get('SELECT x FROM t ')).toBeUndefined();
  });

  it('does not cache SQL that calls volatile functions, huge results, or object rows', async () => {
    for (const sql of [
      'SELECT now()',
      'SELECT random() AS r',
      "SELECT pg_sleep(0.1), 'x'",
      'SELECT CURRENT_TIMESTAMP',
      "SELECT nextval('s')",
      'SELECT version()',
    ]) {
      expect(isCacheableSql(sql)).toBe(false);
    }
    expect(isCacheableSql("SELECT segment, period FROM segment_quarter_metrics WHERE period = '2025-Q4'")).toBe(true);

    const file = path.join(tmp, 'warehouse-0000000000000000.results.json');
    const cache = await openResultCache(file);
    cache.put('SELECT now()', result([['2025']]));
    cache.put('SELECT big', result(Array.from({ length: MAX_ROWS + 1 }, () => ['x'])));
    cache.put('SELECT obj', { fields: [], rows: [{ v: 1 }] });
    await cache.flush();
    expect(cache.get('SELECT now()')).toBeUndefined();
    expect(cache.get('SELECT big')).toBeUndefined();
    expect(cache.get('SELECT obj')).toBeUndefined();
    expect(fs.existsSync(file)).toBe(false); // nothing to write
  });

  it('treats an unreadable file as empty, says so, and replaces it', async () => {
    const file = path.join(tmp, 'warehouse-0000000000000000.results.json');
    fs.writeFileSync(file, '{ broken');
    const logs: string[] = [];
    const cache = await openResultCache(file, { log: (m) => logs.push(m) });
    expect(cache.loaded).toBe(0);
    expect(logs.join('\n')).toContain('ignoring unreadable result cache');
    cache.put('SELECT 1', result([['1']]));
    await cache.flush();
    expect((await openResultCache(file)).get('SELECT 1')).toEqual(result([['1']]));
  });

  it('writes on its own shortly after a new result', async () => {
    const file = path.join(tmp, 'warehouse-0000000000000000.results.json');
    const cache = await openResultCache(file, { writeDelayMs: 10 });
    cache.put('SELECT 1', result([['1']]));
    for (let i = 0; i < 100 && !fs.existsSync(file); i++) {
      await new Promise((r) => setTimeout(r, 20));
    }
    expect(fs.existsSync(file)).toBe(true);
  });
});
