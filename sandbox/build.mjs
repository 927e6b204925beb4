// Builds the sandbox: the host page bundles (browser) and the server and render CLI (Node).
// A host bundles the packages Grafana shares with plugins; it never bundles the panel's own src/.
import { build } from 'esbuild';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const out = path.join(here, '.build');
const projectModules = path.join(here, '../node_modules');

/** The packages a host provides to plugins (Grafana's externals) and imports itself. */
const SHARED_PACKAGES = [
  '@grafana/data',
  '@grafana/ui',
  '@grafana/runtime',
  '@emotion/css',
  '@emotion/react',
  'react',
  'react-dom',
  'lodash',
  'moment',
  'rxjs',
];

/**
 * One host per Grafana line: the one the plugin is built against (the project's node_modules: Grafana
 * 12.3, React 18) and the newest release (compat/grafana-13: @grafana/* 13.2, React 19), installed by
 * `npm ci --prefix compat/grafana-13`. A host whose packages are not installed is not built.
 */
export const HOSTS = {
  'host.js': projectModules,
  'host-grafana-13.js': path.join(here, '../compat/grafana-13/node_modules'),
};

/** Resolves the host's own imports of the shared packages from another node_modules (exports maps kept). */
function resolveSharedFrom(nodeModules) {
  const resolveDir = path.dirname(nodeModules);
  const sharedImport = new RegExp(`^(${SHARED_PACKAGES.map((n) => n.replace('/', '\\/')).join('|')})(\\/.*)?$`);
  return {
    name: 'resolve-shared-packages',
    setup(build) {
      build.onResolve({ filter: sharedImport }, (args) => {
        if (!args.importer.startsWith(path.join(here, 'host'))) {
          return undefined;
        }
        return build.resolve(args.path, { kind: args.kind, resolveDir });
      });
    },
  };
}

/**
 * An ES module with its lazy parts in chunks of their own, as Grafana serves them: what @grafana/ui imports
 * on demand (the code editor's Monaco, 3.3 MB of the 7.4 MB) is not parsed on every page load.
 */
function buildHost(outName, nodeModules) {
  return build({
    entryPoints: { [outName.replace(/\.js$/, '')]: path.join(here, 'host/main.tsx') },
    outdir: out,
    entryNames: '[name]',
    chunkNames: 'chunks/[name]-[hash]',
    splitting: true,
    bundle: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2020',
    minify: true,
    // SANDBOX_SOURCEMAP=1: host.js.map beside it, for reading CPU profiles of the host (React, Grafana UI).
    sourcemap: process.env.SANDBOX_SOURCEMAP ? 'external' : false,
    legalComments: 'none',
    jsx: 'automatic',
    define: {
      'process.env.NODE_ENV': '"production"',
      global: 'window',
      __GRAFANA_VERSION__: JSON.stringify(JSON.parse(fs.readFileSync(path.join(nodeModules, '@grafana/data/package.json'), 'utf8')).version),
    },
    loader: { '.svg': 'text', '.woff': 'empty', '.woff2': 'empty', '.ttf': 'empty', '.png': 'empty' },
    plugins: nodeModules === projectModules ? [] : [resolveSharedFrom(nodeModules)],
    alias: {
      // Grafana core registers its PanelDataErrorView through this internal setter; the package's
      // exports map does not expose it, so the host reaches the very same module file.
      'grafana-runtime-internal/PanelDataErrorView': path.join(
        nodeModules,
        '@grafana/runtime/dist/esm/components/PanelDataErrorView.mjs'
      ),
    },
    logLevel: 'error',
  });
}

export async function buildSandbox({ quiet = false } = {}) {
  const started = Date.now();
  const hosts = Object.entries(HOSTS).filter(([, nodeModules]) => fs.existsSync(path.join(nodeModules, '@grafana/ui')));
  // Chunk names carry a content hash: the previous build's are removed, not accumulated.
  fs.rmSync(path.join(out, 'chunks'), { recursive: true, force: true });
  await Promise.all([
    ...hosts.map(([outName, nodeModules]) => buildHost(outName, nodeModules)),
    build({
      entryPoints: { server: path.join(here, 'server/main.ts'), render: path.join(here, 'cli/render.ts') },
      outdir: out,
      outExtension: { '.js': '.mjs' },
      bundle: true,
      format: 'esm',
      platform: 'node',
      target: 'node20',
      packages: 'external',
      sourcemap: 'inline',
      logLevel: 'error',
    }),
  ]);
  if (!quiet) {
    console.log(`sandbox built in ${Date.now() - started} ms (hosts: ${hosts.map(([name]) => name).join(', ')})`);
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  buildSandbox().catch((e) => {
    console.error(e.message);
    process.exit(1);
  });
}
