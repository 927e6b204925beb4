import { untilPainted } from './untilPainted';

describe('untilPainted', () => {
  const withScheduler = (postTask: unknown) => {
    (globalThis as { scheduler?: unknown }).scheduler = { postTask };
  };
  afterEach(() => {
    delete (globalThis as { scheduler?: unknown }).scheduler;
    delete (globalThis as { MessageChannel?: unknown }).MessageChannel;
    jest.restoreAllMocks();
  });

  it('resolves from a user-blocking task posted in the next animation frame, ahead of queued timers', async () => {
    const order: string[] = [];
    const posted: Array<{ callback: () => void; priority: string }> = [];
    withScheduler((callback: () => void, options: { priority: string }) => {
      posted.push({ callback, priority: options.priority });
      return Promise.resolve();
    });
    let frame: FrameRequestCallback | undefined;
    jest.spyOn(window, 'requestAnimationFrame').mockImplementation((cb) => {
      frame = cb;
      return 1;
    });
    const timing = untilPainted(performance.now()).then((t) => {
      order.push('painted');
      return t;
    });
    expect(posted).toHaveLength(0); // nothing before the frame
    frame!(performance.now());
    setTimeout(() => order.push('timer'), 0); // queued during the frame
    expect(posted).toEqual([{ callback: expect.any(Function), priority: 'user-blocking' }]);
    posted[0].callback();
    const t = await timing;
    expect(t.ms).toBeGreaterThanOrEqual(t.frameMs);
    expect(order).toEqual(['painted']);
  });

  it('falls back to a message where there is no scheduler', async () => {
    // jsdom has no MessageChannel: one that delivers in a later task, as a browser's does.
    const sent: string[] = [];
    class Channel {
      port1: { onmessage: ((event: unknown) => void) | null } = { onmessage: null };
      port2 = {
        postMessage: () => {
          sent.push('message');
          setTimeout(() => this.port1.onmessage?.({}), 0);
        },
      };
    }
    (globalThis as { MessageChannel?: unknown }).MessageChannel = Channel;
    let frame: FrameRequestCallback | undefined;
    jest.spyOn(window, 'requestAnimationFrame').mockImplementation((cb) => {
      frame = cb;
      return 1;
    });
    const timing = untilPainted(performance.now());
    frame!(performance.now());
    const t = await timing;
    expect(sent).toEqual(['message']);
    expect(t.ms).toBeGreaterThanOrEqual(t.frameMs);
  });
});
