// `npm run render -- …`: sets up what is missing, then runs the render CLI (sandbox page in headless Chromium).
import { spawn } from 'node:child_process';
import path from 'node:path';
import { ROOT, checkNode, ensureChromium, ensureDependencies, ensurePluginBuild, ensureSandboxBuild } from './setup.mjs';

checkNode();
ensureDependencies();
ensureChromium();
ensurePluginBuild();
ensureSandboxBuild();

// Paths on the command line are relative to where the user ran npm (INIT_CWD), not to the project.
const cli = spawn(process.execPath, [path.join(ROOT, 'sandbox/.build/render.mjs'), ...process.argv.slice(2)], {
  cwd: process.env.INIT_CWD ?? process.cwd(),
  stdio: 'inherit',
});
cli.on('exit', (code) => process.exit(code ?? 1));
