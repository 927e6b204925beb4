#!/usr/bin/env node
// `npm run bench [-- --quick] [-- --json FILE] [-- --only render,resize,model,bundle,starts]`
//
// One run, on this machine: the same scene drawn by the Segment Matrix panel (the built dist/module.js in
// the sandbox host), ECharts 6 and a raw Canvas 2D loop (headless Debian Chromium via playwright-core);
// resize re-render; model throughput in Node; module.js size; sandbox cold and warm start.
// See bench/README.md for what each number means.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath, pathToFileURL } from 'node:url';
import zlib from 'node:zlib';
import { mtime, newestMtime } from '../scripts/setup.mjs';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const ROOT = path.resolve(HERE, '..');
const OUT = path.join(HERE, '.build');
const PLUGIN_ID = 'seglens-segmentmatrix-panel';
const MATRIX_SELECTOR = '[data-testid="data-testid segment-matrix panel"]';
const VIEW = { width: 800, height: 600 };
const SMALL = { width: 640, height: 480 };
const NOT_MEASURED_HOST = 'not measured: host API missing';

// ------------------------------------------------------------------------------------------ arguments

function parseArgs(argv) {
  const args = { quick: false, json: null, only: null, keepBuild: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--quick') {
      args.quick = true;
    } else if (a === '--json') {
      args.json = argv[++i];
      if (!args.json) {
        throw new Error('--json needs a file name');
      }
    } else if (a.startsWith('--json=')) {
      args.json = a.slice('--json='.length);
    } else if (a === '--only') {
      args.only = new Set((argv[++i] ?? '').split(',').filter(Boolean));
    } else if (a === '--keep-build') {
      args.keepBuild = true;
    } else if (a === '--help' || a === '-h') {
      console.log(
        'usage: npm run bench [-- --quick] [-- --json FILE] [-- --only render,resize,model,bundle,starts] [-- --keep-build]'
      );
      process.exit(0);
    } else {
      throw new Error(`unknown argument: ${a} (see --help)`);
    }
  }
  if (args.json) {
    args.json = path.resolve(process.env.INIT_CWD ?? process.cwd(), args.json);
  }
  return args;
}

const args = parseArgs(process.argv.slice(2));
const wants = (part) => !args.only || args.only.has(part);

const CONFIG = args.quick
  ? {
      sizes: [6, 100, 1000],
      warmup: 2,
      runs: 5,
      smallRuns: 5,
      warmupRounds: 5,
      resizeSizes: [100, 1000],
      model: { segments: 2000, periods: 100, runs: 3 },
      warmStarts: 1,
    }
  : {
      sizes: [6, 100, 1000, 10000],
      warmup: 2,
      runs: 7,
      // Up to 1,000 segments a run takes 10–100 ms and its median moves by a few ms with the machine's other
      // work and with where the run ends in the display's frame: more runs, a steadier median.
      smallRuns: 15,
      warmupRounds: 10,
      resizeSizes: [100, 1000],
      model: { segments: 10000, periods: 100, runs: 5 },
      warmStarts: 3,
    };

// ------------------------------------------------------------------------------------------- helpers

const log = (message) => process.stderr.write(`[bench] ${message}\n`);
const LOAD_AT_START = os.loadavg();

function withTimeout(promise, ms, what) {
  let timer;
  return Promise.race([
    promise,
    new Promise((_, reject) => {
      timer = setTimeout(() => reject(new Error(`${what}: timed out after ${ms} ms`)), ms);
    }),
  ]).finally(() => clearTimeout(timer));
}

function median(values) {
  const s = [...values].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

const round = (v, digits = 1) =>
  v == null || !Number.isFinite(v) ? null : Math.round(v * 10 ** digits) / 10 ** digits;

function run(command, argv, what, timeoutMs) {
  log(`${what}: ${command} ${argv.join(' ')}`);
  const r = spawnSync(command, argv, { cwd: ROOT, stdio: ['ignore', 'inherit', 'inherit'], timeout: timeoutMs });
  if (r.status !== 0) {
    throw new Error(`${what} failed (${r.error ? r.error.message : `exit ${r.status ?? r.signal}`})`);
  }
}

// ---------------------------------------------------------------------------------- cleanup on exit

const cleanups = [];
let cleaning;
/** Runs the cleanups once, newest first; a second caller waits for the same run. */
function cleanupAll() {
  cleaning ??= (async () => {
    while (cleanups.length) {
      const fn = cleanups.pop();
      try {
        await withTimeout(Promise.resolve().then(fn), 15_000, 'cleanup');
      } catch (e) {
        log(`cleanup: ${e.message}`);
      }
    }
  })();
  return cleaning;
}
/** Synchronous safety nets that also run when the process exits some other way (cache back, children killed). */
const exitHooks = [];
process.on('exit', () => {
  for (const fn of exitHooks.splice(0).reverse()) {
    try {
      fn();
    } catch {
      // best effort
    }
  }
});
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    log(`${signal}: cleaning up`);
    cleanupAll().finally(() => process.exit(130));
  });
}

// ------------------------------------------------------------------------------------------ building

const stale = [];

function ensureBuilds() {
  const moduleJs = path.join(ROOT, 'dist', 'module.js');
  if (!fs.existsSync(moduleJs)) {
    run('npm', ['run', '--silent', 'build'], 'building the plugin (dist/ is missing)', 15 * 60_000);
  } else if (newestMtime(['src', 'webpack.config.ts', 'package-lock.json']) > mtime(moduleJs)) {
    stale.push('dist/module.js is older than src/ (run `npm run build` for figures of the current source)');
  }
  const hostJs = path.join(ROOT, 'sandbox', '.build', 'host.js');
  const serverMjs = path.join(ROOT, 'sandbox', '.build', 'server.mjs');
  if (!fs.existsSync(hostJs) || !fs.existsSync(serverMjs)) {
    run('node', ['sandbox/build.mjs'], 'building the sandbox (sandbox/.build is missing)', 5 * 60_000);
  } else if (
    newestMtime(['sandbox/host', 'sandbox/server', 'sandbox/build.mjs']) > Math.min(mtime(hostJs), mtime(serverMjs))
  ) {
    stale.push('sandbox/.build is older than sandbox/ (run `npm run build:sandbox`)');
  }
}

