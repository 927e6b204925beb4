import {
  formattedValueToString,
  getDisplayProcessor,
  getFieldDisplayName,
  type DataFrame,
  type Field,
  type FieldConfig,
  type FieldConfigSource,
  type GrafanaTheme2,
} from '@grafana/data';

/** Field config properties the sandbox's simple tables honour (the rest is Grafana's own panels' business). */
const SUPPORTED = new Set(['unit', 'decimals', 'displayName', 'min', 'max', 'noValue']);

function matches(matcher: { id: string; options?: unknown }, name: string): boolean {
  const option = typeof matcher.options === 'string' ? matcher.options : '';
  switch (matcher.id) {
    case 'byName':
      return name === option;
    case 'byRegexp': {
      const slashed = /^\/(.*)\/([gimsuy]*)$/.exec(option);
      try {
        return (slashed ? new RegExp(slashed[1], slashed[2]) : new RegExp(option)).test(name);
      } catch {
        return false;
      }
    }
    default:
      return false;
  }
}

/** The field's config: panel defaults, then every override whose byName/byRegexp matcher matches, in order. */
export function fieldConfigFor(name: string, source: FieldConfigSource | undefined): FieldConfig {
  const config: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(source?.defaults ?? {})) {
    if (SUPPORTED.has(key)) {
      config[key] = value;
    }
  }
  for (const override of source?.overrides ?? []) {
    if (matches(override.matcher, name)) {
      for (const property of override.properties) {
        if (SUPPORTED.has(property.id)) {
          config[property.id] = property.value;
        }
      }
    }
  }
  return config as FieldConfig;
}

export interface DisplayColumn {
  name: string;
  format: (value: unknown) => string;
  numeric: boolean;
}

/** Column headers and value formatters of a frame, as Grafana's table would show them (units, decimals, time format). */
export function displayColumns(
  frame: DataFrame,
  source: FieldConfigSource | undefined,
  theme: GrafanaTheme2
): DisplayColumn[] {
  return frame.fields.map((field) => {
    const name = getFieldDisplayName(field, frame);
    const withConfig: Field = { ...field, config: { ...field.config, ...fieldConfigFor(name, source) } };
    withConfig.display = getDisplayProcessor({ field: withConfig, theme, timeZone: 'utc' });
    return {
      name: withConfig.config.displayName || name,
      numeric: field.type === 'number',
      format: (value: unknown) =>
        value === null || value === undefined ? '' : formattedValueToString(withConfig.display!(value)),
    };
  });
}
