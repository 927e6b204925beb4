import { startSandboxServer } from './app';
import { redactUrl } from './api/warehouseHolder';

const port = Number(process.env.PORT ?? 3000);
const host = process.env.HOST ?? '127.0.0.1';
const databaseUrl = process.env.DATABASE_URL || undefined;

// The warehouse opens with the server (PGlite: a few seconds the first time, then from its cache),
// so the first dashboard is quick; until it is open, the embedded warehouse's queries are answered
// from the persistent result cache when they are in it (sql/resultCache.ts).
startSandboxServer({
  port,
  host,
  databaseUrl,
  openWarehouse: 'eager',
  resultCache: !databaseUrl,
  log: (message) => console.log(message),
})
  .then((server) => {
    console.log(
      `Segment Matrix sandbox: ${server.url}/  (the QBR dashboard; a single panel: ${server.url}/?frames=/samples/demo.json)`
    );
    console.log(
      `panel queries run on ${databaseUrl ? redactUrl(databaseUrl) : 'the embedded PGlite warehouse (set DATABASE_URL=postgres://… for a real server)'}`
    );
    const stop = () => server.close().then(() => process.exit(0));
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  })
  .catch((e: NodeJS.ErrnoException) => {
    const hint = e.code === 'EADDRINUSE' ? ` (port ${port} is taken: set PORT=<another port>)` : '';
    console.error(`sandbox: cannot start: ${e.message}${hint}`);
    process.exit(1);
  });
