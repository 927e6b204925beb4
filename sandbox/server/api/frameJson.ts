import type { FieldKind, PlainDataFrame } from '../sql';

/** Grafana's data-plane frame JSON (what /api/ds/query returns): schema + column values. */
export interface DataFrameJSON {
  schema: {
    name?: string;
    refId: string;
    meta?: Record<string, unknown>;
    fields: Array<{
      name: string;
      type: FieldKind;
      typeInfo: { frame: string; nullable: true };
      labels?: Record<string, string>;
      config?: Record<string, unknown>;
    }>;
  };
  data: { values: unknown[][] };
}

/** A plain frame field, possibly with labels (time series after long-to-wide). */
export interface LabeledField {
  name: string;
  type: FieldKind;
  config: Record<string, unknown>;
  values: unknown[];
  labels?: Record<string, string>;
}

const GO_TYPES: Record<FieldKind, string> = {
  number: 'float64',
  string: 'string',
  time: 'time.Time',
  boolean: 'bool',
  other: 'json.RawMessage',
};

/** PlainDataFrame → Grafana's frame JSON. Time values stay epoch milliseconds, as Grafana sends them. */
export function toFrameJson(frame: Omit<PlainDataFrame, 'fields'> & { fields: LabeledField[] }): DataFrameJSON {
  return {
    schema: {
      refId: frame.refId,
      meta: { typeVersion: [0, 0], ...(frame.meta ?? {}) },
      fields: frame.fields.map((field) => ({
        name: field.name,
        type: field.type,
        typeInfo: { frame: GO_TYPES[field.type], nullable: true },
        ...(field.labels ? { labels: field.labels } : {}),
        ...(Object.keys(field.config ?? {}).length ? { config: field.config } : {}),
      })),
    },
    data: { values: frame.fields.map((field) => field.values) },
  };
}
