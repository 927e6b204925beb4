'use strict';
/*
 * PGlite, in a worker thread of the sandbox server (see warehouse.ts).
 *
 * Why a thread: PGlite's WASM Postgres runs each statement synchronously, so in
 * the server's own thread a slow panel query would freeze every request and
 * could not be interrupted; here the statement timeout terminates the thread.
 * It also loads PGlite with Node's own module loader (its CommonJS build uses
 * dynamic import(), which Jest's module sandbox cannot run).
 *
 * Plain CommonJS on purpose: the thread runs without any TypeScript transform.
 * Messages: {id, op: 'open' | 'exec' | 'query' | 'dump' | 'close', ...}
 * Replies:  {id, ok: true, result} | {id, ok: false, error: {message, code, ...}}
 */
const { parentPort, workerData } = require('worker_threads');
const { PGlite } = require('@electric-sql/pglite');

const rawText = (value) => value;
const parsers = Object.fromEntries(((workerData && workerData.rawTextTypes) || []).map((oid) => [oid, rawText]));

let db;

function errorInfo(e) {
  const info = { message: e && e.message ? String(e.message) : String(e) };
  for (const key of ['code', 'severity', 'detail', 'hint', 'position']) {
    if (e && e[key] !== undefined && e[key] !== null) {
      info[key] = String(e[key]);
    }
  }
  return info;
}

function requireDb() {
  if (!db) {
    throw new Error('warehouse database is not open');
  }
  return db;
}

const handlers = {
  async open(msg) {
    const options = { parsers };
    if (msg.dataDir) {
      options.loadDataDir = new File([msg.dataDir], 'warehouse.tar.gz', { type: 'application/x-gzip' });
    }
    db = new PGlite(options);
    await db.waitReady;
    return null;
  },

  // Multi-statement SQL (seeding, session settings).
  async exec(msg) {
    await requireDb().exec(msg.sql);
    return null;
  },

  // One statement, inside a READ ONLY transaction that is always rolled back.
  async query(msg) {
    const pg = requireDb();
    await pg.exec('BEGIN TRANSACTION READ ONLY');
    try {
      const res = await pg.query(msg.sql, [], { rowMode: 'array' });
      return {
        fields: (res.fields || []).map((f) => ({ name: f.name, dataTypeID: f.dataTypeID })),
        rows: res.rows || [],
      };
    } finally {
      await pg.exec('ROLLBACK');
    }
  },

  async dump() {
    const blob = await requireDb().dumpDataDir('gzip');
    return new Uint8Array(await blob.arrayBuffer());
  },

  async close() {
    if (db) {
      const closing = db;
      db = undefined;
      await closing.close();
    }
    return null;
  },
};

let chain = Promise.resolve();

parentPort.on('message', (msg) => {
  chain = chain.then(async () => {
    try {
      const handler = handlers[msg.op];
      if (!handler) {
        throw new Error(`unknown operation ${msg.op}`);
      }
      const result = await handler(msg);
      const transfer = result instanceof Uint8Array ? [result.buffer] : [];
      parentPort.postMessage({ id: msg.id, ok: true, result }, transfer);
    } catch (e) {
      parentPort.postMessage({ id: msg.id, ok: false, error: errorInfo(e) });
    }
  });
});
