import type { GrafanaTheme2 } from '@grafana/data';
import type { Config } from 'vega-lite';

/** The colours and fonts a spec needs, read from Grafana's theme (light or dark). */
export interface SpecTheme {
  text: string;
  textSecondary: string;
  border: string;
  divider: string;
  bubble: string;
  ghost: string;
  arrow: string;
  fontFamily: string;
  fontSize: number;
}

export function specThemeFrom(theme: GrafanaTheme2): SpecTheme {
  return {
    text: theme.colors.text.primary,
    textSecondary: theme.colors.text.secondary,
    border: theme.colors.border.weak,
    divider: theme.colors.border.strong,
    bubble: theme.visualization.getColorByName('blue'),
    ghost: theme.colors.text.disabled,
    arrow: theme.colors.text.secondary,
    fontFamily: theme.typography.fontFamily,
    fontSize: theme.typography.fontSize,
  };
}

export function vegaLiteConfig(t: SpecTheme): Config {
  const font = t.fontFamily;
  return {
    background: 'transparent',
    font,
    view: { stroke: 'transparent' },
    axis: {
      labelColor: t.textSecondary,
      titleColor: t.text,
      gridColor: t.border,
      domainColor: t.border,
      tickColor: t.border,
      labelFont: font,
      titleFont: font,
      labelFontSize: t.fontSize - 2,
      titleFontSize: t.fontSize - 1,
      titleFontWeight: 500,
    },
    legend: { labelColor: t.textSecondary, titleColor: t.text, labelFont: font, titleFont: font },
    text: { font, color: t.text },
  };
}