function distStamp() {
  const file = path.join(ROOT, 'dist', 'module.js');
  return fs.existsSync(file) ? `${fs.statSync(file).size}:${fs.statSync(file).mtimeMs}` : 'missing';
}

/** @grafana/data does not load in plain Node: the model bundle gets the enum it uses from a shim. */
const grafanaDataShim = {
  name: 'grafana-data-shim',
  setup(build) {
    build.onResolve({ filter: /^@grafana\/data$/ }, () => ({ path: path.join(HERE, 'grafana-data-shim.ts') }));
  },
};

async function bundle() {
  const { build } = await import('esbuild');
  fs.mkdirSync(OUT, { recursive: true });
  const common = { bundle: true, logLevel: 'error', legalComments: 'none' };
  await Promise.all([
    build({
      ...common,
      entryPoints: [path.join(HERE, 'node.ts')],
      outfile: path.join(OUT, 'node.mjs'),
      platform: 'node',
      format: 'esm',
      target: 'node20',
      packages: 'external',
    }),
    build({
      ...common,
      entryPoints: [path.join(HERE, 'model.ts')],
      outfile: path.join(OUT, 'model.mjs'),
      platform: 'node',
      format: 'esm',
      target: 'node20',
      plugins: [grafanaDataShim],
    }),
    build({
      ...common,
      entryPoints: [path.join(HERE, 'peers.ts')],
      outfile: path.join(OUT, 'peers.js'),
      platform: 'browser',
      format: 'iife',
      target: 'es2020',
      minify: true,
      define: { 'process.env.NODE_ENV': '"production"' },
    }),
    build({
      ...common,
      entryPoints: [path.join(HERE, 'scene.ts')],
      outfile: path.join(OUT, 'scene.js'),
      platform: 'browser',
      format: 'iife',
      globalName: '__benchScene',
      target: 'es2020',
      minify: true,
    }),
  ]);
  fs.writeFileSync(
    path.join(OUT, 'peers.html'),
    '<!doctype html><html><head><meta charset="utf-8"><title>bench peers</title>' +
      '<style>html,body{margin:0;background:#111217}</style></head>' +
      '<body><div id="stage"></div><script src="/peers.js"></script></body></html>'
  );
}

// ------------------------------------------------------------------------------------------- machine

function machine(chromiumVersion) {
  const cpus = os.cpus();
  let model = cpus[0]?.model?.trim() || 'unknown';
  try {
    const info = fs.readFileSync('/proc/cpuinfo', 'utf8');
    const m = info.match(/^model name\s*:\s*(.+)$/m);
    if (m) {
      model = m[1].trim();
    }
  } catch {
    // not Linux
  }
  return {
    cpu: model,
    cores: typeof os.availableParallelism === 'function' ? os.availableParallelism() : cpus.length,
    memoryGb: round(os.totalmem() / 2 ** 30, 1),
    os: `${os.type()} ${os.release()} ${os.arch()}`,
    node: process.version,
    chromium: chromiumVersion ?? null,
    loadAverageAtStart: LOAD_AT_START.map((v) => round(v, 2)),
  };
}

// ---------------------------------------------------------------------------------- bundle size (6)

/** Base64 VLQ decoding of a source map's mappings: per generated line, [column, sourceIndex | -1] segments. */
function decodeMappings(mappings) {
  const chars = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
  const lookup = new Int8Array(128).fill(-1);
  for (let i = 0; i < chars.length; i++) {
    lookup[chars.charCodeAt(i)] = i;
  }
  let source = 0;
  return mappings.split(';').map((lineText) => {
    let column = 0;
    const segments = [];
    for (const segment of lineText.split(',')) {
      if (!segment) {
        continue;
      }
      const values = [];
      let value = 0;
      let shift = 0;
      for (let i = 0; i < segment.length; i++) {
        const digit = lookup[segment.charCodeAt(i)];
        value += (digit & 31) << shift;
        if (digit & 32) {
          shift += 5;
        } else {
          values.push(value & 1 ? -(value >>> 1) : value >>> 1);
          value = 0;
          shift = 0;
        }
      }
      column += values[0];
      if (values.length >= 4) {
        source += values[1];
        segments.push([column, source]);
      } else {
        segments.push([column, -1]);
      }
    }
    return segments;
  });
}

function packageOf(source) {
  const m = source.match(/node_modules\/((?:@[^/]+\/)?[^/]+)/);
  if (m) {
    return m[1];
  }
  // webpack's context is src/: the panel's own modules are webpack://<name>/./…
  if (/^webpack:\/\/[^/]+\/\.\//.test(source) || /\/src\//.test(source)) {
    return '(panel src)';
  }
  return '(other)';
}

/** Vega's runtime and what it pulls in (vega-lite is counted apart). */
const VEGA_PACKAGE =
  /^(vega(-.*)?|d3-.*|topojson-client|delaunator|robust-predicates|internmap|json-stringify-pretty-compact|fast-json-patch|clone)$/;

function bundleSize() {
  const file = path.join(ROOT, 'dist', 'module.js');
  const code = fs.readFileSync(file);
  const gzip = zlib.gzipSync(code, { level: 9 }).length;
  const lineCount = code.toString('utf8').split('\n').length;
  if (code.length / lineCount < 300) {
    stale.push(
      `dist/module.js does not look minified (${lineCount} lines): a development build? (npm run build makes the production one)`
    );
  }
  const result = {
    file: 'dist/module.js',
    bytes: code.length,
    gzipBytes: gzip,
    builtAt: new Date(fs.statSync(file).mtimeMs).toISOString(),
  };
  try {
    const map = JSON.parse(fs.readFileSync(`${file}.map`, 'utf8'));
    const text = code.toString('utf8');
    const lines = text.split('\n');
    const decoded = decodeMappings(map.mappings);
    const chunks = new Map(); // group -> string pieces
    const perPackage = new Map();
    const add = (group, pkg, piece) => {
      if (!chunks.has(group)) {
        chunks.set(group, []);
      }
      chunks.get(group).push(piece);
      perPackage.set(pkg, (perPackage.get(pkg) ?? 0) + Buffer.byteLength(piece));
    };
    decoded.forEach((segments, li) => {
      const lineText = lines[li] ?? '';
      segments.forEach(([col, src], k) => {
        const end = k + 1 < segments.length ? segments[k + 1][0] : lineText.length;
        const piece = lineText.slice(col, end);
        const pkg = src >= 0 ? packageOf(map.sources[src] ?? '') : '(unmapped)';
        const group =
          pkg === 'vega-lite'
            ? 'vega-lite'
            : VEGA_PACKAGE.test(pkg)
              ? 'vega'
              : pkg === '(panel src)'
                ? 'panel'
                : 'other';
        add(group, pkg, piece);
      });
    });
    const groups = {};
    for (const [group, pieces] of chunks) {
      const joined = pieces.join('');
      groups[group] = { bytes: Buffer.byteLength(joined), gzipBytesAlone: zlib.gzipSync(joined, { level: 9 }).length };
    }
    const attributed = Object.values(groups).reduce((a, g) => a + g.bytes, 0);
    groups.unmapped = { bytes: Math.max(0, code.length - attributed), gzipBytesAlone: null };
    result.shares = groups;
    result.topPackages = [...perPackage.entries()]
      .sort((a, b) => b[1] - a[1])
      .slice(0, 12)
      .map(([name, bytes]) => ({ name, bytes }));
  } catch (e) {
    result.sharesError = `no attribution: ${e.message}`;
  }
  return result;
}

