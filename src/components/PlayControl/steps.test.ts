import type { MatrixModel } from '../../model/types';
import { nextPlayState, onFixedAxes, playSteps } from './steps';

describe('playSteps', () => {
  const periods = ['2024-Q1', '2024-Q2', '2024-Q3', '2024-Q4', '2025-Q1'];
  it('steps from the period after the baseline to the last one', () => {
    expect(playSteps(periods, '2024-Q1')).toEqual(['2024-Q2', '2024-Q3', '2024-Q4', '2025-Q1']);
    expect(playSteps(periods, '2024-Q3')).toEqual(['2024-Q4', '2025-Q1']);
  });
  it('has no steps without a baseline, with an unknown one or from the last period', () => {
    expect(playSteps(periods, null)).toEqual([]);
    expect(playSteps(periods, 'nope')).toEqual([]);
    expect(playSteps(periods, '2025-Q1')).toEqual([]);
  });
});

describe('nextPlayState', () => {
  it('advances while playing and stops on the last step', () => {
    expect(nextPlayState({ index: 0, playing: true }, 3)).toEqual({ index: 1, playing: true });
    expect(nextPlayState({ index: 1, playing: true }, 3)).toEqual({ index: 2, playing: false });
    expect(nextPlayState({ index: 2, playing: true }, 3)).toEqual({ index: 2, playing: false });
  });
  it('does nothing when paused or idle', () => {
    const paused = { index: 1, playing: false };
    expect(nextPlayState(paused, 3)).toBe(paused);
    expect(nextPlayState(null, 3)).toBeNull();
  });
});

describe('onFixedAxes', () => {
  const model = (lo: number, hi: number, trail: number[] = []) =>
    ({
      axes: {
        x: { scale: 'linear', domain: [lo, hi], title: 'x', field: 'x', reverse: false, categories: null, composite: null },
        y: { scale: 'linear', domain: [0, 1], title: 'y', field: 'y', reverse: false, categories: null, composite: null },
      },
      segments: [{ segment: 'A', trail: trail.map((x, i) => ({ period: `P${i}`, x, y: 0.5, size: 1 })) }],
    }) as unknown as MatrixModel;

  it('widens each axis to the whole range and its trails, so every step is drawn on the same axes', () => {
    const step = model(2, 5);
    const fixed = onFixedAxes(step, model(1, 6, [0.5, 7]));
    expect(fixed.axes.x.domain).toEqual([0.5, 7]);
    expect(fixed.axes.y).toBe(step.axes.y);
    expect(onFixedAxes(model(3, 4), model(1, 6, [0.5, 7])).axes.x.domain).toEqual([0.5, 7]);
  });

  it('leaves a step already covering the range as it is, and never widens across scale types', () => {
    const step = model(0, 10);
    expect(onFixedAxes(step, model(1, 6))).toBe(step);
    const log = { ...step, axes: { ...step.axes, x: { ...step.axes.x, scale: 'log' } } } as unknown as MatrixModel;
    expect(onFixedAxes(log, model(-5, 50))).toBe(log);
  });
});
