import { DEFAULT_OPTIONS, RENDERER_THRESHOLD } from '../constants';
import { conventionalModel } from './fixtures';
import { chooseRenderer, estimateMarks } from './renderer';

describe('renderer', () => {
  it.each([
    ['auto', 10, 'svg'],
    ['auto', RENDERER_THRESHOLD, 'svg'],
    ['auto', RENDERER_THRESHOLD + 1, 'canvas'],
    ['svg', 100000, 'svg'],
    ['canvas', 1, 'canvas'],
  ] as const)('%s with %d marks draws with %s', (option, marks, expected) => {
    expect(chooseRenderer(option, marks)).toBe(expected);
  });

  it('counts bubbles, ghosts, arrow lines and heads, and labels', () => {
    const model = conventionalModel();
    // 7 segments: 5 with both points (bubble, ghost, line, head), 1 new (bubble), 1 retired (ghost); 7 labels.
    expect(estimateMarks(model, DEFAULT_OPTIONS.display)).toBe(5 * 4 + 1 + 1 + 7);
    expect(estimateMarks(model, { ...DEFAULT_OPTIONS.display, showLabels: false, showArrows: false, showGhosts: false })).toBe(5 + 1 + 1);
  });
});
