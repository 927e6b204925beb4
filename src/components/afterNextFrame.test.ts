import { afterNextFrame } from './afterNextFrame';

describe('afterNextFrame', () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  it('runs the task in a timeout after the next animation frame, not before', () => {
    const order: string[] = [];
    const task = jest.fn(() => order.push('task'));
    afterNextFrame(task);
    requestAnimationFrame(() => order.push('frame'));
    expect(task).not.toHaveBeenCalled();
    jest.runAllTimers();
    expect(task).toHaveBeenCalledTimes(1);
    expect(order).toEqual(['frame', 'task']);
  });

  it('runs nothing once cancelled, before or after the frame', () => {
    const early = jest.fn();
    afterNextFrame(early)();
    const late = jest.fn();
    const cancel = afterNextFrame(late);
    jest.advanceTimersToNextTimer(); // the animation frame: the timeout is now queued
    cancel();
    jest.runAllTimers();
    expect(early).not.toHaveBeenCalled();
    expect(late).not.toHaveBeenCalled();
  });
});
