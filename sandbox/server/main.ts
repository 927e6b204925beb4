import { startSandboxServer } from './app';

const port = Number(process.env.PORT ?? 3000);
const host = process.env.HOST ?? '127.0.0.1';

startSandboxServer({ port, host })
  .then((server) => {
    console.log(`Segment Matrix sandbox: ${server.url}/`);
    const stop = () => server.close().then(() => process.exit(0));
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  })
  .catch((e: NodeJS.ErrnoException) => {
    const hint = e.code === 'EADDRINUSE' ? ` (port ${port} is taken: set PORT=<another port>)` : '';
    console.error(`sandbox: cannot start: ${e.message}${hint}`);
    process.exit(1);
  });