// ---------------------------------------------------------------------------------------- model (5)

function modelThroughput() {
  const { segments, periods, runs } = CONFIG.model;
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      [
        '--expose-gc',
        '--max-old-space-size=4096',
        path.join(OUT, 'model.mjs'),
        '--segments',
        String(segments),
        '--periods',
        String(periods),
        '--runs',
        String(runs),
      ],
      { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] }
    );
    let out = '';
    let err = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (err += d));
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error('model benchmark timed out after 180 s'));
    }, 180_000);
    child.on('exit', (code) => {
      clearTimeout(timer);
      if (code !== 0) {
        return reject(
          new Error(`model benchmark failed (exit ${code}): ${err.trim().split('\n').slice(-3).join(' | ')}`)
        );
      }
      try {
        resolve(JSON.parse(out.trim().split('\n').pop()));
      } catch (e) {
        reject(new Error(`model benchmark output unreadable: ${e.message}`));
      }
    });
  });
}

// ------------------------------------------------------------------------------------------- browser

async function launchBrowser(findChromium, CHROMIUM_ARGS) {
  const { chromium } = await import('playwright-core');
  // Same flags as sandbox/cli/chromium.ts, plus gc() in pages so each run starts without the previous garbage.
  const browser = await withTimeout(
    chromium.launch({
      executablePath: findChromium(),
      headless: true,
      timeout: 60_000,
      // Our own handlers close everything (and put the warehouse cache back) before exiting.
      handleSIGINT: false,
      handleSIGTERM: false,
      handleSIGHUP: false,
      args: [...CHROMIUM_ARGS, '--js-flags=--expose-gc'],
    }),
    90_000,
    'launching Chromium'
  );
  cleanups.push(() => browser.close());
  return browser;
}

/** A tiny static server for the peers page (127.0.0.1, a free port). */
function startPeersServer() {
  const files = {
    '/': ['peers.html', 'text/html; charset=utf-8'],
    '/peers.js': ['peers.js', 'text/javascript; charset=utf-8'],
  };
  const server = http.createServer((req, res) => {
    const entry = files[new URL(req.url ?? '/', 'http://x').pathname];
    if (!entry || req.method !== 'GET') {
      res.writeHead(404).end('not found');
      return;
    }
    res.writeHead(200, { 'Content-Type': entry[1], 'Cache-Control': 'no-store' });
    res.end(fs.readFileSync(path.join(OUT, entry[0])));
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const close = () =>
        new Promise((done) => {
          server.close(() => done());
          server.closeAllConnections?.();
        });
      cleanups.push(close);
      resolve({ url: `http://127.0.0.1:${server.address().port}`, close });
    });
  });
}

async function newPage(browser, url, ready, what) {
  const context = await withTimeout(
    browser.newContext({ viewport: VIEW, deviceScaleFactor: 1 }),
    15_000,
    `${what}: new context`
  );
  const page = await withTimeout(context.newPage(), 15_000, `${what}: new page`);
  page.setDefaultTimeout(60_000);
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await withTimeout(page.goto(url, { waitUntil: 'load' }), 60_000, `${what}: opening ${url}`);
  await withTimeout(page.waitForFunction(ready, null, { timeout: 60_000 }), 65_000, `${what}: waiting for the page`);
  return { page, context, errors };
}

/** `evaluate` with a bound in Node too (a hung page cannot hang the bench). */
function evaluate(handle, fn, arg, ms, what) {
  return withTimeout(handle.page.evaluate(fn, arg), ms, what);
}

/** Timed runs at N segments. */
const runsFor = (n) => (n <= 1000 ? CONFIG.smallRuns : CONFIG.runs);

const timeoutFor = (n) => (n >= 10000 ? 120_000 : 60_000);

/**
 * What a run may report beside its time, and the median each becomes: the frame's only when every run
 * reported it (a host without it gives none), the others when any did.
 */
const SIDE_FIGURES = [
  { key: 'frameMs', as: 'frameMedianMs', everyRun: true },
  { key: 'initMs', as: 'initMedianMs', everyRun: false },
  { key: 'prepareMs', as: 'prepareMedianMs', everyRun: false },
];

/** warm-up + runs of one measurement; returns {medianMs, minMs, runsMs} or {error}. */
async function series(what, count, once) {
  const times = [];
  const side = SIDE_FIGURES.map(() => []);
  try {
    for (let i = 0; i < CONFIG.warmup; i++) {
      await once(i);
    }
    for (let i = 0; i < count; i++) {
      const r = await once(CONFIG.warmup + i);
      times.push(typeof r === 'number' ? r : r.ms);
      SIDE_FIGURES.forEach(({ key }, k) => {
        if (typeof r === 'object' && typeof r[key] === 'number') {
          side[k].push(r[key]);
        }
      });
    }
  } catch (e) {
    log(`${what}: ${e.message.split('\n')[0]}`);
    return { medianMs: null, minMs: null, runsMs: times.map((t) => round(t, 2)), error: e.message.split('\n')[0] };
  }
  const reported = SIDE_FIGURES.flatMap(({ as, everyRun }, k) =>
    (everyRun ? side[k].length === times.length : side[k].length > 0) ? [[as, round(median(side[k]), 2)]] : []
  );
  return {
    medianMs: round(median(times), 2),
    minMs: round(Math.min(...times), 2),
    runsMs: times.map((t) => round(t, 2)),
    ...Object.fromEntries(reported),
  };
}

