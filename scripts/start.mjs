// `npm start`: sets up what is missing, then serves the sandbox on 127.0.0.1:3000 (PORT overrides).
import { spawn } from 'node:child_process';
import path from 'node:path';
import { ROOT, checkNode, ensureDependencies, ensurePluginBuild, ensureSandboxBuild } from './setup.mjs';

checkNode();
ensureDependencies();
ensurePluginBuild();
ensureSandboxBuild();

const server = spawn(process.execPath, [path.join(ROOT, 'sandbox/.build/server.mjs')], { cwd: ROOT, stdio: 'inherit' });
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => server.kill(signal));
}
server.on('exit', (code) => process.exit(code ?? 0));
