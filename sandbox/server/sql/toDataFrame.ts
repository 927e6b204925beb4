/**
 * Query result -> Grafana-like plain data frame, with the type mapping of
 * Grafana's Postgres data source. This is the ONE place where database values
 * are normalised:
 *
 * - every numeric type (int2/4/8, oid, numeric, float4/8) -> 'number', JS numbers
 *   (`pg` returns numeric and int8 as strings, PGlite returns numeric as a string
 *   and int8 as a number or bigint);
 * - text/varchar/bpchar/name/char/uuid/json/... -> 'string';
 * - timestamp/timestamptz/date -> 'time', epoch milliseconds (timestamp without
 *   time zone and date are read as UTC, as Grafana does);
 * - bool -> 'boolean';
 * - anything else -> 'other', values as text.
 */

export type FieldKind = 'number' | 'string' | 'time' | 'boolean' | 'other';

/** A column as the warehouse reports it. */
export interface QueryField {
  name: string;
  type: FieldKind;
  dataTypeID: number;
}

/** A query result: rows are arrays in field order (objects keyed by field name are accepted too). */
export interface QueryResult {
  fields: QueryField[];
  rows: Array<unknown[] | Record<string, unknown>>;
}

export interface FrameField {
  name: string;
  type: FieldKind;
  config: Record<string, unknown>;
  values: unknown[];
}

/** Plain (JSON-serialisable) frame, shaped like Grafana's DataFrame. */
export interface PlainDataFrame {
  refId: string;
  fields: FrameField[];
  length: number;
  /** As Grafana's SQL data sources set it: the SQL that ran, after variables and macros. */
  meta?: { executedQueryString?: string };
}

/** Postgres type OIDs used by the mapping. */
export const PG_TYPES = {
  BOOL: 16,
  BYTEA: 17,
  CHAR: 18,
  NAME: 19,
  INT8: 20,
  INT2: 21,
  INT4: 23,
  TEXT: 25,
  OID: 26,
  JSON: 114,
  XML: 142,
  FLOAT4: 700,
  FLOAT8: 701,
  MONEY: 790,
  INET: 869,
  CIDR: 650,
  MACADDR: 829,
  BPCHAR: 1042,
  VARCHAR: 1043,
  DATE: 1082,
  TIME: 1083,
  TIMESTAMP: 1114,
  TIMESTAMPTZ: 1184,
  INTERVAL: 1186,
  TIMETZ: 1266,
  NUMERIC: 1700,
  UUID: 2950,
  JSONB: 3802,
} as const;

const NUMBER_TYPES = new Set<number>([
  PG_TYPES.INT2,
  PG_TYPES.INT4,
  PG_TYPES.INT8,
  PG_TYPES.OID,
  PG_TYPES.FLOAT4,
  PG_TYPES.FLOAT8,
  PG_TYPES.NUMERIC,
]);
const TIME_TYPES = new Set<number>([PG_TYPES.DATE, PG_TYPES.TIMESTAMP, PG_TYPES.TIMESTAMPTZ]);
const STRING_TYPES = new Set<number>([
  PG_TYPES.TEXT,
  PG_TYPES.VARCHAR,
  PG_TYPES.BPCHAR,
  PG_TYPES.NAME,
  PG_TYPES.CHAR,
  PG_TYPES.UUID,
  PG_TYPES.JSON,
  PG_TYPES.JSONB,
  PG_TYPES.XML,
  PG_TYPES.TIME,
  PG_TYPES.TIMETZ,
  PG_TYPES.INTERVAL,
  PG_TYPES.MONEY,
  PG_TYPES.INET,
  PG_TYPES.CIDR,
  PG_TYPES.MACADDR,
]);

/**
 * Types whose values both clients must hand over as the server's text, so that
 * the conversion below sees the same input from `pg` and from PGlite
 * (date and timestamp would otherwise be read in the Node process's time zone;
 * json/interval would be parsed into objects; Date objects from PGlite's
 * worker thread would belong to another realm).
 */
export const RAW_TEXT_TYPES: readonly number[] = [
  PG_TYPES.DATE,
  PG_TYPES.TIMESTAMP,
  PG_TYPES.TIMESTAMPTZ,
  PG_TYPES.TIME,
  PG_TYPES.TIMETZ,
  PG_TYPES.INTERVAL,
  PG_TYPES.JSON,
  PG_TYPES.JSONB,
];

/** Grafana field type for a Postgres type OID. */
export function fieldKindForPgType(dataTypeID: number): FieldKind {
  if (NUMBER_TYPES.has(dataTypeID)) {
    return 'number';
  }
  if (TIME_TYPES.has(dataTypeID)) {
    return 'time';
  }
  if (STRING_TYPES.has(dataTypeID)) {
    return 'string';
  }
  if (dataTypeID === PG_TYPES.BOOL) {
    return 'boolean';
  }
  return 'other';
}

// Values may come from another realm (a worker thread, Jest's sandbox): no instanceof.
function isDate(value: unknown): value is Date {
  return Object.prototype.toString.call(value) === '[object Date]';
}

function isBytes(value: unknown): value is Uint8Array {
  return ArrayBuffer.isView(value) && Object.prototype.toString.call(value) === '[object Uint8Array]';
}

