import fs from 'node:fs';
import path from 'node:path';
import React from 'react';
import { render } from '@testing-library/react';
import { GlyphIcon } from './GlyphIcon';
import { GLYPHS, type GlyphName } from './glyphs';

const UNICONS = path.join(path.dirname(require.resolve('@grafana/ui/package.json')), 'dist/public/img/icons/unicons');

describe('GlyphIcon', () => {
  it.each(Object.keys(GLYPHS) as GlyphName[])('draws Grafana’s own %s icon', (name) => {
    const file = fs.readFileSync(path.join(UNICONS, `${name}.svg`), 'utf8');
    expect(file).toContain('viewBox="0 0 24 24"');
    expect(file).toContain(`d="${GLYPHS[name]}"`);
  });

  it('has Grafana’s icon sizes, the text colour and no place in the accessibility tree', () => {
    const { container } = render(<GlyphIcon name="play" size="lg" style={{ color: 'red' }} />);
    const svg = container.querySelector('svg')!;
    expect(svg.getAttribute('width')).toBe('18');
    expect(svg.getAttribute('height')).toBe('18');
    expect(svg.getAttribute('aria-hidden')).toBe('true');
    expect(svg.getAttribute('data-glyph')).toBe('play');
    expect(svg.style.color).toBe('red');
    expect(getComputedStyle(svg).fill).toBe('currentColor');
    expect(svg.querySelector('path')!.getAttribute('d')).toBe(GLYPHS.play);
  });
});
