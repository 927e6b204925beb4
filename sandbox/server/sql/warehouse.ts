/**
 * The sandbox's SQL warehouse: where a panel's (already expanded) rawSql runs.
 *
 * - Without a database URL: an embedded PGlite seeded by applying
 *   provisioning/warehouse/*.sql in file-name order. The seeded data directory
 *   is dumped to node_modules/.cache/segment-matrix/warehouse-<hash>.tar.gz
 *   (hash of the SQL files and the PGlite version) and loaded from there on
 *   later starts.
 * - With a database URL: a small `pg` pool; sessions are read-only
 *   (default_transaction_read_only=on) with a statement_timeout.
 *
 * PGlite runs in a worker thread (pgliteWorker.cjs), so the server stays
 * responsive while a statement runs and a runaway statement can be stopped.
 *
 * Either way every query runs alone (one statement, extended protocol) inside
 * a READ ONLY transaction that is rolled back, so panel SQL cannot change data
 * or session settings. Values are returned raw; `toDataFrame` normalises them.
 */
import { createHash } from 'crypto';
import * as fs from 'fs';
import * as path from 'path';

import { Worker } from 'worker_threads';

// `pg` is loaded only for a DATABASE_URL (it adds ~40 ms to every sandbox start otherwise).
import type { PoolClient, QueryArrayConfig, types as PgTypes } from 'pg';

import { fieldKindForPgType, QueryField, QueryResult, RAW_TEXT_TYPES } from './toDataFrame';

export type { QueryField, QueryResult } from './toDataFrame';

export interface WarehouseOptions {
  /** postgres://… — use a real Postgres instead of the embedded PGlite. */
  databaseUrl?: string;
  /**
   * Statement timeout (default 10 000 ms). Postgres cancels the statement; for
   * PGlite the worker thread is terminated and restarted from the seeded data.
   */
  statementTimeoutMs?: number;
  /** Directory with the warehouse *.sql files (default <project>/provisioning/warehouse). */
  sqlDir?: string;
  /** Where dumped PGlite data directories are cached (default <project>/node_modules/.cache/segment-matrix). */
  cacheDir?: string;
  /** Use (read and write) the dump cache; default true. */
  cache?: boolean;
  /**
   * After seeding, return at once and dump the data directory (about a second of the worker's time)
   * once no query has run for `idleMs`, at most `maxMs` after the open, or on close. Default: dump
   * (and write the cache) before openWarehouse returns.
   */
  dumpWhenIdle?: { idleMs: number; maxMs: number };
  /** Postgres pool size (default 4). */
  poolSize?: number;
  /** The PGlite worker thread script (default pgliteWorker.cjs beside this file). */
  workerFile?: string;
  /** Progress messages (cache hits, seeding, timings). */
  log?: (message: string) => void;
}

export interface Warehouse {
  readonly kind: 'pglite' | 'postgres';
  /** How it was opened: seeded from SQL, loaded from the dump cache, or an external server. */
  readonly source: 'seeded' | 'cache' | 'external';
  /** Milliseconds openWarehouse took. */
  readonly openMs: number;
  /** The cache file used or written (PGlite only). */
  readonly cacheFile?: string;
  query(sql: string): Promise<QueryResult>;
  close(): Promise<void>;
}

export const DEFAULT_STATEMENT_TIMEOUT_MS = 10_000;

// --------------------------------------------------------------- paths ----

function startDirectories(): string[] {
  const dirs: string[] = [];
  if (typeof __dirname === 'string') {
    dirs.push(__dirname);
  }
  dirs.push(process.cwd());
  return dirs;
}

/** The project root: the nearest ancestor holding provisioning/warehouse and package.json. */
export function findProjectRoot(start?: string): string {
  const starts = start ? [start] : startDirectories();
  for (const s of starts) {
    let dir = path.resolve(s);
    for (;;) {
      if (fs.existsSync(path.join(dir, 'provisioning', 'warehouse')) && fs.existsSync(path.join(dir, 'package.json'))) {
        return dir;
      }
      const parent = path.dirname(dir);
      if (parent === dir) {
        break;
      }
      dir = parent;
    }
  }
  throw new Error(`Cannot find the project root (a directory with provisioning/warehouse) from ${starts.join(', ')}`);
}

