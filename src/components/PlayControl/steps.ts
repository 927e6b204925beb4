import type { AxisModel, MatrixModel } from '../../model/types';

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

/**
 * The model of a play step drawn on fixed axes: each axis domain widened to cover `frame` (the model of
 * the whole range, baseline to the last step), so that the axes stay put while the bubbles move and the
 * view only updates its data. Trail points are included: the whole path stays on the plot.
 */
export function onFixedAxes(step: MatrixModel, frame: MatrixModel): MatrixModel {
  const widen = (axis: AxisModel, other: AxisModel, values: number[]): AxisModel => {
    if (axis.scale !== other.scale || axis.scale === 'ordinal') {
      return axis;
    }
    let [lo, hi] = axis.domain;
    for (const v of [...other.domain, ...values]) {
      if (Number.isFinite(v) && (axis.scale !== 'log' || v > 0)) {
        lo = Math.min(lo, v);
        hi = Math.max(hi, v);
      }
    }
    return lo === axis.domain[0] && hi === axis.domain[1] ? axis : { ...axis, domain: [lo, hi] };
  };
  const points = frame.segments.flatMap((s) => s.trail);
  const x = widen(step.axes.x, frame.axes.x, points.map((p) => p.x));
  const y = widen(step.axes.y, frame.axes.y, points.map((p) => p.y));
  return x === step.axes.x && y === step.axes.y ? step : { ...step, axes: { ...step.axes, x, y } };
}
