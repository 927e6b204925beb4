export { EffectivenessStrip } from './EffectivenessStrip';
export type { EffectivenessStripProps, StripMode } from './EffectivenessStrip';