export function defaultSqlDir(): string {
  return path.join(findProjectRoot(), 'provisioning', 'warehouse');
}

/** The warehouse SQL files, in the order they are applied (file name order). */
export function listWarehouseSqlFiles(sqlDir: string = defaultSqlDir()): string[] {
  return fs
    .readdirSync(sqlDir)
    .filter((f) => f.endsWith('.sql'))
    .sort()
    .map((f) => path.join(sqlDir, f));
}

function pgliteVersion(root: string): string {
  try {
    const pkg = JSON.parse(
      fs.readFileSync(path.join(root, 'node_modules', '@electric-sql', 'pglite', 'package.json'), 'utf8')
    );
    return String(pkg.version);
  } catch {
    return 'unknown';
  }
}

/** Hash of the SQL files (names and contents) and the PGlite version: the cache key. */
export function warehouseHash(sqlDir: string = defaultSqlDir()): string {
  const hash = createHash('sha256');
  hash.update(`pglite:${pgliteVersion(findProjectRoot(sqlDir))}\n`);
  for (const file of listWarehouseSqlFiles(sqlDir)) {
    hash.update(`${path.basename(file)}\n`);
    hash.update(fs.readFileSync(file));
    hash.update('\n');
  }
  return hash.digest('hex').slice(0, 16);
}

/** Apply the warehouse SQL files in order with `exec` (a multi-statement executor). */
export async function applyWarehouseSql(
  exec: (sql: string) => Promise<unknown>,
  sqlDir: string = defaultSqlDir()
): Promise<void> {
  for (const file of listWarehouseSqlFiles(sqlDir)) {
    try {
      await exec(fs.readFileSync(file, 'utf8'));
    } catch (e) {
      const message = e instanceof Error ? e.message : String(e);
      throw new Error(`${path.basename(file)}: ${message}`);
    }
  }
}

// -------------------------------------------------------------- helpers ----

/** Runs async jobs one at a time (PGlite has one session). */
class SerialQueue {
  private tail: Promise<unknown> = Promise.resolve();
  private count = 0;

  /** Jobs queued or running. */
  get pending(): number {
    return this.count;
  }

  run<T>(job: () => Promise<T>): Promise<T> {
    this.count++;
    const result = this.tail.then(job, job).finally(() => {
      this.count--;
    });
    this.tail = result.then(
      () => undefined,
      () => undefined
    );
    return result;
  }
}

const rawText = (value: string): string => value;

function toQueryResult(fields: Array<{ name: string; dataTypeID: number }>, rows: unknown[]): QueryResult {
  return {
    fields: fields.map(
      (f): QueryField => ({ name: f.name, dataTypeID: f.dataTypeID, type: fieldKindForPgType(f.dataTypeID) })
    ),
    rows: rows as unknown[][],
  };
}

// --------------------------------------------------------------- PGlite ----

interface WorkerReply {
  id: number;
  ok: boolean;
  result?: unknown;
  error?: { message: string; code?: string; detail?: string; hint?: string; position?: string };
}

/** An error from the database, as a plain Error of this realm with Postgres' fields. */
export class WarehouseError extends Error {
  code?: string;
  detail?: string;
  hint?: string;
  position?: string;

  constructor(info: { message: string; code?: string; detail?: string; hint?: string; position?: string }) {
    super(info.message);
    this.name = 'WarehouseError';
    this.code = info.code;
    this.detail = info.detail;
    this.hint = info.hint;
    this.position = info.position;
  }
}

export function defaultWorkerFile(): string {
  const besideThisFile = typeof __dirname === 'string' ? path.join(__dirname, 'pgliteWorker.cjs') : undefined;
  if (besideThisFile && fs.existsSync(besideThisFile)) {
    return besideThisFile;
  }
  return path.join(findProjectRoot(), 'sandbox', 'server', 'sql', 'pgliteWorker.cjs');
}

/** PGlite in a worker thread (pgliteWorker.cjs): request/reply over postMessage. */
class PgliteThread {
  private readonly worker: Worker;
  private readonly pending = new Map<number, { resolve: (v: unknown) => void; reject: (e: Error) => void }>();
  private nextId = 1;
  private dead: Error | undefined;

