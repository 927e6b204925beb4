import type http from 'node:http';

/** An error with the HTTP status the API answers it with. */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string
  ) {
    super(message);
    this.name = 'HttpError';
  }
}

/** Largest request body the API reads (a dashboard's queries are a few kilobytes). */
export const MAX_BODY_BYTES = 256 * 1024;

/**
 * Reads a JSON request body; 413 when it is larger than `limit` bytes, 400 when it is not JSON.
 * An oversized body is drained before the answer (so the client reads the 413 rather than a reset
 * connection), up to 16 × limit; beyond that the connection is dropped.
 */
export function readJsonBody(req: http.IncomingMessage, limit = MAX_BODY_BYTES): Promise<unknown> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size <= limit) {
        chunks.push(chunk);
      } else if (size > 16 * limit) {
        req.destroy();
      }
    });
    req.on('error', (e) => reject(new HttpError(400, `cannot read the request body: ${e.message}`)));
    req.on('close', () => size > 16 * limit && reject(tooLarge(limit)));
    req.on('end', () => {
      if (size > limit) {
        reject(tooLarge(limit));
        return;
      }
      try {
        resolve(JSON.parse(Buffer.concat(chunks).toString('utf8')));
      } catch (e) {
        reject(new HttpError(400, `the request body is not valid JSON: ${(e as Error).message}`));
      }
    });
  });
}

function tooLarge(limit: number) {
  return new HttpError(413, `request body too large: the limit is ${limit} bytes (${Math.round(limit / 1024)} KiB)`);
}
