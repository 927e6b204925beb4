export { GlyphIcon, type GlyphIconProps } from './GlyphIcon';
export type { GlyphName } from './glyphs';
