/**
 * The periods the play control steps through: every period after the baseline, in period order, up to
 * the last one. Empty when there is no baseline, it is unknown or it is the last period.
 */
export function playSteps(periods: string[], baseline: string | null): string[] {
  if (baseline === null) {
    return [];
  }
  const at = periods.indexOf(baseline);
  return at < 0 ? [] : periods.slice(at + 1);
}

/** Play is offered from this many periods on (a baseline and at least two steps). */
export const PLAY_MIN_PERIODS = 3;

/** Milliseconds between two steps. */
export const PLAY_INTERVAL_MS = 800;

export interface PlayState {
  /** Index into the steps. */
  index: number;
  playing: boolean;
}

/** One tick: the next step, stopping on the last one. */
export function nextPlayState(state: PlayState | null, steps: number): PlayState | null {
  if (!state || !state.playing) {
    return state;
  }
  const index = Math.min(state.index + 1, steps - 1);
  return { index, playing: index < steps - 1 };
}