  constructor(workerFile: string) {
    this.worker = new Worker(workerFile, { workerData: { rawTextTypes: [...RAW_TEXT_TYPES] } });
    this.worker.unref();
    this.worker.on('message', (reply: WorkerReply) => {
      const p = this.pending.get(reply.id);
      if (!p) {
        return;
      }
      this.settle(reply.id);
      if (reply.ok) {
        p.resolve(reply.result);
      } else {
        p.reject(new WarehouseError(reply.error ?? { message: 'unknown warehouse error' }));
      }
    });
    const fail = (e: Error) => {
      this.dead = this.dead ?? e;
      for (const [id, p] of [...this.pending]) {
        this.settle(id);
        p.reject(e);
      }
    };
    this.worker.on('error', (e: Error) =>
      fail(new WarehouseError({ message: `warehouse thread failed: ${e.message}` }))
    );
    this.worker.on('exit', (code: number) =>
      fail(new WarehouseError({ message: `warehouse thread exited (${code})` }))
    );
  }

  private settle(id: number): void {
    this.pending.delete(id);
    if (this.pending.size === 0) {
      this.worker.unref(); // idle: do not keep the process alive
    }
  }

  call<T>(op: string, payload: Record<string, unknown> = {}): Promise<T> {
    if (this.dead) {
      return Promise.reject(this.dead);
    }
    const id = this.nextId++;
    return new Promise<T>((resolve, reject) => {
      this.pending.set(id, { resolve: resolve as (v: unknown) => void, reject });
      this.worker.ref(); // a reply is due: keep the process alive until it comes
      this.worker.postMessage({ id, op, ...payload });
    });
  }

  async terminate(): Promise<void> {
    this.dead = this.dead ?? new WarehouseError({ message: 'warehouse is closed' });
    await this.worker.terminate();
  }
}

async function readCache(file: string): Promise<Uint8Array | undefined> {
  try {
    return new Uint8Array(await fs.promises.readFile(file));
  } catch {
    return undefined;
  }
}

async function writeCache(file: string, dump: Uint8Array): Promise<void> {
  await fs.promises.mkdir(path.dirname(file), { recursive: true });
  const tmp = `${file}.${process.pid}.${Date.now()}.tmp`;
  await fs.promises.writeFile(tmp, dump);
  await fs.promises.rename(tmp, file);
  // Drop dumps of older SQL versions.
  for (const name of await fs.promises.readdir(path.dirname(file))) {
    const full = path.join(path.dirname(file), name);
    if (/^warehouse-[0-9a-f]+\.tar\.gz$/.test(name) && full !== file) {
      await fs.promises.rm(full, { force: true });
    }
  }
}

async function startThread(workerFile: string, dataDir: Uint8Array | undefined): Promise<PgliteThread> {
  const thread = new PgliteThread(workerFile);
  try {
    await thread.call('open', dataDir ? { dataDir } : {});
    return thread;
  } catch (e) {
    await thread.terminate().catch(() => undefined);
    throw e;
  }
}

