// Set-up shared by `npm start`, `npm test` and `npm run render`: installs and builds what is missing or stale.
// Plain Node with no dependencies, because it runs before node_modules exists.
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

function log(message) {
  console.log(`[setup] ${message}`);
}

export function fail(message) {
  console.error(`\n[setup] ${message}\n`);
  process.exit(1);
}

function run(command, args, what) {
  log(`${what}: ${command} ${args.join(' ')}`);
  const result = spawnSync(command, args, { cwd: ROOT, stdio: 'inherit' });
  if (result.status !== 0) {
    fail(`${what} failed (exit ${result.status ?? result.signal}). Fix the error above and run the command again.`);
  }
}

/** Newest modification time of the files below these paths (project-relative or absolute), tests and builds aside. */
export function newestMtime(paths) {
  let newest = 0;
  const visit = (p) => {
    if (!fs.existsSync(p)) {
      return;
    }
    const stat = fs.statSync(p);
    if (stat.isDirectory()) {
      for (const entry of fs.readdirSync(p)) {
        if (entry !== 'node_modules' && entry !== '.build' && !entry.endsWith('.test.ts') && !entry.endsWith('.test.tsx')) {
          visit(path.join(p, entry));
        }
      }
    } else {
      newest = Math.max(newest, stat.mtimeMs);
    }
  };
  paths.forEach((p) => visit(path.resolve(ROOT, p)));
  return newest;
}

/** A file's modification time (0 when missing); the path is project-relative or absolute. */
export function mtime(p) {
  const file = path.resolve(ROOT, p);
  return fs.existsSync(file) ? fs.statSync(file).mtimeMs : 0;
}

export function checkNode() {
  const major = Number(process.versions.node.split('.')[0]);
  if (major < 20) {
    fail(`Node ${process.versions.node} is too old: Node 20 or newer is needed (https://nodejs.org or your package manager).`);
  }
}

function ensureInstalled(dir, what) {
  const prefix = dir === '.' ? [] : ['--prefix', dir];
  const installed = mtime(path.join(dir, 'node_modules/.package-lock.json'));
  if (installed === 0 || mtime(path.join(dir, 'package-lock.json')) > installed || mtime(path.join(dir, 'package.json')) > installed) {
    run('npm', ['ci', '--no-audit', '--no-fund', ...prefix], `installing ${what}`);
  }
}

export function ensureDependencies() {
  ensureInstalled('.', 'dependencies');
}

/** The newest Grafana line's packages (Grafana 13.2, React 19) for the sandbox's version matrix. */
export function ensureCompatDependencies() {
  ensureInstalled('compat/grafana-13', 'the Grafana 13 host packages (version matrix)');
}

export function ensureChromium() {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'];
  if (candidates.some((p) => p && fs.existsSync(p))) {
    return;
  }
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  let hasApt = false;
  try {
    execFileSync('which', ['apt-get'], { stdio: 'ignore' });
    hasApt = true;
  } catch {
    hasApt = false;
  }
  if (isRoot && hasApt) {
    run('apt-get', ['update', '-qq'], 'updating package lists for Chromium');
    run('apt-get', ['install', '-y', '-qq', 'chromium'], 'installing Debian Chromium');
    return;
  }
  fail(
    'Chromium is needed for the browser tests and the render CLI, and it is not installed.\n' +
      '  Debian/Ubuntu: sudo apt-get update && sudo apt-get install -y chromium\n' +
      '  Elsewhere: install Chromium or Chrome and set CHROMIUM_PATH=/path/to/chromium'
  );
}

export function ensurePluginBuild() {
  const built = mtime('dist/module.js');
  const sources = newestMtime(['src', 'package.json', 'package-lock.json', 'webpack.config.ts', '.config', 'README.md', 'CHANGELOG.md', 'LICENSE']);
  if (built === 0 || sources > built) {
    run('npm', ['run', '--silent', 'build'], 'building the plugin (dist/)');
  }
}

export function ensureSandboxBuild() {
  const outputs = ['host.js', 'server.mjs', 'render.mjs'];
  if (fs.existsSync(path.join(ROOT, 'compat/grafana-13/node_modules'))) {
    outputs.push('host-grafana-13.js');
  }
  const built = Math.min(...outputs.map((file) => mtime(`sandbox/.build/${file}`)));
  const sources = newestMtime(['sandbox/host', 'sandbox/server', 'sandbox/cli', 'sandbox/build.mjs', 'package-lock.json', 'compat/grafana-13/package-lock.json']);
  if (built === 0 || sources > built) {
    run('node', ['sandbox/build.mjs'], 'building the sandbox host');
  }
}
