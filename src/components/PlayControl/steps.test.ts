import { nextPlayState, playSteps } from './steps';

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
