import fs from 'node:fs';
import path from 'node:path';
import type { CDPSession, Page } from 'playwright-core';
import { openSandbox, useBrowser } from './browser';

// Long-open dashboards: mounting and unmounting the built panel 200 times, and re-rendering it 1,000 times
// with changing data, must leave the JS heap within 5 MB of where it started and no listeners behind.
jest.setTimeout(300000);

const MB = 1024 * 1024;
const SAMPLE = JSON.parse(fs.readFileSync(path.resolve(__dirname, '../../sandbox/samples/demo.json'), 'utf8'));

/** The sample frame with every number nudged by step i, so each render has new data and a new model. */
function framesAt(i: number) {
  return SAMPLE.map((frame: { fields: Array<{ type: string; values: unknown[] }> }) => ({
    ...frame,
    fields: frame.fields.map((f) =>
      f.type === 'number' ? { ...f, values: f.values.map((v, k) => (v as number) * (1 + (((i + k) % 7) - 3) / 100)) } : f
    ),
  }));
}

async function heapUsed(client: CDPSession) {
  for (let i = 0; i < 3; i++) {
    await client.send('HeapProfiler.collectGarbage');
  }
  const { usedSize } = await client.send('Runtime.getHeapUsage');
  return usedSize;
}

async function listenerCount(client: CDPSession, expression: string) {
  const { result } = await client.send('Runtime.evaluate', { expression });
  const { listeners } = await client.send('DOMDebugger.getEventListeners', { objectId: result.objectId!, depth: 0 });
  return listeners.length;
}

type Api = {
  mountPanel(r: unknown): Promise<{ ms: number }>;
  updatePanel(f: unknown): Promise<{ ms: number }>;
  unmountPanel(): void;
};

const mount = (page: Page, frames: unknown) =>
  page.evaluate((f) => (window as unknown as { __sandbox: Api }).__sandbox.mountPanel({ frames: f, width: 800, height: 500 }), frames);
const unmount = (page: Page) => page.evaluate(() => (window as unknown as { __sandbox: Api }).__sandbox.unmountPanel());

describe('no leaks', () => {
  const browser = useBrowser();

  it('200 mounts and unmounts leave the heap within 5 MB and no listeners behind', async () => {
    const { page, errors } = await openSandbox(browser(), { frames: '/samples/empty.json', kiosk: '1' });
    const client = await page.context().newCDPSession(page);
    for (let i = 0; i < 10; i++) {
      await mount(page, framesAt(i));
      await unmount(page);
    }
    const heapBefore = await heapUsed(client);
    const windowListeners = await listenerCount(client, 'window');
    const documentListeners = await listenerCount(client, 'document');

    for (let i = 0; i < 200; i++) {
      await mount(page, framesAt(i));
      await unmount(page);
    }
    const heapAfter = await heapUsed(client);
    console.log(`mount/unmount ×200: heap ${(heapBefore / MB).toFixed(1)} → ${(heapAfter / MB).toFixed(1)} MB`);
    expect(heapAfter - heapBefore).toBeLessThan(5 * MB);
    expect(await listenerCount(client, 'window')).toBe(windowListeners);
    expect(await listenerCount(client, 'document')).toBe(documentListeners);
    expect(await page.locator('[data-testid="sandbox mounted panel"]').count()).toBe(0);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('1,000 re-renders with changing data leave the heap within 5 MB', async () => {
    const { page, errors } = await openSandbox(browser(), { frames: '/samples/empty.json', kiosk: '1' });
    const client = await page.context().newCDPSession(page);
    await mount(page, framesAt(0));
    const update = (i: number) =>
      page.evaluate(([f]) => (window as unknown as { __sandbox: Api }).__sandbox.updatePanel(f), [framesAt(i)] as const);
    for (let i = 1; i <= 20; i++) {
      await update(i);
    }
    const heapBefore = await heapUsed(client);
    for (let i = 21; i <= 1020; i++) {
      await update(i);
    }
    const heapAfter = await heapUsed(client);
    console.log(`re-render ×1000: heap ${(heapBefore / MB).toFixed(1)} → ${(heapAfter / MB).toFixed(1)} MB`);
    expect(heapAfter - heapBefore).toBeLessThan(5 * MB);
    await unmount(page);
    expect(errors).toEqual([]);
    await page.close();
  });
});
