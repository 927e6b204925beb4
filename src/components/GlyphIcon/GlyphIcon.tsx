import React from 'react';
import { css, cx } from '@emotion/css';
import { GLYPHS, type GlyphName } from './glyphs';

const SIZES = { xs: 12, sm: 14, md: 16, lg: 18, xl: 24 } as const;

// Grafana's Icon styles (@grafana/ui Icon): inline, in the text colour, aligned to the middle of the line.
const glyph = css({
  display: 'inline-block',
  fill: 'currentColor',
  flexShrink: 0,
  lineHeight: 0,
  verticalAlign: 'middle',
});

export interface GlyphIconProps {
  name: GlyphName;
  size?: keyof typeof SIZES;
  className?: string;
  style?: React.CSSProperties;
}

/**
 * Grafana's icon for `name`, drawn inline. @grafana/ui's <Icon> loads its SVG through react-inlinesvg,
 * which parses the file and builds its elements again for every instance: a dozen icons in the strip and
 * the shift table took about 2.4 ms (CPU profile) of the panel's first render. Decorative: hidden from assistive technology
 * (the texts beside the icons say the same).
 */
export function GlyphIcon({ name, size = 'md', className, style }: GlyphIconProps) {
  const px = SIZES[size];
  return (
    <svg
      viewBox="0 0 24 24"
      width={px}
      height={px}
      className={cx(glyph, className)}
      style={style}
      aria-hidden
      focusable="false"
      data-glyph={name}
    >
      <path d={GLYPHS[name]} />
    </svg>
  );
}
