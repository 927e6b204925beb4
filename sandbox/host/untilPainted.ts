/** Milliseconds from a start to the next frame painted (`ms`) and to that frame's animation callback (`frameMs`). */
export interface Timing {
  ms: number;
  frameMs: number;
}

/**
 * Waits for the next frame painted: a message posted from the frame's animation callback runs after that
 * frame's style, layout and paint (an SVG chart is painted there; a canvas was rasterised before it). The
 * sandbox host times the panel with it and the bench's peers page (bench/peers.ts) ECharts and the canvas
 * loop, so that every renderer is timed to the same point.
 */
export const untilPainted = (started: number) =>
  new Promise<Timing>((resolve) =>
    requestAnimationFrame(() => {
      const frameMs = performance.now() - started;
      const channel = new MessageChannel();
      channel.port1.onmessage = () => resolve({ ms: performance.now() - started, frameMs });
      channel.port2.postMessage(null);
    })
  );