// The page functions (run inside Chromium).

function panelMountInPage({ n, width, height, display, newStructure }) {
  const sb = window.__sandbox;
  const scene = window.__benchScene;
  const frames = [scene.longFrame(scene.makeScene(n))];
  const options = { segmentLimit: Math.max(500, n), ...(display ? { display } : {}) };
  // A theme no earlier mount had: the chart's structure is new to the page, so Vega parses it again.
  const variant = newStructure ? { themeVariant: (window.__themeVariant = (window.__themeVariant ?? 0) + 1) } : {};
  return Promise.resolve(sb.unmountPanel ? sb.unmountPanel() : undefined).then(() => {
    window.gc?.();
    const t0 = performance.now();
    return Promise.resolve(sb.mountPanel({ frames, options, width, height, ...variant })).then((r) => ({
      ms: r && typeof r.ms === 'number' ? r.ms : null,
      frameMs: r && typeof r.frameMs === 'number' ? r.frameMs : null,
      prepareMs: r && typeof r.prepareMs === 'number' ? r.prepareMs : null,
      outerMs: performance.now() - t0,
    }));
  });
}

/** Panel options that leave the chart alone: the scene the peers draw (the full panel adds strip and table). */
const CHART_ONLY = { showStrip: false, tablePlacement: 'hidden', showPlay: false };

/** The panel's rows: renderer name and what its mounts add to the default request. */
const PANEL_VARIANTS = [
  // The default panel: strip, chart, shift table, play control.
  ['segment-matrix', {}],
  // The same panel showing only what the peers draw.
  ['segment-matrix-chart', { display: CHART_ONLY }],
  // The default panel as the first of its kind on a page: its chart structure never seen, parsed.
  ['segment-matrix-new', { newStructure: true }],
];

/** The panel's rows in the resize table: the default panel, and the chart alone (the scene the peers resize). */
const RESIZE_VARIANTS = PANEL_VARIANTS.filter(([renderer]) => renderer !== 'segment-matrix-new');

/** The peers: renderer name, and their page's functions that draw the scene afresh and resize it. */
const PEERS = [
  ['echarts', 'echartsRender', 'echartsResize'],
  ['canvas', 'canvasRender', 'canvasResize'],
];

function panelResizeInPage({ width, height }) {
  window.gc?.();
  const t0 = performance.now();
  return Promise.resolve(window.__sandbox.resizePanel(width, height)).then((r) => ({
    ms: r && typeof r.ms === 'number' ? r.ms : null,
    frameMs: r && typeof r.frameMs === 'number' ? r.frameMs : null,
    outerMs: performance.now() - t0,
  }));
}

function peerInPage({ fn, width, height }) {
  window.gc?.();
  return window.__bench[fn](width, height);
}

/** A panel measurement: to the frame painted and to its animation callback (outer time if the host reports none). */
const msOf = (r) => ({ ms: r.ms ?? r.outerMs, frameMs: r.frameMs ?? undefined, prepareMs: r.prepareMs ?? undefined });
const sizeFor = (i) => (i % 2 === 0 ? SMALL : VIEW);