async function openPglite(opts: WarehouseOptions, started: number): Promise<Warehouse> {
  const log = opts.log ?? (() => undefined);
  const sqlDir = opts.sqlDir ?? defaultSqlDir();
  const workerFile = opts.workerFile ?? defaultWorkerFile();
  const useCache = opts.cache !== false;
  const timeoutMs = Math.max(1, Math.round(opts.statementTimeoutMs ?? DEFAULT_STATEMENT_TIMEOUT_MS));
  const cacheDir = opts.cacheDir ?? path.join(findProjectRoot(sqlDir), 'node_modules', '.cache', 'segment-matrix');
  const cacheFile = path.join(cacheDir, `warehouse-${warehouseHash(sqlDir)}.tar.gz`);

  let thread: PgliteThread | undefined;
  let source: 'seeded' | 'cache' = 'seeded';
  // The seeded data directory, kept to restart the thread after a timeout.
  let dataDir = useCache ? await readCache(cacheFile) : undefined;
  if (dataDir) {
    try {
      thread = await startThread(workerFile, dataDir);
      await thread.call('query', { sql: 'SELECT 1 FROM segments LIMIT 1' });
      source = 'cache';
      log(`warehouse: loaded ${cacheFile}`);
    } catch (e) {
      log(`warehouse: ignoring unreadable cache ${cacheFile}: ${e instanceof Error ? e.message : String(e)}`);
      await thread?.terminate().catch(() => undefined);
      thread = undefined;
      dataDir = undefined;
    }
  }
  const seedThread = async (): Promise<PgliteThread> => {
    const fresh = await startThread(workerFile, undefined);
    try {
      await applyWarehouseSql((sql) => fresh.call('exec', { sql }), sqlDir);
      return fresh;
    } catch (e) {
      await fresh.terminate().catch(() => undefined);
      throw e;
    }
  };
  // The seeded data directory, kept to restart the thread after a timeout (until it is dumped,
  // a restart seeds again).
  let seeded = dataDir;
  const dumpAndCache = async (t: PgliteThread): Promise<void> => {
    seeded = await t.call<Uint8Array>('dump');
    if (useCache) {
      try {
        await writeCache(cacheFile, seeded);
        log(`warehouse: cached ${cacheFile}`);
      } catch (e) {
        log(`warehouse: could not write cache ${cacheFile}: ${e instanceof Error ? e.message : String(e)}`);
      }
    }
  };
  let dumpPending = false;
  if (!thread) {
    thread = await seedThread();
    log(`warehouse: seeded from ${sqlDir} in ${Date.now() - started} ms`);
    if (opts.dumpWhenIdle) {
      dumpPending = true;
    } else {
      try {
        await dumpAndCache(thread);
      } catch (e) {
        await thread.terminate().catch(() => undefined);
        throw e;
      }
    }
  }
  let current: Promise<PgliteThread> = Promise.resolve(thread);
  const queue = new SerialQueue();
  let closed = false;

  // The deferred dump: in the queue, so it never runs beside a query.
  const openedAt = Date.now();
  let lastActivity = openedAt;
  let dumpTimer: ReturnType<typeof setTimeout> | undefined;
  const runDump = (): Promise<void> =>
    queue
      .run(async () => {
        if (dumpPending) {
          dumpPending = false;
          await dumpAndCache(await current);
        }
      })
      .catch((e: Error) => log(`warehouse: could not write cache ${cacheFile}: ${e.message}`));
  const checkIdle = () => {
    dumpTimer = undefined;
    if (!dumpPending || closed || !opts.dumpWhenIdle) {
      return;
    }
    const { idleMs, maxMs } = opts.dumpWhenIdle;
    const idleFor = Date.now() - lastActivity;
    const waited = Date.now() - openedAt;
    if ((queue.pending === 0 && idleFor >= idleMs) || waited >= maxMs) {
      void runDump();
    } else {
      dumpTimer = setTimeout(checkIdle, Math.max(20, Math.min(idleMs - idleFor, maxMs - waited)));
    }
  };
  if (dumpPending) {
    dumpTimer = setTimeout(checkIdle, 0);
  }

  const runQuery = async (sql: string): Promise<QueryResult> => {
    const t = await current;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const timeout = new Promise<never>((_resolve, reject) => {
      timer = setTimeout(() => {
        // The statement cannot be interrupted inside PGlite: drop the thread
        // and start a fresh one from the seeded data directory.
        const dump = seeded;
        current = t
          .terminate()
          .catch(() => undefined)
          .then(() => (dump ? startThread(workerFile, dump) : seedThread()));
        current.catch(() => undefined);
        log(`warehouse: statement timeout after ${timeoutMs} ms, restarting PGlite`);
        reject(new WarehouseError({ message: 'canceling statement due to statement timeout', code: '57014' }));
      }, timeoutMs);
    });
    try {
      const res = await Promise.race([
        t.call<{ fields: Array<{ name: string; dataTypeID: number }>; rows: unknown[] }>('query', { sql }),
        timeout,
      ]);
      return toQueryResult(res.fields, res.rows);
    } finally {
      clearTimeout(timer);
      lastActivity = Date.now();
    }
  };

  return {
    kind: 'pglite',
    source,
    openMs: Date.now() - started,
    cacheFile: useCache ? cacheFile : undefined,
    query(sql: string): Promise<QueryResult> {
      if (closed) {
        return Promise.reject(new WarehouseError({ message: 'warehouse is closed' }));
      }
      lastActivity = Date.now();
      return queue.run(() => runQuery(sql));
    },
    async close(): Promise<void> {
      if (!closed) {
        closed = true;
        clearTimeout(dumpTimer);
        if (dumpPending) {
          await runDump(); // the next start loads it instead of seeding
        }
        const t = await current.catch(() => undefined);
        if (t) {
          await t.call('close').catch(() => undefined);
          await t.terminate();
        }
      }
    },
  };
}

