import {
  FieldType,
  formattedValueToString,
  getDisplayProcessor,
  type DataFrame,
  type DisplayProcessor,
  type Field,
  type FieldConfig,
  type GrafanaTheme2,
} from '@grafana/data';
import type { FieldRole, MatrixModel } from '../../model/types';

/** Shown where a value is missing. */
export const MISSING = '–';
/** Typographic minus, as Grafana's own formatters use for negative numbers. */
export const MINUS = '−';

export type Format = (value: number | null | undefined) => string;

/** How every number the panel shows is written. Measures follow Grafana's standard field options (unit, decimals). */
export interface Formatters {
  x: Format;
  y: Format;
  size: Format;
  growthMeasure: Format;
  satisfaction: Format;
  resource: Format;
  /** Signed, in the satisfaction field's unit: `+2.5`. */
  satisfactionDelta: Format;
  /** Signed percentage of a fraction: `+23.5%`. */
  growth: Format;
  /** Percentage of a fraction: `31.0%`. */
  share: Format;
  /** Signed percentage points of a fraction difference: `+5 pts`. */
  pts: Format;
}

const ROLE_FOR: Record<'x' | 'y' | 'size' | 'growthMeasure' | 'satisfaction' | 'resource', FieldRole> = {
  x: 'x',
  y: 'y',
  size: 'size',
  growthMeasure: 'growth',
  satisfaction: 'satisfaction',
  resource: 'resource',
};

const isPresent = (v: number | null | undefined): v is number => v !== null && v !== undefined && Number.isFinite(v);

/** Rounds to at most `decimals` decimals and drops trailing zeros: 2.96 → "3", 0.45 → "0.5". */
export function trimmed(v: number, decimals = 1): string {
  const f = Math.pow(10, decimals);
  const r = Math.round(v * f) / f;
  return String(Object.is(r, -0) ? 0 : r);
}

function sign(v: number): string {
  return v > 0 ? '+' : v < 0 ? MINUS : '';
}

/** A field by name in the frames: exact name, display name, or a wide-format column `<prefix><name>`. */
export function findField(series: DataFrame[], name: string | null): Field | undefined {
  if (!name) {
    return undefined;
  }
  const fields = series.flatMap((f) => f.fields);
  // Wide format: the last prefixed column, usually the current period's.
  const prefixed = fields.filter((f) => f.name.endsWith(name) && f.name.length > name.length);
  return (
    fields.find((f) => f.name === name) ??
    fields.find((f) => f.config.displayName === name || f.state?.displayName === name) ??
    prefixed[prefixed.length - 1]
  );
}

function processorFor(field: Field | undefined, defaults: FieldConfig, theme: GrafanaTheme2, decimals?: number): DisplayProcessor {
  if (field?.display && decimals === undefined) {
    return field.display;
  }
  const config = field ? { ...defaults, ...field.config } : { ...defaults };
  return getDisplayProcessor({ field: { type: FieldType.number, config: decimals === undefined ? config : { ...config, decimals } }, theme });
}

function formatWith(processor: DisplayProcessor): Format {
  return (v) => (isPresent(v) ? formattedValueToString(processor(v)) : MISSING);
}

/**
 * A signed delta in the field's unit. The field's decimals when set; otherwise at most one decimal
 * (none for whole numbers): `+4`, `+2.5`, `−1.9`.
 */
function signedWith(field: Field | undefined, defaults: FieldConfig, theme: GrafanaTheme2): Format {
  const configured = field?.config.decimals ?? defaults.decimals;
  const fixed = configured === null || configured === undefined ? null : processorFor(field, defaults, theme);
  const whole = processorFor(field, defaults, theme, 0);
  const oneDecimal = processorFor(field, defaults, theme, 1);
  return (v) => {
    if (!isPresent(v)) {
      return MISSING;
    }
    const abs = Math.abs(v);
    const rounded = Number(trimmed(abs));
    const processor = fixed ?? (Number.isInteger(rounded) ? whole : oneDecimal);
    const text = formattedValueToString(processor(fixed ? abs : rounded));
    return `${rounded === 0 && !fixed ? '' : sign(v)}${text}`;
  };
}

export function buildFormatters(model: MatrixModel, series: DataFrame[], defaults: FieldConfig, theme: GrafanaTheme2): Formatters {
  const measure = {} as Record<keyof typeof ROLE_FOR, Format>;
  const fields = {} as Record<keyof typeof ROLE_FOR, Field | undefined>;
  for (const key of Object.keys(ROLE_FOR) as Array<keyof typeof ROLE_FOR>) {
    fields[key] = findField(series, model.fieldsUsed[ROLE_FOR[key]]);
    measure[key] = formatWith(processorFor(fields[key], defaults, theme));
  }
  return {
    ...measure,
    satisfactionDelta: signedWith(fields.satisfaction, defaults, theme),
    growth: (v) => (isPresent(v) ? `${sign(v)}${Math.abs(v * 100).toFixed(1)}%` : MISSING),
    share: (v) => (isPresent(v) ? `${(v * 100).toFixed(1)}%` : MISSING),
    pts: (v) => (isPresent(v) ? `${sign(v)}${trimmed(Math.abs(v * 100))} pts` : MISSING),
  };
}
