import { createTheme } from '@grafana/data';
import { DEFAULT_OPTIONS } from '../constants';
import type { DisplayOptions } from '../types';
import { buildSpec, LAYERS } from './buildSpec';
import { conventionalModel } from './fixtures';
import { specThemeFrom } from './theme';
import { ARROW_FIELDS } from './arrows';
import { LABEL_CENTRE, LABEL_TRANSFORM } from './runtime/labelTransform';
import { addPixelMarks, HOVER_SIGNAL, LABEL_LIMIT, VEGA_MARKS } from './vega';

const theme = specThemeFrom(createTheme({ colors: { mode: 'light' } }));
const spec = (display: Partial<DisplayOptions> = {}) =>
  buildSpec({ model: conventionalModel(), display: { ...DEFAULT_OPTIONS.display, ...display }, theme });

type Mark = { name: string; type: string; from?: { data: string }; interactive?: boolean; clip?: boolean; transform?: Array<Record<string, unknown>>; encode: Record<string, Record<string, unknown>> };
const marks = (display: Partial<DisplayOptions> = {}) => (spec(display) as unknown as { marks: Mark[] }).marks;
const mark = (name: string, display: Partial<DisplayOptions> = {}) => marks(display).find((m) => m.name === name)!;

describe('addPixelMarks', () => {
  it('does not modify its input and returns plain JSON', () => {
    const base = { marks: [{ name: 'bubbles_marks', type: 'symbol' }], data: [{ name: 'segments', values: [] }] };
    const copy = JSON.parse(JSON.stringify(base));
    const plan = { dataset: 'segments', root: 'segments', missingArea: 40, after: 'bubbles_marks', arrows: { color: 'red', width: 1, opacity: 1 }, newRings: null, labels: null, hover: null };
    const finished = addPixelMarks(base as never, plan);
    expect(base).toEqual(copy);
    expect(JSON.parse(JSON.stringify(finished))).toEqual(finished);
    expect((finished.marks ?? []).map((m) => m.name)).toEqual(['bubbles_marks', VEGA_MARKS.arrows, VEGA_MARKS.arrowheads]);
  });

  describe('labels', () => {
    const labels = mark(VEGA_MARKS.labels);
    const transform = labels.transform![0];

    it('are placed by the smlabel transform beside each labelled segment’s circle, centred where the scales put it', () => {
      expect(labels.encode.update).toMatchObject({
        [LABEL_CENTRE.x]: { scale: 'x', field: 'anchorX' },
        [LABEL_CENTRE.y]: { scale: 'y', field: 'anchorY' },
      });
      // The labelled rows are the segments' own (filtered, not derived): the placement knows a label's own circles.
      const data = (spec() as unknown as { data: Array<{ name: string; transform?: Array<{ type: string }> }> }).data;
      expect(data.find((d) => d.name === labels.from!.data)!.transform!.map((t) => t.type)).toEqual(['filter']);
      expect(transform).toMatchObject({ type: LABEL_TRANSFORM, size: [{ signal: 'width' }, { signal: 'height' }] });
      // No mark of invisible circles under the labels.
      expect(marks().filter((m) => m.type === 'symbol' && m.encode.enter.opacity !== undefined)).toEqual([]);
    });

    it('keep clear of bubbles, ghosts, arrows, new rings and quadrant names', () => {
      expect(transform.avoidMarks).toEqual(
        expect.arrayContaining([`${LAYERS.bubbles}_marks`, `${LAYERS.ghosts}_marks`, VEGA_MARKS.arrows, VEGA_MARKS.arrowheads, VEGA_MARKS.newRings, `${LAYERS.quadrantNames}_marks`])
      );
      // every avoided mark exists and comes before the labels
      const names = marks().map((m) => m.name);
      for (const avoided of transform.avoidMarks as string[]) {
        expect(names.indexOf(avoided)).toBeGreaterThanOrEqual(0);
        expect(names.indexOf(avoided)).toBeLessThan(names.indexOf(VEGA_MARKS.labels));
      }
    });

    it('are clipped to the plot and cut with an ellipsis, so long names never squeeze the plot', () => {
      expect(labels).toMatchObject({ clip: true, encode: { enter: { limit: { value: LABEL_LIMIT } } } });
    });
  });

  it('draws arrowheads from the same rows as the arrow lines, rotated by the computed angle', () => {
    const line = mark(VEGA_MARKS.arrows);
    const head = mark(VEGA_MARKS.arrowheads);
    expect(head.from).toEqual(line.from);
    expect(head.encode.update.angle).toEqual({ field: ARROW_FIELDS.angle });
    expect(head.encode.update).toMatchObject({ x: { field: ARROW_FIELDS.tipX }, y: { field: ARROW_FIELDS.tipY } });
  });

  it('dims every other segment while one is hovered', () => {
    const vg = spec() as unknown as { signals: Array<{ name: string; on: Array<{ events: string; update: string }> }> };
    const hover = vg.signals.find((s) => s.name === HOVER_SIGNAL)!;
    expect(hover.on.map((o) => o.events).join(' ')).toContain(`@${LAYERS.bubbles}_marks:pointerover`);
    expect(hover.on.some((o) => o.update === 'null')).toBe(true);
    const bubbles = mark(`${LAYERS.bubbles}_marks`);
    expect(JSON.stringify(bubbles.encode.update.opacity)).toContain(HOVER_SIGNAL);
    expect(JSON.stringify(mark(VEGA_MARKS.labels).encode.update.fillOpacity)).toContain(HOVER_SIGNAL);
  });

  it('names each segment mark after its segment (aria-label)', () => {
    for (const name of [VEGA_MARKS.arrows, VEGA_MARKS.arrowheads, VEGA_MARKS.newRings]) {
      expect(mark(name).encode.enter.description).toEqual({ field: 'segment' });
    }
  });
});
