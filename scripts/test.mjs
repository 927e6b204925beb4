// `npm test`: sets up what is missing, then runs every check: types, lint, unit and component tests,
// node tests (plugin.json, compose, SQL), browser tests in the sandbox. Ends with "N passed, N failed".
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import {
  ROOT,
  checkNode,
  ensureChromium,
  ensureCompatDependencies,
  ensureDependencies,
  ensurePluginBuild,
  ensureSandboxBuild,
} from './setup.mjs';

checkNode();
ensureDependencies();
ensureCompatDependencies();
ensureChromium();
ensurePluginBuild();
ensureSandboxBuild();

const bin = (name) => path.join(ROOT, 'node_modules', '.bin', name);
let passed = 0;
let failed = 0;

function check(name, command, args) {
  console.log(`\n== ${name}`);
  const result = spawnSync(command, args, { cwd: ROOT, stdio: 'inherit' });
  if (result.status === 0) {
    passed++;
    console.log(`ok: ${name}`);
  } else {
    failed++;
    console.log(`FAILED: ${name}`);
  }
}

check('typecheck (tsc --noEmit)', bin('tsc'), ['--noEmit']);
check('lint (eslint)', bin('eslint'), ['--cache', '.']);

console.log('\n== jest (unit, node, browser)');
const artifacts = path.join(ROOT, 'test-artifacts');
fs.mkdirSync(artifacts, { recursive: true });
const report = path.join(artifacts, 'jest-results.json');
fs.rmSync(report, { force: true });
const extra = process.argv.slice(2);
const jest = spawnSync(bin('jest'), ['--ci', '--json', `--outputFile=${report}`, ...extra], {
  cwd: ROOT,
  stdio: 'inherit',
  env: { ...process.env, TZ: 'UTC' },
});
if (fs.existsSync(report)) {
  const results = JSON.parse(fs.readFileSync(report, 'utf8'));
  passed += results.numPassedTests;
  failed += results.numFailedTests;
  if (results.numRuntimeErrorTestSuites > 0) {
    console.log(`FAILED: ${results.numRuntimeErrorTestSuites} test file(s) could not run`);
    failed += results.numRuntimeErrorTestSuites;
  }
} else {
  console.log(`FAILED: jest wrote no results (exit ${jest.status})`);
  failed++;
}
if (jest.status !== 0 && failed === 0) {
  console.log(`FAILED: jest exited with ${jest.status}`);
  failed++;
}

// The benchmark as a smoke test: it must finish and write its figures; budgets are never asserted here.
const benchJson = path.join(artifacts, 'bench-quick.json');
fs.rmSync(benchJson, { force: true });
check('bench smoke (npm run bench -- --quick)', process.execPath, ['bench/run.mjs', '--quick', '--json', benchJson]);
if (fs.existsSync(benchJson)) {
  const figures = JSON.parse(fs.readFileSync(benchJson, 'utf8'));
  if (!Array.isArray(figures.render) || figures.render.length === 0 || typeof figures.modelRowsPerSec !== 'number') {
    console.log('FAILED: bench smoke wrote incomplete figures');
    passed--;
    failed++;
  }
} else {
  console.log('FAILED: bench smoke wrote no figures');
  failed++;
}

console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
