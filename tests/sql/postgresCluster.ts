/**
 * A throw-away Postgres server for tests.
 *
 * initdb + pg_ctl from /usr/lib/postgresql/<version>/bin (or PG_BIN_DIR), run as
 * the `postgres` OS user when we are root (root may not run the server), in a
 * temp directory owned by that user; trust auth, 127.0.0.1 on a free port, the
 * unix socket inside the temp directory. `stop()` kills it
 * (`pg_ctl -m immediate stop`) and removes the directory.
 */
import { execFile, execFileSync } from 'child_process';
import { Client } from 'pg';
import { applyWarehouseSql, openWarehouse, type Warehouse } from '../../sandbox/server/sql/warehouse';
import * as fs from 'fs';
import * as net from 'net';
import * as os from 'os';
import * as path from 'path';

export interface PostgresCluster {
  /** postgres://postgres@127.0.0.1:<port>/postgres */
  url: string;
  port: number;
  /** temp directory (data dir, socket dir and log inside) */
  dir: string;
  /** server log so far (for failure messages) */
  log(): string;
  /** Stop the server (immediate) and remove the directory; safe to call twice. */
  stop(): Promise<void>;
}

export interface PostgresClusterOptions {
  binDir?: string;
  /** OS user that runs the server when we are root (default postgres). */
  osUser?: string;
  /** Extra server settings (-c name=value). */
  settings?: Record<string, string>;
}

export function findPostgresBinDir(): string | undefined {
  const candidates: string[] = [];
  if (process.env.PG_BIN_DIR) {
    candidates.push(process.env.PG_BIN_DIR);
  }
  candidates.push('/usr/lib/postgresql/15/bin');
  const base = '/usr/lib/postgresql';
  if (fs.existsSync(base)) {
    for (const v of fs.readdirSync(base).sort((a, b) => Number(b) - Number(a))) {
      candidates.push(path.join(base, v, 'bin'));
    }
  }
  return candidates.find((dir) => fs.existsSync(path.join(dir, 'initdb')) && fs.existsSync(path.join(dir, 'pg_ctl')));
}

export function isPostgresAvailable(): boolean {
  return findPostgresBinDir() !== undefined;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

function osIds(user: string): { uid: number; gid: number } {
  const uid = Number(execFileSync('id', ['-u', user]).toString().trim());
  const gid = Number(execFileSync('id', ['-g', user]).toString().trim());
  return { uid, gid };
}

export async function startPostgresCluster(options: PostgresClusterOptions = {}): Promise<PostgresCluster> {
  const binDir = options.binDir ?? findPostgresBinDir();
  if (!binDir) {
    throw new Error('Postgres binaries not found (set PG_BIN_DIR)');
  }
  const asRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  const ids = asRoot ? osIds(options.osUser ?? 'postgres') : undefined;

  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'segmatrix-pg-'));
  const dataDir = path.join(dir, 'data');
  const logFile = path.join(dir, 'server.log');
  if (ids) {
    fs.chownSync(dir, ids.uid, ids.gid);
  }

  const run = (cmd: string, args: string[]): Promise<string> =>
    new Promise((resolve, reject) => {
      execFile(
        path.join(binDir, cmd),
        args,
        {
          cwd: dir,
          uid: ids?.uid,
          gid: ids?.gid,
          env: { ...process.env, HOME: dir, LC_ALL: 'C', LANG: 'C' },
          encoding: 'utf8',
          timeout: 60_000,
        },
        (error, stdout, stderr) => {
          if (error) {
            reject(new Error(`${cmd} ${args.join(' ')} failed: ${error.message}\n${stderr}\n${stdout}`));
          } else {
            resolve(stdout);
          }
        }
      );
    });

  let started = false;
  let stopped = false;
  const readLog = () => {
    try {
      return fs.readFileSync(logFile, 'utf8');
    } catch {
      return '';
    }
  };
  // Last resort if the test process dies without calling stop().
  const stopOnExit = () => {
    try {
      if (started) {
        execFileSync(path.join(binDir, 'pg_ctl'), ['-D', dataDir, '-m', 'immediate', 'stop'], {
          uid: ids?.uid,
          gid: ids?.gid,
          stdio: 'ignore',
          timeout: 10_000,
        });
      }
    } catch {
      // already stopped
    }
    fs.rmSync(dir, { recursive: true, force: true });
  };
  process.once('exit', stopOnExit);

  const stop = async () => {
    if (stopped) {
      return;
    }
    stopped = true;
    process.removeListener('exit', stopOnExit);
    try {
      if (started) {
        await run('pg_ctl', ['-D', dataDir, '-m', 'immediate', '-w', 'stop']);
      }
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  };

  try {
    await run('initdb', ['-D', dataDir, '-A', 'trust', '-U', 'postgres', '-E', 'UTF8', '--locale=C', '--no-sync']);
    const port = await freePort();
    const settings: Record<string, string> = {
      listen_addresses: '127.0.0.1',
      fsync: 'off',
      synchronous_commit: 'off',
      full_page_writes: 'off',
      TimeZone: 'UTC',
      max_connections: '20',
      ...options.settings,
    };
    const serverOptions = [`-p ${port}`, `-k ${dir}`, ...Object.entries(settings).map(([k, v]) => `-c ${k}=${v}`)].join(
      ' '
    );
    started = true;
    await run('pg_ctl', ['-D', dataDir, '-l', logFile, '-o', serverOptions, '-w', '-t', '60', 'start']);
    return {
      url: `postgres://postgres@127.0.0.1:${port}/postgres`,
      port,
      dir,
      log: readLog,
      stop,
    };
  } catch (e) {
    const log = readLog();
    await stop().catch(() => undefined);
    throw new Error(`${e instanceof Error ? e.message : String(e)}${log ? `\nserver log:\n${log}` : ''}`);
  }
}

/** The demo warehouse on a started cluster: its SQL applied as the admin, then opened read-only. */
export async function openSeededPostgres(cluster: PostgresCluster): Promise<Warehouse> {
  const admin = new Client({ connectionString: cluster.url });
  await admin.connect();
  try {
    await applyWarehouseSql((sql) => admin.query(sql));
  } finally {
    await admin.end();
  }
  return openWarehouse({ databaseUrl: cluster.url });
}
