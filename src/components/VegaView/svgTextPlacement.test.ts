import { parse, View, type Spec } from 'vega';
import { registerSvgTextPlacement, textPlacement, type TextItem } from './svgTextPlacement';

/** What an attribute function emits for an item, as name → value. */
function emitted(attr: ReturnType<typeof textPlacement>, item: TextItem) {
  const out: Record<string, unknown> = {};
  attr((name, value) => {
    out[name] = value;
  }, item);
  return out;
}

const vegaLike = (emit: (name: string, value: unknown) => void, item: TextItem) => {
  emit('text-anchor', 'middle');
  emit(
    'transform',
    item.angle ? `translate(${item.x},${item.y}) rotate(${item.angle})` : `translate(${item.x},${item.y})`
  );
};

describe('textPlacement', () => {
  const placed = textPlacement(vegaLike);

  it('turns a plain translation into x and y, and removes the transform', () => {
    expect(emitted(placed, { x: 12.5, y: 40, text: 'SMB' })).toEqual({
      'text-anchor': 'middle',
      x: '12.5',
      y: '40',
      transform: null,
    });
  });

  it('keeps the transform of a rotated text', () => {
    expect(emitted(placed, { x: 10, y: 20, angle: -90, text: 'Value' })).toEqual({
      'text-anchor': 'middle',
      transform: 'translate(10,20) rotate(-90)',
    });
  });

  it('keeps the transform of a text on several lines (its lines restart at x = 0)', () => {
    expect(emitted(placed, { x: 10, y: 20, text: ['one', 'two'] })).toEqual({
      'text-anchor': 'middle',
      transform: 'translate(10,20)',
    });
  });
});

describe('registerSvgTextPlacement', () => {
  const spec: Spec = {
    width: 200,
    height: 100,
    marks: [
      { type: 'text', encode: { enter: { x: { value: 30 }, y: { value: 40 }, text: { value: 'plain' } } } },
      {
        type: 'text',
        encode: { enter: { x: { value: 50 }, y: { value: 60 }, angle: { value: -90 }, text: { value: 'turned' } } },
      },
    ],
  };

  it("places Vega's own SVG texts by x and y, rotated ones by their transform", async () => {
    registerSvgTextPlacement();
    registerSvgTextPlacement(); // once is enough: a second call changes nothing
    const svg = await new View(parse(spec), { renderer: 'none' }).toSVG();
    expect(svg).toMatch(/<text [^>]*x="30" y="40"[^>]*>plain<\/text>/);
    expect(svg).not.toMatch(/<text [^>]*transform="translate\(30,40\)"/);
    expect(svg).toMatch(/<text [^>]*transform="translate\(50,60\) rotate\(-90\)"[^>]*>turned<\/text>/);
  });
});
