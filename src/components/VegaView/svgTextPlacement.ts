import * as vega from 'vega';

/**
 * Vega's SVG renderers place every text with a `transform="translate(x,y)"`. In Chromium each transformed
 * SVG text gets a transform node of its own in the paint property trees and a paint chunk of its own: at 6
 * segments the chart's 47 texts cost about 0.4 ms of the first frame more than the same texts placed with
 * `x` and `y`. Texts on one line and without an angle are placed with `x` and `y` here; rotated texts and
 * texts on several lines (whose tspans restart at x = 0) keep Vega's transform. The canvas renderer is
 * untouched; so is the picture (glyph edges may differ by a shade where a position is fractional).
 */

type Emit = (name: string, value: unknown, ns?: string) => void;
type Attr = (emit: Emit, item: TextItem, renderer?: unknown) => void;
export interface TextItem {
  x?: number;
  y?: number;
  angle?: number;
  text?: unknown;
}

const { Marks } = vega as unknown as { Marks: { text: { attr: Attr } } };

const TRANSLATE = /^translate\(([^,()]+),([^,()]+)\)$/;

/** Vega's text attributes, with a plain translation turned into `x` and `y`. */
export function textPlacement(vegaAttr: Attr): Attr {
  return (emit, item, renderer) => {
    const placeByXY = !item.angle && !Array.isArray(item.text);
    vegaAttr(
      (name, value, ns) => {
        const at = placeByXY && name === 'transform' && typeof value === 'string' ? TRANSLATE.exec(value) : null;
        if (at) {
          emit('x', at[1]);
          emit('y', at[2]);
          emit('transform', null);
        } else {
          emit(name, value, ns);
        }
      },
      item,
      renderer
    );
  };
}

let vegaTextAttr: Attr | null = null;

/** Installs the text placement in Vega's SVG renderers (once). */
export function registerSvgTextPlacement(): void {
  if (vegaTextAttr) {
    return;
  }
  vegaTextAttr = Marks.text.attr;
  Marks.text.attr = textPlacement(vegaTextAttr);
}
