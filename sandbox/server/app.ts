import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { CONTENT_SECURITY_POLICY } from './csp';
import { projectRoot } from './projectRoot';
import { contentType, resolveInside } from './staticFiles';

export const PLUGIN_ID = 'seglens-segmentmatrix-panel';

export interface SandboxServerOptions {
  port?: number;
  host?: string;
  root?: string;
}

export interface SandboxServer {
  url: string;
  port: number;
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

export function createRequestHandler(root: string) {
  const mountList = mounts(root);
  const indexHtml = path.join(root, 'sandbox', 'host', 'index.html');

  return (req: http.IncomingMessage, res: http.ServerResponse) => {
    const url = new URL(req.url ?? '/', 'http://sandbox');
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      return send(res, 405, 'method not allowed');
    }
    if (url.pathname === '/' || url.pathname === '/index.html') {
      return send(res, 200, fs.readFileSync(indexHtml), contentType(indexHtml));
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
  const server = http.createServer(createRequestHandler(root));
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 3000, host, () => {
      const { port } = server.address() as AddressInfo;
      resolve({
        url: `http://${host}:${port}`,
        port,
        close: () => new Promise<void>((done) => server.close(() => done())),
      });
    });
  });
}
