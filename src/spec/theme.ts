import { colorManipulator, type GrafanaTheme2 } from '@grafana/data';
import type { Config } from 'vega';

/** The colours and fonts a spec needs, read from Grafana's theme (light or dark). */
export interface SpecTheme {
  text: string;
  textSecondary: string;
  border: string;
  divider: string;
  ghost: string;
  arrow: string;
  /** Diverging colour scale: negative end, zero, positive end (colour-blind safe: orange – grey – blue). */
  negative: string;
  neutral: string;
  positive: string;
  /** Colour-by-priority: priority segments and the others. */
  priority: string;
  other: string;
  /** Categorical palette (colour by parent), Grafana's classic palette resolved for this theme. */
  palette: string[];
  /** Tint of the priority quadrants. */
  shading: string;
  quadrantName: string;
  /** Ring around new segments. */
  newRing: string;
  fontFamily: string;
  fontSize: number;
}

export function specThemeFrom(theme: GrafanaTheme2): SpecTheme {
  const viz = theme.visualization;
  const isDark = theme.isDark;
  return {
    text: theme.colors.text.primary,
    textSecondary: theme.colors.text.secondary,
    border: theme.colors.border.weak,
    divider: theme.colors.border.strong,
    ghost: theme.colors.text.disabled,
    arrow: theme.colors.text.primary,
    negative: viz.getColorByName('orange'),
    neutral: viz.getColorByName('gray'),
    positive: viz.getColorByName('blue'),
    priority: viz.getColorByName('blue'),
    other: viz.getColorByName('gray'),
    palette: viz.palette.map((name) => viz.getColorByName(name)),
    shading: colorManipulator.alpha(theme.colors.primary.main, isDark ? 0.1 : 0.06),
    quadrantName: theme.colors.text.secondary,
    newRing: viz.getColorByName(isDark ? 'yellow' : 'dark-yellow'),
    fontFamily: theme.typography.fontFamily,
    fontSize: theme.typography.fontSize,
  };
}

/** Font sizes (px) of the axes' labels and titles. */
export const axisFonts = (t: SpecTheme) => ({ label: t.fontSize - 2, title: t.fontSize - 1 });

export interface LegendFonts {
  label: number;
  title: number;
}

/** Font sizes (px) of the legends' labels and titles (legendMarks.ts draws them, guideRoom.ts reads the config). */
export const legendFonts = (t: SpecTheme): LegendFonts => ({ label: t.fontSize - 2, title: t.fontSize - 2 });

/** Vega config: Grafana's fonts and text colours for axes, legends and texts; no background, no cell outline. */
export function vegaConfig(t: SpecTheme): Config {
  const font = t.fontFamily;
  return {
    background: 'transparent',
    axis: {
      labelColor: t.textSecondary,
      titleColor: t.text,
      gridColor: t.border,
      domainColor: t.border,
      tickColor: t.border,
      labelFont: font,
      titleFont: font,
      labelFontSize: axisFonts(t).label,
      titleFontSize: axisFonts(t).title,
      titleFontWeight: 500,
    },
    legend: {
      labelColor: t.textSecondary,
      titleColor: t.text,
      labelFont: font,
      titleFont: font,
      labelFontSize: legendFonts(t).label,
      titleFontSize: legendFonts(t).title,
      titleFontWeight: 500,
      symbolStrokeColor: t.textSecondary,
    },
    text: { font, fill: t.text },
  };
}
