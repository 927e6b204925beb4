// Builds the sandbox: the host page bundle (browser) and the server and render CLI (Node).
// The host bundles the packages Grafana shares with plugins; it never bundles the panel's own src/.
import { build } from 'esbuild';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const out = path.join(here, '.build');

export async function buildSandbox({ quiet = false } = {}) {
  const started = Date.now();
  await Promise.all([
    build({
      entryPoints: [path.join(here, 'host/main.tsx')],
      outfile: path.join(out, 'host.js'),
      bundle: true,
      format: 'iife',
      platform: 'browser',
      target: 'es2020',
      minify: true,
      sourcemap: false,
      legalComments: 'none',
      jsx: 'automatic',
      define: { 'process.env.NODE_ENV': '"production"', global: 'window' },
      // Grafana core registers its PanelDataErrorView through this internal setter; the package's
      // exports map does not expose it, so the host reaches the very same module file.
      alias: {
        'grafana-runtime-internal/PanelDataErrorView': path.join(
          here,
          '../node_modules/@grafana/runtime/dist/esm/components/PanelDataErrorView.mjs'
        ),
      },
      loader: { '.svg': 'text', '.woff': 'empty', '.woff2': 'empty', '.ttf': 'empty', '.png': 'empty' },
      logLevel: 'error',
    }),
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
    console.log(`sandbox built in ${Date.now() - started} ms`);
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  buildSandbox().catch((e) => {
    console.error(e.message);
    process.exit(1);
  });
}
