/** What the axes' and legends' marks have in common (axisMarks.ts, legendMarks.ts). */
import type { VegaMark } from './marks';
import type { SpecTheme } from './theme';

/**
 * A mark of an axis or a legend, with its role (the SVG class `role-…` and Vega's ARIA rules read it):
 * left out of the accessibility tree (the focus layer and the shift table describe the chart) and not
 * interactive unless the parts say so.
 */
export function guideMark(type: string, role: string, parts: Record<string, unknown>): VegaMark {
  return { type, role, aria: false, interactive: false, ...parts } as VegaMark;
}

/** Font, size, colour and length limit of a guide's text, in Grafana's typeface. */
export function textStyle(theme: SpecTheme, fontSize: number, fill: string, limit?: number) {
  return {
    font: { value: theme.fontFamily },
    fontSize: { value: fontSize },
    fill: { value: fill },
    ...(limit !== undefined ? { limit: { value: limit } } : {}),
  };
}
