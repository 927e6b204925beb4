export { EffectivenessStrip } from './EffectivenessStrip';
export type { EffectivenessStripProps } from './EffectivenessStrip';
