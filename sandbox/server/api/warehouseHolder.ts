import path from 'node:path';
import {
  DEFAULT_STATEMENT_TIMEOUT_MS,
  openResultCache,
  openWarehouse,
  resultCacheFile,
  type QueryResult,
  type ResultCache,
  type Warehouse,
  type WarehouseOptions,
} from '../sql';

export interface WarehouseHolderOptions extends WarehouseOptions {
  /**
   * Answer queries from the persistent result cache while the embedded PGlite warehouse is opening
   * (see sql/resultCache.ts); ignored with a database URL. Default false.
   */
  resultCache?: boolean;
  /** When PGlite opens behind a filled result cache (see createWarehouseHolder); default DEFAULT_DEFER_OPEN. */
  deferOpen?: { idleMs?: number; maxMs?: number };
}

export const DEFAULT_DEFER_OPEN = { idleMs: 750, maxMs: 4000 };

export interface WarehouseHolder {
  /** The open warehouse; opens it on the first call (a failed open is retried on the next call). */
  get(): Promise<Warehouse>;
  /** What the warehouse is, once open (for logs and /api/health). */
  describe(): string;
  close(): Promise<void>;
}

/** A database URL without its password, for logs. */
export function redactUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) {
      parsed.password = '***';
    }
    return parsed.toString();
  } catch {
    return 'the DATABASE_URL (unparseable)';
  }
}

function describeWarehouse(wh: Warehouse, options: WarehouseOptions): string {
  if (wh.kind === 'postgres') {
    const timeout = (options.statementTimeoutMs ?? DEFAULT_STATEMENT_TIMEOUT_MS) / 1000;
    return `PostgreSQL ${redactUrl(options.databaseUrl ?? '')} (read-only sessions, statement timeout ${timeout} s)`;
  }
  return `embedded PGlite, ${wh.source === 'cache' ? 'loaded from its cache' : 'seeded from provisioning/warehouse'}`;
}

/**
 * The sandbox server's one warehouse: PGlite seeded from `<root>/provisioning/warehouse` (paths given
 * explicitly, so the render CLI can run from any folder), or Postgres when `databaseUrl` is set.
 *
 * With `resultCache` (npm start, embedded warehouse only), `get()` answers at once with a warehouse
 * whose queries are answered from the result cache until PGlite is open, and by PGlite after that (a
 * query that is not in the cache waits for PGlite); PGlite's results are recorded in the cache.
 */
export function createWarehouseHolder(
  root: string,
  options: WarehouseHolderOptions = {},
  log: (m: string) => void = () => undefined
): WarehouseHolder {
  const { resultCache: useResultCache, ...warehouseOptions } = options;
  const resolved: WarehouseOptions = {
    sqlDir: path.join(root, 'provisioning', 'warehouse'),
    workerFile: path.join(root, 'sandbox', 'server', 'sql', 'pgliteWorker.cjs'),
    cacheDir: path.join(root, 'node_modules', '.cache', 'segment-matrix'),
    // A freshly seeded PGlite answers the waiting page first and dumps its cache after.
    dumpWhenIdle: { idleMs: 1000, maxMs: 15_000 },
    log,
    ...warehouseOptions,
  };
  let opening: Promise<Warehouse> | undefined;
  let opened: Warehouse | undefined;
  let description = 'not open yet';
  let closed = false;

  const open = (): Promise<Warehouse> => {
    if (closed) {
      return Promise.reject(new Error('the warehouse is closed'));
    }
    if (!opening) {
      const started = Date.now();
      opening = openWarehouse(resolved).then(
        (wh) => {
          description = describeWarehouse(wh, resolved);
          log(`warehouse: ${description}, open in ${Date.now() - started} ms`);
          opened = wh;
          return wh;
        },
        (e: Error) => {
          opening = undefined;
          const where = resolved.databaseUrl ? redactUrl(resolved.databaseUrl) : 'the embedded PGlite';
          log(`warehouse: cannot open ${where}: ${e.message}`);
          throw new Error(`cannot open the warehouse (${where}): ${e.message}`);
        }
      );
    }
    return opening;
  };

  let cached: Promise<Warehouse> | undefined;
  let cache: Promise<ResultCache | undefined> | undefined;
  if (useResultCache && !resolved.databaseUrl && resolved.cache !== false) {
    cache = Promise.resolve()
      .then(() => openResultCache(resultCacheFile(resolved.cacheDir!, resolved.sqlDir!, resolved.workerFile), { log }))
      .catch((e: Error) => {
        log(`warehouse: no result cache: ${e.message}`);
        return undefined;
      });
  }

  // With a filled result cache, PGlite (CPU-heavy for a second or two) opens once the first page's
  // queries have been answered from the cache: `idleMs` after the last cache hit, at most `maxMs`
  // after the first get(), and at once when a query is not in the cache.
  const { idleMs, maxMs } = { ...DEFAULT_DEFER_OPEN, ...options.deferOpen };
  let deferStarted: number | undefined;
  let deferTimer: ReturnType<typeof setTimeout> | undefined;
  const openNow = () => {
    clearTimeout(deferTimer);
    deferTimer = undefined;
    if (!closed) {
      open().catch(() => undefined); // reported by the queries that need it
    }
  };
  const openAfterIdle = (afterHit: boolean) => {
    if (opening || closed) {
      return;
    }
    deferStarted ??= Date.now();
    const remaining = deferStarted + maxMs - Date.now();
    clearTimeout(deferTimer);
    deferTimer = setTimeout(openNow, Math.max(0, afterHit ? Math.min(idleMs, remaining) : remaining));
  };
  if (cache) {
    cached = cache.then((rc) =>
      cachingWarehouse(
        open,
        () => opened,
        rc,
        () => openAfterIdle(true)
      )
    );
  }

  return {
    get() {
      if (closed) {
        return Promise.reject(new Error('the warehouse is closed'));
      }
      if (cached && cache) {
        cache
          .then((rc) => {
            if (!rc || rc.loaded === 0) {
              openNow();
            } else if (deferStarted === undefined) {
              openAfterIdle(false); // the first call; later ones leave the timer to the cache hits
            }
          })
          .catch(() => undefined);
        return cached;
      }
      return open();
    },
    describe: () => description,
    async close() {
      closed = true;
      clearTimeout(deferTimer);
      const rc = await cache;
      await rc?.flush();
      const wh = await opening?.catch(() => undefined);
      await wh?.close();
    },
  };
}

/** The embedded warehouse in front of its result cache (see createWarehouseHolder). */
function cachingWarehouse(
  open: () => Promise<Warehouse>,
  opened: () => Warehouse | undefined,
  rc: ResultCache | undefined,
  onHit: () => void
): Warehouse {
  return {
    kind: 'pglite',
    get source() {
      return opened()?.source ?? 'cache';
    },
    get openMs() {
      return opened()?.openMs ?? 0;
    },
    get cacheFile() {
      return opened()?.cacheFile;
    },
    async query(sql: string): Promise<QueryResult> {
      if (!opened()) {
        const hit = rc?.get(sql);
        if (hit) {
          onHit();
          return hit;
        }
      }
      const result = await (await open()).query(sql);
      rc?.put(sql, result);
      return result;
    },
    close: async () => undefined, // the holder closes the warehouse
  };
}
