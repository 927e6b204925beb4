import { RENDERER_THRESHOLD } from '../constants';
import type { MatrixModel } from '../model/types';
import type { DisplayOptions, RendererOption } from '../types';

/** Marks the chart draws for this model and these options (bubbles, ghosts, arrows, labels, trails). */
export function estimateMarks(model: MatrixModel, display: DisplayOptions): number {
  let n = 0;
  for (const s of model.segments) {
    const current = s.current !== null;
    const baseline = s.baseline !== null;
    n += current ? 1 : 0; // bubble
    n += baseline && (display.showGhosts || !current) ? 1 : 0; // ghost
    n += baseline && current && display.showArrows ? 2 : 0; // line + head
    n += display.showLabels ? 1 : 0; // label
    n += display.showTrail && s.trail.length > 1 ? 1 : 0;
  }
  return n;
}

/** `auto`: SVG for small charts (the render CLI's `--svg` and the browser tests read it), canvas above the threshold. */
export function chooseRenderer(option: RendererOption, marks: number, threshold = RENDERER_THRESHOLD): 'svg' | 'canvas' {
  if (option === 'auto') {
    return marks > threshold ? 'canvas' : 'svg';
  }
  return option;
}