// ------------------------------------------------------------- Postgres ----

const PG_RAW_TEXT = new Set<number>(RAW_TEXT_TYPES);

function typeParserWith(pgTypes: typeof PgTypes) {
  return (oid: number, format?: 'text' | 'binary'): ((value: string) => unknown) => {
    if (PG_RAW_TEXT.has(oid) && format !== 'binary') {
      return rawText;
    }
    return (pgTypes.getTypeParser as (oid: number, format?: 'text' | 'binary') => (value: string) => unknown)(
      oid,
      format
    );
  };
}

async function openPostgres(opts: WarehouseOptions & { databaseUrl: string }, started: number): Promise<Warehouse> {
  const timeout = Math.max(1, Math.round(opts.statementTimeoutMs ?? DEFAULT_STATEMENT_TIMEOUT_MS));
  const pg = await import('pg');
  const { Pool, types: pgTypes } = (pg as unknown as { default?: typeof pg }).default ?? pg;
  const getTypeParser = typeParserWith(pgTypes);
  const pool = new Pool({
    connectionString: opts.databaseUrl,
    max: opts.poolSize ?? 4,
    statement_timeout: timeout,
    options: `-c default_transaction_read_only=on -c statement_timeout=${timeout} -c DateStyle=ISO`,
    application_name: 'segment-matrix-sandbox',
    connectionTimeoutMillis: 10_000,
    idleTimeoutMillis: 30_000,
    types: { getTypeParser } as unknown as { getTypeParser: typeof PgTypes.getTypeParser },
  });
  pool.on('error', () => undefined); // idle client errors: the next query reconnects
  pool.on('connect', (client) => {
    // Also when the URL overrides `options`.
    client
      .query(
        `SET SESSION CHARACTERISTICS AS TRANSACTION READ ONLY; SET statement_timeout = ${timeout}; SET DateStyle = ISO`
      )
      .catch(() => undefined);
  });

  const run = async (sql: string): Promise<QueryResult> => {
    let client: PoolClient | undefined;
    let broken = false;
    try {
      client = await pool.connect();
      await client.query('BEGIN TRANSACTION READ ONLY');
      const config: QueryArrayConfig & { queryMode: 'extended' } = {
        text: sql,
        rowMode: 'array',
        queryMode: 'extended',
      };
      const res = await client.query(config);
      return toQueryResult(res.fields, res.rows);
    } finally {
      if (client) {
        await client.query('ROLLBACK').catch(() => {
          broken = true;
        });
        client.release(broken);
      }
    }
  };

  try {
    await run('SELECT 1');
  } catch (e) {
    await pool.end().catch(() => undefined);
    throw e;
  }
  let closed = false;
  return {
    kind: 'postgres',
    source: 'external',
    openMs: Date.now() - started,
    query(sql: string): Promise<QueryResult> {
      return closed ? Promise.reject(new Error('warehouse is closed')) : run(sql);
    },
    async close(): Promise<void> {
      if (!closed) {
        closed = true;
        await pool.end();
      }
    },
  };
}

/** Open the warehouse: Postgres when a database URL is given, else the embedded, seeded PGlite. */
export async function openWarehouse(opts: WarehouseOptions = {}): Promise<Warehouse> {
  const started = Date.now();
  if (opts.databaseUrl) {
    return openPostgres({ ...opts, databaseUrl: opts.databaseUrl }, started);
  }
  return openPglite(opts, started);
}
