import * as vega from 'vega';
import type { MeasureText } from '../../spec/guideRoom';

const { textMetrics } = vega as unknown as { textMetrics: { width: (item: unknown, text: string) => number } };

/** Width of a text as Vega measures it when it lays out guides (canvas metrics in a browser, an estimate elsewhere). */
export const vegaTextWidth: MeasureText = (text, style) => textMetrics.width(style, text);
