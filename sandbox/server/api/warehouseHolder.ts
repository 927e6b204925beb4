import path from 'node:path';
import { DEFAULT_STATEMENT_TIMEOUT_MS, openWarehouse, type Warehouse, type WarehouseOptions } from '../sql';

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
 */
export function createWarehouseHolder(
  root: string,
  options: WarehouseOptions = {},
  log: (m: string) => void = () => undefined
): WarehouseHolder {
  const resolved: WarehouseOptions = {
    sqlDir: path.join(root, 'provisioning', 'warehouse'),
    workerFile: path.join(root, 'sandbox', 'server', 'sql', 'pgliteWorker.cjs'),
    cacheDir: path.join(root, 'node_modules', '.cache', 'segment-matrix'),
    log,
    ...options,
  };
  let opening: Promise<Warehouse> | undefined;
  let description = 'not open yet';
  let closed = false;

  return {
    get() {
      if (closed) {
        return Promise.reject(new Error('the warehouse is closed'));
      }
      if (!opening) {
        const started = Date.now();
        opening = openWarehouse(resolved).then(
          (wh) => {
            description = describeWarehouse(wh, resolved);
            log(`warehouse: ${description}, open in ${Date.now() - started} ms`);
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
    },
    describe: () => description,
    async close() {
      closed = true;
      const wh = await opening?.catch(() => undefined);
      await wh?.close();
    },
  };
}
