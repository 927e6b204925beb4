import { FieldType, type DataFrame, type Field } from '@grafana/data';

import { isNumericText } from './values';

/** What a column holds, sniffed from its type and (for text) its first values. */
export type ColumnKind = 'number' | 'numeric-text' | 'text' | 'time' | 'boolean' | 'other';

/**
 * A column the roles can be mapped to. Long format: one per field (`shared`).
 * Wide format: one per measure base name (`baseline_<m>` / `current_<m>`) plus one per unprefixed field.
 */
export interface Column {
  /** Display name: the field name, or in wide format the measure base name. */
  name: string;
  /** Lower-cased, `_`-joined forms of the name used for guessing. */
  keys: string[];
  kind: ColumnKind;
  shared: Field | null;
  baseline: Field | null;
  current: Field | null;
}

const SNIFF_LIMIT = 20;

export function normalizeName(name: string): string {
  return name
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, '_');
}

/** Names a field is known by (name, display names). */
export function fieldNames(field: Field): string[] {
  const names = [field.name];
  const cfg = field.config;
  if (cfg?.displayName) {
    names.push(cfg.displayName);
  }
  if (cfg?.displayNameFromDS) {
    names.push(cfg.displayNameFromDS);
  }
  const stateName = field.state?.displayName;
  if (stateName) {
    names.push(stateName);
  }
  return names;
}

export function columnKind(field: Field): ColumnKind {
  switch (field.type) {
    case FieldType.number:
      return 'number';
    case FieldType.time:
      return 'time';
    case FieldType.boolean:
      return 'boolean';
    case FieldType.string:
    case FieldType.enum:
    case FieldType.other: {
      const values = field.values;
      let seen = 0;
      let numeric = 0;
      for (let i = 0; i < values.length && seen < SNIFF_LIMIT; i++) {
        const v = values[i];
        if (v === null || v === undefined || v === '') {
          continue;
        }
        seen++;
        if (typeof v === 'number' || isNumericText(v)) {
          numeric++;
        } else if (v instanceof Date && field.type === FieldType.other) {
          return 'time';
        }
      }
      if (seen > 0 && numeric === seen) {
        return 'numeric-text';
      }
      return field.type === FieldType.other ? 'other' : 'text';
    }
    default:
      return 'other';
  }
}

export function isNumericKind(kind: ColumnKind): boolean {
  return kind === 'number' || kind === 'numeric-text';
}

export function longColumns(frame: DataFrame): Column[] {
  return frame.fields.map((f) => ({
    name: f.name,
    keys: unique(fieldNames(f).map(normalizeName)),
    kind: columnKind(f),
    shared: f,
    baseline: null,
    current: null,
  }));
}

function unique(list: string[]): string[] {
  return Array.from(new Set(list));
}

/** Field names of a frame, for error messages. */
export function frameFieldNames(frame: DataFrame | undefined): string[] {
  return frame ? frame.fields.map((f) => f.name) : [];
}