async function benchBrowser(browser, findChromium, startSandboxServer, results) {
  const peersServer = await startPeersServer();
  const sandbox = await startSandboxServer({ port: 0, host: '127.0.0.1', root: ROOT });
  cleanups.push(() => sandbox.close());

  const peers = await newPage(browser, `${peersServer.url}/`, () => !!window.__bench, 'peers page');
  results.echartsVersion = await evaluate(peers, () => window.__bench.echartsVersion, null, 5000, 'echarts version');

  // The sandbox host in panel mode (kiosk, no frames), with the scene generator added from the same origin.
  const sceneJs = fs.readFileSync(path.join(OUT, 'scene.js'));
  const panel = await newPage(
    browser,
    `${sandbox.url}/?kiosk&frames=/samples/empty.json&width=${VIEW.width}&height=${VIEW.height}`,
    () => window.__sandbox && window.__sandbox.status !== 'loading',
    'sandbox page'
  );
  await panel.context.route('**/bench/scene.js', (route) =>
    route.fulfill({ status: 200, contentType: 'text/javascript; charset=utf-8', body: sceneJs })
  );
  const host = await evaluate(
    panel,
    () => ({
      status: window.__sandbox.status,
      error: window.__sandbox.error ?? null,
      mountPanel: typeof window.__sandbox.mountPanel === 'function',
      resizePanel: typeof window.__sandbox.resizePanel === 'function',
      unmountPanel: typeof window.__sandbox.unmountPanel === 'function',
      version: window.__sandbox.pluginVersion ?? null,
    }),
    null,
    5000,
    'sandbox host'
  );
  if (host.status === 'error') {
    throw new Error(`the sandbox host failed: ${host.error}`);
  }
  await withTimeout(panel.page.addScriptTag({ url: '/bench/scene.js' }), 10_000, 'adding the scene script');
  results.pluginVersion = host.version;
  const canMount = host.mountPanel;
  const canResize = host.mountPanel && host.resizePanel;
  if (!canMount) {
    const inSource = fs
      .readdirSync(path.join(ROOT, 'sandbox', 'host'), { recursive: true })
      .filter((f) => /\.tsx?$/.test(String(f)))
      .some((f) => fs.readFileSync(path.join(ROOT, 'sandbox', 'host', String(f)), 'utf8').includes('mountPanel'));
    results.notes.push(
      `segment-matrix: ${NOT_MEASURED_HOST} (window.__sandbox.mountPanel is not in sandbox/.build/host.js${
        inSource ? '; it is in sandbox/host: run `npm run build:sandbox`' : ''
      })`
    );
  } else if (!canResize) {
    results.notes.push(`segment-matrix resize: ${NOT_MEASURED_HOST} (window.__sandbox.resizePanel)`);
  }

  // Each page's code warmed up once, all of its paths (V8 optimises a function only after many calls):
  // otherwise the first series measured pays for it, whichever renderer it is.
  if (wants('render') || wants('resize')) {
    log('warming up the panel and the peers');
    const warm = { n: 100, ...VIEW };
    if (canMount) {
      await withTimeout(panel.page.bringToFront(), 10_000, 'bringToFront');
      for (let i = 0; i < CONFIG.warmupRounds; i++) {
        for (const [, extra] of PANEL_VARIANTS) {
          await evaluate(panel, panelMountInPage, { ...warm, ...extra }, 60_000, 'segment-matrix warm-up');
        }
      }
      if (canResize) {
        await evaluate(panel, panelMountInPage, warm, 60_000, 'segment-matrix warm-up');
        for (let i = 0; i < 2 * CONFIG.warmupRounds; i++) {
          await evaluate(panel, panelResizeInPage, sizeFor(i), 60_000, 'segment-matrix resize warm-up');
        }
      }
    }
    await withTimeout(peers.page.bringToFront(), 10_000, 'bringToFront');
    await evaluate(peers, (k) => window.__bench.prepare(k), warm.n, 30_000, 'scene');
    for (const [, mount, resize] of PEERS) {
      for (let i = 0; i < CONFIG.warmupRounds; i++) {
        await evaluate(peers, peerInPage, { fn: mount, ...VIEW }, 60_000, `${mount} warm-up`);
      }
      for (let i = 0; i < 2 * CONFIG.warmupRounds; i++) {
        await evaluate(peers, peerInPage, { fn: resize, ...sizeFor(i) }, 60_000, `${resize} warm-up`);
      }
    }
    await evaluate(peers, () => window.__bench.clear(), null, 10_000, 'clear');
  }

  if (wants('render')) {
    for (const n of CONFIG.sizes) {
      log(`render, N=${n}`);
      const t = timeoutFor(n);
      if (canMount) {
        await withTimeout(panel.page.bringToFront(), 10_000, 'bringToFront');
        for (const [renderer, extra] of PANEL_VARIANTS) {
          const r = await series(`${renderer} N=${n}`, runsFor(n), async () =>
            msOf(await evaluate(panel, panelMountInPage, { n, ...VIEW, ...extra }, t, `${renderer} mount N=${n}`))
          );
          results.render.push({ renderer, n, ...r });
        }
      } else {
        results.render.push({ renderer: 'segment-matrix', n, medianMs: null, minMs: null, note: NOT_MEASURED_HOST });
      }
      await withTimeout(peers.page.bringToFront(), 10_000, 'bringToFront');
      await evaluate(peers, (k) => window.__bench.prepare(k), n, 30_000, 'scene');
      for (const [renderer, fn] of PEERS) {
        const r = await series(`${renderer} N=${n}`, runsFor(n), () =>
          evaluate(peers, peerInPage, { fn, ...VIEW }, t, `${renderer} render N=${n}`)
        );
        results.render.push({ renderer, n, ...r });
      }
      await evaluate(peers, () => window.__bench.clear(), null, 10_000, 'clear');
    }
  }

  if (wants('resize')) {
    for (const n of CONFIG.resizeSizes) {
      log(`resize, N=${n}`);
      const t = timeoutFor(n);
      for (const [renderer, extra] of RESIZE_VARIANTS) {
        if (!canResize) {
          results.resize.push({ renderer, n, medianMs: null, minMs: null, note: NOT_MEASURED_HOST });
          continue;
        }
        await withTimeout(panel.page.bringToFront(), 10_000, 'bringToFront');
        await evaluate(panel, panelMountInPage, { n, ...VIEW, ...extra }, t, `${renderer} mount N=${n}`).catch((e) =>
          log(e.message)
        );
        const r = await series(`${renderer} resize N=${n}`, runsFor(n), async (i) =>
          msOf(await evaluate(panel, panelResizeInPage, sizeFor(i), t, `${renderer} resize N=${n}`))
        );
        results.resize.push({ renderer, n, ...r });
      }
      await withTimeout(peers.page.bringToFront(), 10_000, 'bringToFront');
      await evaluate(peers, (k) => window.__bench.prepare(k), n, 30_000, 'scene');
      for (const [renderer, mount, fn] of PEERS) {
        await evaluate(peers, peerInPage, { fn: mount, ...VIEW }, t, `${renderer} mount N=${n}`);
        const r = await series(`${renderer} resize N=${n}`, runsFor(n), (i) =>
          evaluate(peers, peerInPage, { fn, ...sizeFor(i) }, t, `${renderer} resize N=${n}`)
        );
        results.resize.push({ renderer, n, ...r });
      }
      await evaluate(peers, () => window.__bench.clear(), null, 10_000, 'clear');
    }
  }

  const pageErrors = [...peers.errors, ...panel.errors];
  if (pageErrors.length) {
    results.notes.push(`page errors: ${[...new Set(pageErrors)].slice(0, 5).join(' | ')}`);
  }
  await withTimeout(peers.context.close(), 15_000, 'closing a page').catch(() => undefined);
  await withTimeout(panel.context.close(), 15_000, 'closing a page').catch(() => undefined);
}

// ------------------------------------------------------------------------------ sandbox starts (7)

const CACHE_DIR = path.join(ROOT, 'node_modules', '.cache', 'segment-matrix');
// Every warehouse cache: the PGlite data directory (warehouse-*.tar.gz) and the query results (warehouse-*.results.json).
const isCacheFile = (name) => /^warehouse-[0-9a-f]+\.(tar\.gz|results\.json)$/.test(name);

/** Moves the PGlite warehouse cache aside; returns a restore function (also registered as a cleanup). */
function moveCacheAside() {
  const present = fs.existsSync(CACHE_DIR) ? fs.readdirSync(CACHE_DIR).filter(isCacheFile) : [];
  const aside = path.join(ROOT, 'node_modules', '.cache', `segment-matrix.bench-aside-${process.pid}`);
  if (present.length) {
    fs.mkdirSync(aside, { recursive: true });
    for (const name of present) {
      fs.renameSync(path.join(CACHE_DIR, name), path.join(aside, name));
    }
  }
  let restored = false;
  const restore = () => {
    if (restored) {
      return;
    }
    restored = true;
    for (const name of present) {
      fs.renameSync(path.join(aside, name), path.join(CACHE_DIR, name)); // replaces the one the cold start wrote
    }
    if (present.length) {
      fs.rmSync(aside, { recursive: true, force: true });
    }
  };
  cleanups.push(restore);
  exitHooks.push(restore);
  return { present, restore };
}

