/**
 * A persistent cache of query results for the embedded demo warehouse, so that `npm start` can answer
 * the first dashboard's queries from disk while PGlite is still loading (about 1.5 s).
 *
 * Valid because the demo warehouse is immutable: it is built only from provisioning/warehouse/*.sql and
 * panel SQL runs in READ ONLY transactions that are rolled back. The file name carries a hash of those
 * SQL files (names and contents), the PGlite version, the raw-text type list and this file's format, so
 * a change to any of them (or to the PGlite worker script) starts an empty cache (older files are deleted when the new one is written).
 * Entries are keyed by the expanded SQL text, which already holds every variable and the time range.
 *
 * Never used with DATABASE_URL (a real server's data changes), never for SQL that calls a volatile
 * function (now(), random(), pg_sleep(), …), and only while the warehouse is opening: once PGlite is
 * open it answers every query itself, and its results refresh the cache (see warehouseHolder.ts).
 */
import { createHash } from 'crypto';
import * as fs from 'fs';
import * as path from 'path';

import { RAW_TEXT_TYPES, type QueryResult } from './toDataFrame';
import { warehouseHash } from './warehouse';

/** Bump when the file layout or the value encoding changes. */
export const RESULT_CACHE_FORMAT = 1;
/** At most this many entries (the oldest go first). */
export const MAX_ENTRIES = 500;
/** Results with more rows are not cached. */
export const MAX_ROWS = 20_000;

const FILE_RE = /^warehouse-[0-9a-f]+\.results\.json$/;

/**
 * The cache file for the warehouse built from `sqlDir`, in `cacheDir`; `workerFile` (the PGlite worker
 * script, which decides how values come back) is part of the key when given.
 */
export function resultCacheFile(cacheDir: string, sqlDir: string, workerFile?: string): string {
  const hash = createHash('sha256').update(
    `format:${RESULT_CACHE_FORMAT}\nwarehouse:${warehouseHash(sqlDir)}\nraw:${RAW_TEXT_TYPES.join(',')}\n`
  );
  if (workerFile) {
    hash.update(fs.readFileSync(workerFile));
  }
  const key = hash.digest('hex').slice(0, 16);
  return path.join(cacheDir, `warehouse-${key}.results.json`);
}

/**
 * SQL whose result may differ between two runs on the same data: volatile or session-dependent
 * functions, sequences, system catalogs and functions (pg_*), random sampling.
 */
const VOLATILE_SQL =
  /\b(now|random|random_normal|setseed|clock_timestamp|statement_timestamp|transaction_timestamp|timeofday|current_date|current_time|current_timestamp|localtime|localtimestamp|current_user|session_user|user|current_role|current_setting|nextval|currval|lastval|gen_random_uuid|uuid_generate_v\d|version|txid_\w+|inet_\w+|pg_\w+|tablesample)\b/i;

export function isCacheableSql(sql: string): boolean {
  return !VOLATILE_SQL.test(sql);
}

// ------------------------------------------------------------ encoding ----
// Values as the warehouse returns them: null, string, boolean, finite numbers, and tagged
// {"$": kind, "v": …} objects for everything JSON cannot hold as is.

type Encoded = null | string | number | boolean | Encoded[] | { $: string; v: unknown };

class Unencodable extends Error {}

function isDate(value: unknown): value is Date {
  return Object.prototype.toString.call(value) === '[object Date]';
}

function encodeValue(value: unknown): Encoded {
  if (value === null || value === undefined) {
    return null;
  }
  switch (typeof value) {
    case 'string':
    case 'boolean':
      return value;
    case 'number':
      return Number.isFinite(value) ? value : { $: 'num', v: String(value) };
    case 'bigint':
      return { $: 'bigint', v: value.toString() };
    default:
      break;
  }
  if (Array.isArray(value)) {
    return value.map(encodeValue);
  }
  if (isDate(value)) {
    return { $: 'date', v: value.getTime() };
  }
  if (ArrayBuffer.isView(value) && Object.prototype.toString.call(value) === '[object Uint8Array]') {
    return { $: 'bytes', v: Buffer.from(value.buffer, value.byteOffset, value.byteLength).toString('base64') };
  }
  if (typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    return {
      $: 'obj',
      v: Object.fromEntries(Object.entries(value as Record<string, unknown>).map(([k, v]) => [k, encodeValue(v)])),
    };
  }
  throw new Unencodable();
}

function decodeValue(value: Encoded): unknown {
  if (value === null || typeof value !== 'object') {
    return value;
  }
  if (Array.isArray(value)) {
    return value.map(decodeValue);
  }
  switch (value.$) {
    case 'num':
      return Number(value.v);
    case 'bigint':
      return BigInt(String(value.v));
    case 'date':
      return new Date(Number(value.v));
    case 'bytes':
      return new Uint8Array(Buffer.from(String(value.v), 'base64'));
    case 'obj':
      return Object.fromEntries(
        Object.entries(value.v as Record<string, Encoded>).map(([k, v]) => [k, decodeValue(v)])
      );
    default:
      throw new Error(`unknown cached value kind ${JSON.stringify(value.$)}`);
  }
}