function toNumber(value: unknown): number | null {
  if (value === null || value === undefined) {
    return null;
  }
  if (typeof value === 'number') {
    return value;
  }
  if (typeof value === 'bigint') {
    return Number(value);
  }
  if (typeof value === 'string') {
    const trimmed = value.trim();
    if (trimmed === '') {
      return null;
    }
    if (trimmed === 'NaN') {
      return NaN;
    }
    if (trimmed === 'Infinity') {
      return Infinity;
    }
    if (trimmed === '-Infinity') {
      return -Infinity;
    }
    const n = Number(trimmed);
    return Number.isNaN(n) ? null : n;
  }
  if (typeof value === 'boolean') {
    return value ? 1 : 0;
  }
  return null;
}

const PG_DATETIME =
  /^(\d{4,})-(\d{2})-(\d{2})(?:[ T](\d{2}):(\d{2})(?::(\d{2})(\.\d+)?)?)?\s*(Z|[+-]\d{2}(?::?\d{2}(?::?\d{2})?)?)?\s*(BC)?$/i;

/** Parse Postgres date/timestamp text; without an offset it is UTC. */
export function parsePgDateTime(text: string): number | null {
  const t = text.trim();
  if (t === 'infinity' || t === '-infinity') {
    return null;
  }
  const m = PG_DATETIME.exec(t);
  if (!m) {
    const parsed = Date.parse(t);
    return Number.isNaN(parsed) ? null : parsed;
  }
  let year = Number(m[1]);
  if (m[9]) {
    year = 1 - year; // 1 BC is year 0
  }
  const month = Number(m[2]) - 1;
  const day = Number(m[3]);
  const hour = m[4] ? Number(m[4]) : 0;
  const minute = m[5] ? Number(m[5]) : 0;
  const second = m[6] ? Number(m[6]) : 0;
  const ms = m[7] ? Math.round(Number(m[7]) * 1000) : 0;
  const date = new Date(0);
  date.setUTCFullYear(year, month, day);
  date.setUTCHours(hour, minute, second, ms);
  let epoch = date.getTime();
  const zone = m[8];
  if (zone && zone.toUpperCase() !== 'Z') {
    const sign = zone[0] === '-' ? -1 : 1;
    const digits = zone.slice(1).replace(/:/g, '');
    const offH = Number(digits.slice(0, 2));
    const offM = digits.length >= 4 ? Number(digits.slice(2, 4)) : 0;
    const offS = digits.length >= 6 ? Number(digits.slice(4, 6)) : 0;
    epoch -= sign * ((offH * 60 + offM) * 60 + offS) * 1000;
  }
  return epoch;
}

function toTime(value: unknown): number | null {
  if (value === null || value === undefined) {
    return null;
  }
  if (isDate(value)) {
    const t = value.getTime();
    return Number.isNaN(t) ? null : t;
  }
  if (typeof value === 'number') {
    return value;
  }
  if (typeof value === 'bigint') {
    return Number(value);
  }
  if (typeof value === 'string') {
    return parsePgDateTime(value);
  }
  return null;
}

function toBoolean(value: unknown): boolean | null {
  if (value === null || value === undefined) {
    return null;
  }
  if (typeof value === 'boolean') {
    return value;
  }
  if (typeof value === 'string') {
    const v = value.trim().toLowerCase();
    if (v === 't' || v === 'true') {
      return true;
    }
    if (v === 'f' || v === 'false') {
      return false;
    }
    return null;
  }
  if (typeof value === 'number') {
    return value !== 0;
  }
  return null;
}

function toText(value: unknown): string | null {
  if (value === null || value === undefined) {
    return null;
  }
  if (typeof value === 'string') {
    return value;
  }
  if (isDate(value)) {
    return Number.isNaN(value.getTime()) ? null : value.toISOString();
  }
  if (isBytes(value)) {
    let hex = '\\x';
    for (const byte of value) {
      hex += byte.toString(16).padStart(2, '0');
    }
    return hex;
  }
  if (typeof value === 'bigint') {
    return value.toString();
  }
  if (typeof value === 'object') {
    return JSON.stringify(value, (_k, v: unknown) => (typeof v === 'bigint' ? v.toString() : v));
  }
  return String(value);
}

/** Convert one database value to the frame representation of `kind`. */
export function normalizeValue(value: unknown, kind: FieldKind): unknown {
  switch (kind) {
    case 'number':
      return toNumber(value);
    case 'time':
      return toTime(value);
    case 'boolean':
      return toBoolean(value);
    case 'string':
    case 'other':
      return toText(value);
  }
}

/** Convert a query result into a plain Grafana-like frame. */
export function toDataFrame(result: QueryResult, refId = 'A'): PlainDataFrame {
  const kinds = result.fields.map((f) => fieldKindForPgType(f.dataTypeID));
  const fields: FrameField[] = result.fields.map((f, i) => ({
    name: f.name,
    type: kinds[i],
    config: {},
    values: new Array<unknown>(result.rows.length),
  }));
  result.rows.forEach((row, r) => {
    for (let c = 0; c < fields.length; c++) {
      const raw = Array.isArray(row) ? row[c] : (row as Record<string, unknown>)[result.fields[c].name];
      fields[c].values[r] = normalizeValue(raw, kinds[c]);
    }
  });
  return { refId, fields, length: result.rows.length };
}