function spawnSandbox() {
  if (cleaning) {
    throw new Error('interrupted');
  }
  const child = spawn(process.execPath, [path.join(ROOT, 'sandbox', '.build', 'server.mjs')], {
    cwd: ROOT,
    env: { ...process.env, PORT: '0', HOST: '127.0.0.1', DATABASE_URL: '' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const lines = [];
  const waiters = [];
  const onData = (d) => {
    for (const line of String(d).split('\n').filter(Boolean)) {
      lines.push(line);
      for (const w of [...waiters]) {
        const m = line.match(w.re);
        if (m) {
          waiters.splice(waiters.indexOf(w), 1);
          w.resolve(m);
        }
      }
    }
  };
  child.stdout.on('data', onData);
  child.stderr.on('data', onData);
  let exited = false;
  child.on('exit', (code) => {
    exited = true;
    for (const w of waiters.splice(0)) {
      w.reject(new Error(`the sandbox server exited (${code}): ${lines.slice(-3).join(' | ')}`));
    }
  });
  const waitFor = (re, ms, what) => {
    const seen = lines.map((l) => l.match(re)).find(Boolean);
    if (seen) {
      return Promise.resolve(seen);
    }
    if (exited) {
      return Promise.reject(new Error(`the sandbox server exited: ${lines.slice(-3).join(' | ')}`));
    }
    return withTimeout(new Promise((resolve, reject) => waiters.push({ re, resolve, reject })), ms, what);
  };
  const stop = () =>
    new Promise((resolve) => {
      if (exited) {
        return resolve();
      }
      const kill = setTimeout(() => child.kill('SIGKILL'), 5000);
      child.once('exit', () => {
        clearTimeout(kill);
        resolve();
      });
      child.kill('SIGTERM');
    });
  cleanups.push(stop);
  exitHooks.push(() => {
    if (!exited) {
      child.kill('SIGKILL');
    }
  });
  return { child, lines, waitFor, stop };
}

/** In the page: the first dashboard rendered (every panel out of 'loading', every matrix panel done). */
function dashboardDoneInPage({ selector, pluginId }) {
  const s = window.__sandbox;
  if (!s) {
    return false;
  }
  if (s.status === 'error') {
    return { error: s.error ?? 'sandbox error' };
  }
  if (s.status !== 'ready') {
    return false;
  }
  if (s.mode === 'dashboard' || document.querySelector('[data-testid="sandbox dashboard-panel"]')) {
    const sections = [...document.querySelectorAll('[data-testid="sandbox dashboard-panel"]')];
    if (!sections.length || sections.some((el) => el.getAttribute('data-panel-state') === 'loading')) {
      return false;
    }
    const matrices = sections.filter((el) => el.getAttribute('data-panel-type') === pluginId);
    const ok = matrices.filter((el) => el.getAttribute('data-panel-state') === 'done');
    if (ok.some((el) => !el.querySelector(`${selector}[data-render-state="done"]`))) {
      return false;
    }
    const failed = sections
      .filter((el) => el.getAttribute('data-panel-state') === 'error')
      .map((el) => el.getAttribute('aria-label'));
    const failedMatrices = matrices
      .filter((el) => el.getAttribute('data-panel-state') === 'error')
      .map((el) => el.getAttribute('aria-label'));
    return { mode: 'dashboard', panels: sections.length, matrices: matrices.length, failed, failedMatrices };
  }
  const panels = [...document.querySelectorAll(selector)];
  if (!panels.length || panels.some((p) => p.getAttribute('data-render-state') !== 'done')) {
    return false;
  }
  return { mode: s.mode ?? 'panel', panels: panels.length, matrices: panels.length, failed: [] };
}

async function oneStart(browser, label) {
  const context = await withTimeout(
    browser.newContext({ viewport: { width: 1440, height: 900 }, deviceScaleFactor: 1 }),
    15_000,
    `${label}: new context`
  );
  try {
    const page = await withTimeout(context.newPage(), 15_000, `${label}: new page`);
    const t0 = performance.now();
    const server = spawnSandbox();
    try {
      const [, url] = await server.waitFor(
        /Segment Matrix sandbox: (http:\/\/[^\s/]+)/,
        60_000,
        `${label}: server start`
      );
      const listenMs = performance.now() - t0;
      await withTimeout(page.goto(`${url}/`, { waitUntil: 'commit' }), 60_000, `${label}: opening /`);
      const handle = await page.waitForFunction(
        dashboardDoneInPage,
        { selector: MATRIX_SELECTOR, pluginId: PLUGIN_ID },
        { timeout: 120_000 }
      );
      const ms = performance.now() - t0;
      const what = await handle.jsonValue();
      if (what.error) {
        throw new Error(`${label}: the sandbox page failed: ${what.error}`);
      }
      if (what.failedMatrices?.length) {
        throw new Error(`${label}: Segment Matrix panels failed: ${what.failedMatrices.join(', ')}`);
      }
      // Not timed: with its result cache the server may open PGlite only after the page's queries.
      const opened = await server
        .waitFor(/warehouse: (.*), open in (\d+) ms/, 30_000, `${label}: warehouse open`)
        .catch(() => null);
      return {
        ms,
        listenMs,
        ...what,
        warehouse: opened ? { how: opened[1], openMs: Number(opened[2]) } : null,
        server,
      };
    } catch (e) {
      await server.stop();
      throw e;
    }
  } finally {
    await withTimeout(context.close(), 15_000, 'closing a page').catch(() => undefined);
  }
}

async function benchStarts(browser, results) {
  // Cold: the warehouse cache moved aside (PGlite initdb + seed), then restored.
  const { present, restore } = moveCacheAside();
  try {
    log(`cold start (warehouse cache ${present.length ? 'moved aside' : 'absent'})`);
    const cold = await oneStart(browser, 'cold start');
    // Let the server finish writing its cache before it is stopped (then the original is put back).
    await cold.server
      .waitFor(/warehouse: (cached|could not write cache)/, 60_000, 'cold start: cache write')
      .catch((e) => log(e.message));
    await cold.server.stop();
    if (process.env.BENCH_DEBUG) {
      log(cold.server.lines.join('\n'));
      log(
        fs
          .readdirSync(CACHE_DIR)
          .map((f) => `${f} ${fs.statSync(path.join(CACHE_DIR, f)).size}`)
          .join(', ')
      );
    }
    results.coldStart = {
      ms: round(cold.ms, 0),
      serverListeningMs: round(cold.listenMs, 0),
      mode: cold.mode,
      panels: cold.panels,
      matrixPanels: cold.matrices,
      failedPanels: cold.failed,
      warehouse: cold.warehouse,
    };
  } finally {
    restore();
    if (process.env.BENCH_DEBUG) {
      log(
        `restored: ${fs
          .readdirSync(CACHE_DIR)
          .map((f) => `${f} ${fs.statSync(path.join(CACHE_DIR, f)).size}`)
          .join(', ')}`
      );
    }
  }
  const warm = [];
  for (let i = 0; i < CONFIG.warmStarts; i++) {
    log(`warm start ${i + 1}/${CONFIG.warmStarts}`);
    const w = await oneStart(browser, 'warm start');
    await w.server.stop();
    warm.push(w);
  }
  const best = warm.find((w) => w.ms === median(warm.map((x) => x.ms))) ?? warm[0];
  results.warmStart = {
    ms: round(median(warm.map((w) => w.ms)), 0),
    runsMs: warm.map((w) => round(w.ms, 0)),
    serverListeningMs: round(best.listenMs, 0),
    mode: best.mode,
    panels: best.panels,
    matrixPanels: best.matrices,
    failedPanels: best.failed,
    warehouse: best.warehouse,
  };
  if (results.coldStart.mode !== 'dashboard') {
    results.notes.push(`starts: '/' shows a single panel, not the dashboard: measured to that panel rendered`);
  }
}

// --------------------------------------------------------------------------------------------- table

const fmtMs = (v) => (v == null ? '—' : v < 10 ? v.toFixed(2) : v < 100 ? v.toFixed(1) : v.toFixed(0));
const fmtRatio = (a, b) => (a == null || b == null || b === 0 ? '—' : `${(a / b).toFixed(2)}×`);
const fmtInt = (v) => (v == null ? '—' : Math.round(v).toLocaleString('en-US'));
const pad = (s, w, right = false) => (right ? String(s).padStart(w) : String(s).padEnd(w));

function table(headers, rows, rightFrom = 1) {
  const widths = headers.map((h, i) => Math.max(String(h).length, ...rows.map((r) => String(r[i]).length)));
  const line = (cells) =>
    cells
      .map((c, i) => pad(c, widths[i], i >= rightFrom && i < cells.length - 1))
      .join('  ')
      .trimEnd();
  return [
    line(headers),
    widths
      .map((w) => '-'.repeat(w))
      .join('  ')
      .trimEnd(),
    ...rows.map(line),
  ].join('\n');
}

function renderTable(entries, label, withMin) {
  const out = [];
  const sizes = [...new Set(entries.map((e) => e.n))];
  const rows = [];
  for (const n of sizes) {
    const at = (r) => entries.find((e) => e.n === n && e.renderer === r);
    const ech = at('echarts')?.medianMs;
    const cnv = at('canvas')?.medianMs;
    for (const r of [...PANEL_VARIANTS, ...PEERS].map(([renderer]) => renderer)) {
      const e = at(r);
      if (!e) {
        continue;
      }
      const status =
        e.note ??
        e.error ??
        (e.initMedianMs != null
          ? `incl. echarts.init ${fmtMs(e.initMedianMs)} ms`
          : e.prepareMedianMs != null
            ? `host's data preparation before it ${fmtMs(e.prepareMedianMs)} ms`
            : '');
      rows.push([
        r,
        fmtInt(n),
        fmtMs(e.medianMs),
        ...(withMin ? [fmtMs(e.minMs)] : []),
        e.frameMedianMs != null ? fmtMs(e.frameMedianMs) : '—',
        r === 'echarts' ? '1.00×' : fmtRatio(e.medianMs, ech),
        r === 'canvas' ? '1.00×' : fmtRatio(e.medianMs, cnv),
        status,
      ]);
    }
  }
  out.push(label);
  out.push(
    table(
      ['renderer', 'N', 'median ms', ...(withMin ? ['min ms'] : []), 'at frame', '× ECharts', '× canvas', ''],
      rows,
      1
    )
  );
  return out.join('\n');
}

function printReport(results) {
  const m = results.machine;
  const lines = [];
  lines.push('');
  lines.push(`Segment Matrix benchmark${args.quick ? ' (--quick)' : ''} — ${results.date}`);
  lines.push(
    `machine: ${m.cpu}, ${m.cores} cores, ${m.memoryGb} GB; ${m.os}; Node ${m.node}; Chromium ${m.chromium ?? '—'}`
  );
  lines.push(
    `runs: ${CONFIG.smallRuns === CONFIG.runs ? CONFIG.runs : `${CONFIG.smallRuns} (N ≤ 1,000) / ${CONFIG.runs} (10,000)`} after ${CONFIG.warmup} warm-up (median / min), viewport ${VIEW.width}×${VIEW.height}, ECharts ${results.echartsVersion ?? '—'}, plugin ${results.pluginVersion ?? '—'}`
  );
  for (const s of stale) {
    lines.push(`WARNING: ${s}`);
  }
  const load = m.loadAverageAtStart?.[0] ?? 0;
  if (load > m.cores * 0.75) {
    lines.push(
      `WARNING: load average ${load} on ${m.cores} cores when the bench started: other work competes, figures are noisy`
    );
  }
  lines.push('');
  if (results.render.length) {
    lines.push(
      renderTable(
        results.render,
        'First render, data in hand → next frame painted ("at frame": to its animation callback; fresh panel / chart / canvas each run)',
        true
      )
    );
    lines.push('');
  }
  if (results.resize.length) {
    lines.push(
      renderTable(
        results.resize,
        `Resize re-render (${VIEW.width}×${VIEW.height} ↔ ${SMALL.width}×${SMALL.height}, alternating)`,
        true
      )
    );
    lines.push('');
  }
  if (results.model) {
    const md = results.model;
    lines.push(
      md.error
        ? `Model (Node): ${md.error}`
        : `Model (Node, buildMatrixModel): ${fmtInt(md.rowsPerSec)} rows/s — ${fmtInt(md.rows)} rows (${fmtInt(md.segments)} segments × ${md.periods} periods), median ${fmtMs(md.medianMs)} ms of ${md.runsMs.length} after a warm-up (min ${fmtMs(md.minMs)} ms)`
    );
  }
  if (results.bundle) {
    const b = results.bundle;
    if (b.error) {
      lines.push(`Bundle: ${b.error}`);
    } else {
      lines.push(
        `Bundle: dist/module.js ${fmtInt(b.bytes)} B minified, ${fmtInt(b.gzipBytes)} B gzipped (level 9) = ${(b.gzipBytes / 1024).toFixed(1)} KiB`
      );
      if (b.shares) {
        const total = Object.values(b.shares).reduce((a, s) => a + s.bytes, 0);
        const parts = Object.entries(b.shares)
          .sort((x, y) => y[1].bytes - x[1].bytes)
          .map(
            ([g, s]) =>
              `${g} ${((100 * s.bytes) / total).toFixed(0)}% (${fmtInt(s.bytes)} B${s.gzipBytesAlone ? `, ${fmtInt(s.gzipBytesAlone)} B gzipped alone` : ''})`
          );
        lines.push(`        by source map: ${parts.join('; ')}`);
      }
    }
  }
  if (results.coldStart || results.startsError) {
    if (results.startsError) {
      lines.push(`Sandbox starts: ${results.startsError}`);
    } else {
      const c = results.coldStart;
      const w = results.warmStart;
      const what =
        c.mode === 'dashboard'
          ? `first dashboard rendered (${c.panels} panels, ${c.matrixPanels} Segment Matrix)`
          : 'first panel rendered (single panel at /)';
      lines.push(
        `Sandbox cold start: ${fmtInt(c.ms)} ms (process start → ${what}; warehouse ${c.warehouse ? `${c.warehouse.how}, ${fmtInt(c.warehouse.openMs)} ms` : '?'})`
      );
      lines.push(
        `Sandbox warm start: ${fmtInt(w.ms)} ms (median of ${w.runsMs.length}: ${w.runsMs.join(', ')}; warehouse ${w.warehouse ? `${w.warehouse.how}, ${fmtInt(w.warehouse.openMs)} ms` : '?'})`
      );
      if (c.failedPanels?.length || w.failedPanels?.length) {
        lines.push(
          `        panels in error: ${[...new Set([...(c.failedPanels ?? []), ...(w.failedPanels ?? [])])].join(', ')}`
        );
      }
    }
  }
  for (const note of results.notes) {
    lines.push(`note: ${note}`);
  }
  lines.push(`bench took ${(results.elapsedMs / 1000).toFixed(1)} s`);
  console.log(lines.join('\n'));
}

// ---------------------------------------------------------------------------------------------- main

async function main() {
  const started = performance.now();
  const results = {
    date: new Date().toISOString(),
    quick: args.quick,
    config: { ...CONFIG, viewport: VIEW, resizeTo: SMALL },
    machine: null,
    render: [],
    resize: [],
    modelRowsPerSec: null,
    bundleGzipBytes: null,
    coldStartMs: null,
    warmStartMs: null,
    notes: [],
  };

  if (!args.keepBuild) {
    // The bundles are remade on every run; removing them keeps lint and git away from generated code.
    const removeBuild = () => fs.rmSync(OUT, { recursive: true, force: true });
    cleanups.push(removeBuild);
    exitHooks.push(removeBuild);
  }
  ensureBuilds();
  const distAtStart = distStamp();
  log('bundling bench pieces (esbuild → bench/.build/)');
  await bundle();
  const nodePieces = await import(pathToFileURL(path.join(OUT, 'node.mjs')).href);

  if (wants('bundle')) {
    try {
      results.bundle = bundleSize();
      results.bundleGzipBytes = results.bundle.gzipBytes;
    } catch (e) {
      results.bundle = { error: e.message };
    }
  }

  if (wants('model')) {
    log(`model: ${CONFIG.model.segments * CONFIG.model.periods} rows`);
    try {
      results.model = await modelThroughput();
      results.modelRowsPerSec = results.model.rowsPerSec;
    } catch (e) {
      results.model = { error: e.message };
    }
  }

  const needsBrowser = wants('render') || wants('resize') || wants('starts');
  let browser;
  if (needsBrowser) {
    browser = await launchBrowser(nodePieces.findChromium, nodePieces.CHROMIUM_ARGS);
  }
  results.machine = machine(browser?.version());

  if (wants('render') || wants('resize')) {
    try {
      await benchBrowser(browser, nodePieces.findChromium, nodePieces.startSandboxServer, results);
    } catch (e) {
      results.notes.push(`browser benchmark failed: ${e.message.split('\n')[0]}`);
      log(e.stack ?? e.message);
    }
  }
  if (wants('starts')) {
    try {
      await benchStarts(browser, results);
      results.coldStartMs = results.coldStart.ms;
      results.warmStartMs = results.warmStart.ms;
    } catch (e) {
      results.startsError = e.message.split('\n')[0];
      log(e.stack ?? e.message);
    }
  }
  if (cleaning) {
    throw new Error('interrupted');
  }
  if (distStamp() !== distAtStart) {
    stale.push('dist/module.js changed while the bench ran (another build?): figures may mix two builds');
  }
  results.stale = stale;
  results.elapsedMs = Math.round(performance.now() - started);
  printReport(results);
  if (args.json) {
    fs.mkdirSync(path.dirname(args.json), { recursive: true });
    fs.writeFileSync(args.json, `${JSON.stringify(results, null, 2)}\n`);
    log(`wrote ${args.json}`);
  }
  return results;
}

main()
  .then(async () => {
    await cleanupAll();
    process.exit(0);
  })
  .catch(async (e) => {
    const interrupted = !!cleaning;
    if (!interrupted) {
      console.error(`bench: ${e.stack ?? e.message}`);
    }
    await cleanupAll();
    process.exit(interrupted ? 130 : 1);
  });
