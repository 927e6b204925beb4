/** Milliseconds from a start to the next frame painted (`ms`) and to that frame's animation callback (`frameMs`). */
export interface Timing {
  ms: number;
  frameMs: number;
}

interface PostTask {
  postTask(callback: () => void, options: { priority: 'user-blocking' }): Promise<void>;
}

/**
 * Runs `done` in the first task after the current frame: a user-blocking task where the browser has
 * `scheduler.postTask` (Chromium), otherwise a message. A plain message waits behind the timers queued
 * during the frame (a renderer's own work deferred past its first pixels, such as the panel's
 * `afterNextFrame`): they would be counted as if they held the pixels back.
 */
function afterThisFrame(done: () => void) {
  const scheduler = (globalThis as { scheduler?: Partial<PostTask> }).scheduler;
  if (typeof scheduler?.postTask === 'function') {
    scheduler.postTask(done, { priority: 'user-blocking' }).catch(() => undefined);
    return;
  }
  const channel = new MessageChannel();
  channel.port1.onmessage = done;
  channel.port2.postMessage(null);
}

/**
 * Waits for the next frame painted: a task posted from the frame's animation callback runs after that
 * frame's style, layout and paint (an SVG chart is painted there; a canvas was rasterised before it). The
 * sandbox host times the panel with it and the bench's peers page (bench/peers.ts) ECharts and the canvas
 * loop, so that every renderer is timed to the same point.
 */
export const untilPainted = (started: number) =>
  new Promise<Timing>((resolve) =>
    requestAnimationFrame(() => {
      const frameMs = performance.now() - started;
      afterThisFrame(() => resolve({ ms: performance.now() - started, frameMs }));
    })
  );