interface EncodedResult {
  fields: QueryResult['fields'];
  rows: Encoded[][];
}

/** The encoded result, or undefined when it cannot (or should not) be cached. */
function encodeResult(result: QueryResult): EncodedResult | undefined {
  if (result.rows.length > MAX_ROWS || !result.rows.every((row) => Array.isArray(row))) {
    return undefined;
  }
  try {
    return {
      fields: result.fields.map((f) => ({ name: f.name, dataTypeID: f.dataTypeID, type: f.type })),
      rows: result.rows.map((row) => (row as unknown[]).map(encodeValue)),
    };
  } catch (e) {
    if (e instanceof Unencodable) {
      return undefined;
    }
    throw e;
  }
}

function decodeResult(entry: EncodedResult): QueryResult {
  return { fields: entry.fields.map((f) => ({ ...f })), rows: entry.rows.map((row) => row.map(decodeValue)) };
}

// --------------------------------------------------------------- cache ----

interface CacheFile {
  format: number;
  entries: Record<string, EncodedResult>;
}

const keyOf = (sql: string) => createHash('sha256').update(sql).digest('hex');

export interface ResultCache {
  readonly file: string;
  /** How many entries were read from disk. */
  readonly loaded: number;
  get(sql: string): QueryResult | undefined;
  /** Records a result of the warehouse (written to disk shortly after; see flush). */
  put(sql: string, result: QueryResult): void;
  /** Writes pending changes now (atomically: a temporary file renamed over the cache file). */
  flush(): Promise<void>;
}

export interface ResultCacheOptions {
  /** Delay before pending changes are written (default 500 ms). */
  writeDelayMs?: number;
  log?: (message: string) => void;
}

/** Reads the cache file (a missing or unreadable file is an empty cache). */
export async function openResultCache(file: string, options: ResultCacheOptions = {}): Promise<ResultCache> {
  const log = options.log ?? (() => undefined);
  const entries = new Map<string, EncodedResult>();
  try {
    const parsed = JSON.parse(await fs.promises.readFile(file, 'utf8')) as CacheFile;
    if (parsed.format === RESULT_CACHE_FORMAT && parsed.entries && typeof parsed.entries === 'object') {
      for (const [key, entry] of Object.entries(parsed.entries)) {
        entries.set(key, entry);
      }
    }
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'ENOENT') {
      log(`warehouse: ignoring unreadable result cache ${file}: ${e instanceof Error ? e.message : String(e)}`);
    }
  }
  const loaded = entries.size;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let writing: Promise<void> = Promise.resolve();
  let dirty = false;

  const write = async () => {
    if (!dirty) {
      return;
    }
    dirty = false;
    const body: CacheFile = { format: RESULT_CACHE_FORMAT, entries: Object.fromEntries(entries) };
    const dir = path.dirname(file);
    await fs.promises.mkdir(dir, { recursive: true });
    const tmp = `${file}.${process.pid}.${Date.now()}.tmp`;
    await fs.promises.writeFile(tmp, JSON.stringify(body));
    await fs.promises.rename(tmp, file);
    for (const name of await fs.promises.readdir(dir)) {
      if (FILE_RE.test(name) && name !== path.basename(file)) {
        await fs.promises.rm(path.join(dir, name), { force: true });
      }
    }
  };
  const flush = () => {
    if (timer) {
      clearTimeout(timer);
      timer = undefined;
    }
    writing = writing
      .then(write)
      .catch((e: Error) => log(`warehouse: could not write result cache ${file}: ${e.message}`));
    return writing;
  };

  return {
    file,
    loaded,
    get(sql) {
      const entry = isCacheableSql(sql) ? entries.get(keyOf(sql)) : undefined;
      if (!entry) {
        return undefined;
      }
      try {
        return decodeResult(entry);
      } catch {
        return undefined;
      }
    },
    put(sql, result) {
      if (!isCacheableSql(sql)) {
        return;
      }
      const encoded = encodeResult(result);
      if (!encoded) {
        return;
      }
      const key = keyOf(sql);
      const previous = entries.get(key);
      if (previous && JSON.stringify(previous) === JSON.stringify(encoded)) {
        return;
      }
      entries.delete(key);
      entries.set(key, encoded);
      while (entries.size > MAX_ENTRIES) {
        entries.delete(entries.keys().next().value as string);
      }
      dirty = true;
      if (!timer) {
        timer = setTimeout(() => void flush(), options.writeDelayMs ?? 500);
        timer.unref?.();
      }
    },
    flush,
  };
}
