export { PlayControl } from './PlayControl';
export { nextPlayState, playSteps, PLAY_INTERVAL_MS, PLAY_MIN_PERIODS, type PlayState } from './steps';
export { usePlayback, type Playback } from './usePlayback';
