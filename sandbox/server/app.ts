import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { handleApi, type ApiContext } from './api/routes';
import { createWarehouseHolder, type WarehouseHolder } from './api/warehouseHolder';
import { CONTENT_SECURITY_POLICY } from './csp';
import { projectRoot } from './projectRoot';
import { contentType, resolveInside } from './staticFiles';

export const PLUGIN_ID = 'seglens-segmentmatrix-panel';

export interface SandboxServerOptions {
  port?: number;
  host?: string;
  root?: string;
  /** postgres://… for panel queries; default: the DATABASE_URL environment variable, else the embedded PGlite. */
  databaseUrl?: string;
  /** Open the warehouse when the server starts ('eager', npm start) or on the first query ('lazy', the default). */
  openWarehouse?: 'eager' | 'lazy';
  /** Where the PGlite dump cache lives (default node_modules/.cache/segment-matrix). */
  warehouseCacheDir?: string;
  /**
   * Answer the embedded warehouse's queries from the persistent result cache while PGlite opens
   * (npm start; see sql/resultCache.ts). Never with a database URL. Default false.
   */
  resultCache?: boolean;
  /** Progress messages (warehouse open time, cache use). */
  log?: (message: string) => void;
}

export interface SandboxServer {
  url: string;
  port: number;
  /** The server's warehouse (opened lazily unless openWarehouse is 'eager'). */
  warehouse: WarehouseHolder;
  close(): Promise<void>;
}

type Mount = { prefix: string; folder: string };

function mounts(root: string): Mount[] {
  return [
    { prefix: `/public/plugins/${PLUGIN_ID}/`, folder: path.join(root, 'dist') },
    { prefix: '/host/', folder: path.join(root, 'sandbox', '.build') },
    { prefix: '/host/', folder: path.join(root, 'sandbox', 'host') },
    { prefix: '/samples/', folder: path.join(root, 'sandbox', 'samples') },
    // Icons that @grafana/ui loads at run time, served where Grafana serves them.
    { prefix: '/public/build/img/', folder: path.join(root, 'node_modules', '@grafana', 'ui', 'dist', 'public', 'img') },
    { prefix: '/public/img/', folder: path.join(root, 'node_modules', '@grafana', 'ui', 'dist', 'public', 'img') },
  ];
}

const VENDOR: Record<string, string> = {
  '/vendor/system.js': 'node_modules/systemjs/dist/system.min.js',
  '/vendor/amd.js': 'node_modules/systemjs/dist/extras/amd.min.js',
};

function send(res: http.ServerResponse, status: number, body: string | Buffer, type = 'text/plain; charset=utf-8') {
  res.writeHead(status, {
    'Content-Type': type,
    'Content-Security-Policy': CONTENT_SECURITY_POLICY,
    'X-Content-Type-Options': 'nosniff',
    'Cache-Control': 'no-store',
  });
  res.end(body);
}

function sendApi(req: http.IncomingMessage, res: http.ServerResponse, url: URL, api: ApiContext): boolean {
  if (!url.pathname.startsWith('/api/') || url.pathname === '/api/health') {
    return false;
  }
  handleApi(req, url, api)
    .then((answer) =>
      answer
        ? send(res, answer.status, JSON.stringify(answer.body), contentType('.json'))
        : send(res, 404, JSON.stringify({ message: `not found: ${url.pathname}` }), contentType('.json'))
    )
    .catch((e: Error) => send(res, 500, JSON.stringify({ message: e.message }), contentType('.json')));
  return true;
}

/**
 * The host bundles: the Grafana line the plugin is built against (default) and the newest release
 * (`?host=grafana-13`: @grafana/* 13.2 with React 19), for the version matrix.
 */
export const HOST_BUNDLES: Record<string, string> = {
  'grafana-12': 'host',
  'grafana-13': 'host-grafana-13',
};

/** index.html with the chosen host bundle, or null for an unknown or unbuilt host. */
export function hostPage(html: string, host: string | null, root: string): string | null {
  const bundle = HOST_BUNDLES[host ?? 'grafana-12'];
  if (!bundle || !fs.existsSync(path.join(root, 'sandbox', '.build', `${bundle}.js`))) {
    return null;
  }
  return html.replace('/host/host.js', `/host/${bundle}.js`).replace('/host/host.css', `/host/${bundle}.css`);
}

export function createRequestHandler(root: string, api?: ApiContext) {
  const mountList = mounts(root);
  const indexHtml = path.join(root, 'sandbox', 'host', 'index.html');

  return (req: http.IncomingMessage, res: http.ServerResponse) => {
    const url = new URL(req.url ?? '/', 'http://sandbox');
    if (api && sendApi(req, res, url, api)) {
      return;
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      return send(res, 405, 'method not allowed');
    }
    if (url.pathname === '/' || url.pathname === '/index.html') {
      const page = hostPage(fs.readFileSync(indexHtml, 'utf8'), url.searchParams.get('host'), root);
      if (page === null) {
        return send(res, 400, `unknown host "${url.searchParams.get('host')}": use one of ${Object.keys(HOST_BUNDLES).join(', ')}`);
      }
      return send(res, 200, page, contentType(indexHtml));
    }
    if (url.pathname === '/api/health') {
      return send(res, 200, JSON.stringify({ status: 'ok' }), contentType('.json'));
    }
    const vendor = VENDOR[url.pathname];
    if (vendor) {
      const file = path.join(root, vendor);
      return send(res, 200, fs.readFileSync(file), contentType(file));
    }
    for (const { prefix, folder } of mountList) {
      if (url.pathname.startsWith(prefix)) {
        const file = resolveInside(folder, url.pathname.slice(prefix.length));
        if (file) {
          return send(res, 200, fs.readFileSync(file), contentType(file));
        }
      }
    }
    return send(res, 404, `not found: ${url.pathname}`);
  };
}

/** Starts the sandbox HTTP server (127.0.0.1 by default). Port 0 picks a free port. */
export function startSandboxServer(options: SandboxServerOptions = {}): Promise<SandboxServer> {
  const root = options.root ?? projectRoot();
  const host = options.host ?? '127.0.0.1';
  const databaseUrl = options.databaseUrl ?? (process.env.DATABASE_URL || undefined);
  const warehouse = createWarehouseHolder(
    root,
    {
      databaseUrl,
      resultCache: options.resultCache === true,
      ...(options.warehouseCacheDir ? { cacheDir: options.warehouseCacheDir } : {}),
    },
    options.log
  );
  if (options.openWarehouse === 'eager') {
    warehouse.get().catch(() => undefined); // logged by the holder; queries retry and report it
  }
  const server = http.createServer(createRequestHandler(root, { root, warehouse }));
  return new Promise((resolve, reject) => {
    server.once('error', (e) => {
      warehouse.close().catch(() => undefined);
      reject(e);
    });
    server.listen(options.port ?? 3000, host, () => {
      const { port } = server.address() as AddressInfo;
      resolve({
        url: `http://${host}:${port}`,
        port,
        warehouse,
        close: async () => {
          await new Promise<void>((done) => {
            server.close(() => done());
            server.closeIdleConnections();
          });
          await warehouse.close();
        },
      });
    });
  });
}
