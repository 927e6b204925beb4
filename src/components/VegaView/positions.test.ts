import { segmentBoxes, setHoverSignal } from './positions';

const symbol = (segment: string, x: number, y: number, r: number) => ({
  x,
  y,
  bounds: { x1: x - r, y1: y - r, x2: x + r, y2: y + r },
  datum: { segment },
});

const scene = {
  marktype: 'group',
  items: [
    {
      x: 0,
      y: 0,
      items: [
        { marktype: 'symbol', name: 'ghosts_marks', items: [symbol('A', 1, 1, 2), symbol('Retired', 5, 6, 3)] },
        { marktype: 'symbol', name: 'bubbles_marks', items: [symbol('A', 10, 20, 4), symbol('B', 30, 40, 5)] },
        {
          marktype: 'text',
          name: 'labels_marks',
          items: [{ x: 0, y: 0, bounds: { x1: 0, y1: 0, x2: 9, y2: 9 }, datum: { datum: { segment: 'A' } } }],
        },
        {
          marktype: 'group',
          name: 'nested',
          items: [
            { x: 100, y: 200, items: [{ marktype: 'symbol', name: 'bubbles_marks', items: [symbol('C', 1, 2, 1)] }] },
          ],
        },
      ],
    },
  ],
};

describe('segmentBoxes', () => {
  it('takes each bubble (ghost for a segment without one), offset by the origin and enclosing groups', () => {
    const boxes = Object.fromEntries(segmentBoxes(scene, [40, 10]).map((b) => [b.segment, b]));
    expect(Object.keys(boxes).sort()).toEqual(['A', 'B', 'C', 'Retired']);
    expect(boxes.A).toEqual({ segment: 'A', x: 50, y: 30, width: 8, height: 8 });
    expect(boxes.Retired).toEqual({ segment: 'Retired', x: 45, y: 16, width: 6, height: 6 });
    expect(boxes.C).toMatchObject({ x: 141, y: 212 });
  });

  it('is empty without a scene', () => {
    expect(segmentBoxes(undefined, [0, 0])).toEqual([]);
  });
});

describe('setHoverSignal', () => {
  it('sets the signal when it differs, and ignores a view without it', () => {
    const values: Record<string, unknown> = { hover_segment: null };
    const view = {
      signal: (name: string, ...value: unknown[]) => {
        if (!(name in values)) {
          throw new Error('Unrecognized signal name');
        }
        if (value.length > 0) {
          values[name] = value[0];
        }
        return values[name];
      },
    };
    expect(setHoverSignal(view, 'A')).toBe(true);
    expect(values.hover_segment).toBe('A');
    expect(setHoverSignal(view, 'A')).toBe(false);
    const without = {
      signal: () => {
        throw new Error('Unrecognized signal name');
      },
    };
    expect(setHoverSignal(without, 'A')).toBe(false);
  });
});
