import { useCallback, useEffect, useMemo, useState } from 'react';
import type { DataFrame } from '@grafana/data';
import { buildMatrixModel } from '../../model';
import type { ModelContext, ModelOptions, ModelResult } from '../../model/types';
import { nextPlayState, onFixedAxes, playSteps, PLAY_INTERVAL_MS, PLAY_MIN_PERIODS, type PlayState } from './steps';
import type { PlayControlProps } from './PlayControl';

interface KeyedPlayState extends PlayState {
  /** The steps this state belongs to; a state for other steps (new data, new options) is ignored. */
  key: string;
}

export interface Playback {
  /** The model to draw: the step's while a step is selected, else the panel's own. */
  result: ModelResult;
  /** Props of the Play control, or null when it is not shown. */
  control: PlayControlProps | null;
}

/**
 * The play control's state: steps the current period from the baseline's next period to the last one,
 * recomputing the model per step (explicit periods) on axes fixed over the whole range, so that each step
 * has the same spec structure and the view updates its data instead of being rebuilt. Never touches the
 * saved options.
 */
export function usePlayback(
  base: ModelResult,
  series: DataFrame[],
  options: ModelOptions,
  context: ModelContext,
  enabled: boolean
): Playback {
  const model = base.kind === 'model' ? base.model : null;
  const baseline = model?.baselinePeriod ?? null;
  const shown = enabled && model !== null && model.periods.length >= PLAY_MIN_PERIODS;
  const steps = useMemo(() => (shown && model ? playSteps(model.periods, baseline) : []), [shown, model, baseline]);
  const key = steps.join('\u0001');
  const [state, setState] = useState<KeyedPlayState | null>(null);
  const active = state && state.key === key && steps.length > 0 ? state : null;
  const playing = active?.playing ?? false;
  const step = active ? steps[Math.min(active.index, steps.length - 1)] : null;

  useEffect(() => {
    if (!playing) {
      return;
    }
    const timer = setInterval(() => {
      setState((s) => (s && s.key === key ? { ...s, ...nextPlayState(s, steps.length) } : s));
    }, PLAY_INTERVAL_MS);
    return () => clearInterval(timer);
  }, [playing, key, steps.length]);

  const onPlay = useCallback(() => {
    setState((s) => {
      const resume = s && s.key === key && s.index < steps.length - 1;
      return { key, index: resume ? s.index : 0, playing: true };
    });
  }, [key, steps.length]);
  const onPause = useCallback(() => setState((s) => (s ? { ...s, playing: false } : s)), []);

  const last = steps.length > 0 ? steps[steps.length - 1] : null;
  // The whole range (baseline → last step) once per play session: its extent fixes the axes of every step.
  const session = active !== null;
  const frame = useMemo(() => {
    if (!session || baseline === null || last === null) {
      return null;
    }
    const r = buildMatrixModel(series, { ...options, period: { mode: 'explicit', baseline, current: last } }, context);
    return r.kind === 'model' ? r.model : null;
  }, [session, baseline, last, series, options, context]);
  const result = useMemo(() => {
    if (step === null || baseline === null) {
      return base;
    }
    const r = buildMatrixModel(series, { ...options, period: { mode: 'explicit', baseline, current: step } }, context);
    return r.kind === 'model' && frame ? { ...r, model: onFixedAxes(r.model, frame) } : r;
  }, [step, baseline, base, series, options, context, frame]);
  const control = shown && steps.length > 0 ? { period: step ?? model?.currentPeriod ?? null, playing, onPlay, onPause } : null;
  return { result, control };
}
