import { startSandboxServer, type SandboxServer } from '../../sandbox/server/app';

declare global {
  var __SANDBOX_SERVER__: SandboxServer | undefined;
}

/** One sandbox server for all browser tests (dist/ and sandbox/.build are built by `npm test`'s set-up). */
export default async function globalSetup() {
  const server = await startSandboxServer({ port: 0 });
  globalThis.__SANDBOX_SERVER__ = server;
  process.env.SANDBOX_URL = server.url;
}
