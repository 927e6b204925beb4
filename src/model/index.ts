/** The segment model: pure functions from DataFrame[] + options to the matrix model and its summary. */
export { buildMatrixModel, growthOf } from './build';
export { toRenderSummary } from './summary';
export {
  DEFAULT_MODEL_OPTIONS,
  DEFAULT_PRIORITY_QUADRANTS,
  DEFAULT_PRIORITY_VALUES,
  DEFAULT_SEGMENT_LIMIT,
  FIELD_ROLES,
  PROFILE_COLUMNS,
  QUADRANT_IDS,
  ROLE_ALIASES,
  ROLE_LABELS,
  withModelDefaults,
} from './defaults';
export { PRESETS } from './presets';
export type { Preset, PresetAxis } from './presets';
export { naturalCompare } from './natural';
export { quadrantOf } from './quadrants';
export { verdict } from './indicators';
export type * from './types';
