import { fieldKindForPgType, normalizeValue, parsePgDateTime, PG_TYPES, QueryResult, toDataFrame } from './toDataFrame';

const field = (name: string, dataTypeID: number) => ({ name, dataTypeID, type: fieldKindForPgType(dataTypeID) });

describe('fieldKindForPgType (Grafana Postgres mapping)', () => {
  it.each([
    ['int2', PG_TYPES.INT2, 'number'],
    ['int4', PG_TYPES.INT4, 'number'],
    ['int8', PG_TYPES.INT8, 'number'],
    ['oid', PG_TYPES.OID, 'number'],
    ['float4', PG_TYPES.FLOAT4, 'number'],
    ['float8', PG_TYPES.FLOAT8, 'number'],
    ['numeric', PG_TYPES.NUMERIC, 'number'],
    ['text', PG_TYPES.TEXT, 'string'],
    ['varchar', PG_TYPES.VARCHAR, 'string'],
    ['bpchar', PG_TYPES.BPCHAR, 'string'],
    ['name', PG_TYPES.NAME, 'string'],
    ['char', PG_TYPES.CHAR, 'string'],
    ['uuid', PG_TYPES.UUID, 'string'],
    ['json', PG_TYPES.JSON, 'string'],
    ['jsonb', PG_TYPES.JSONB, 'string'],
    ['interval', PG_TYPES.INTERVAL, 'string'],
    ['time', PG_TYPES.TIME, 'string'],
    ['date', PG_TYPES.DATE, 'time'],
    ['timestamp', PG_TYPES.TIMESTAMP, 'time'],
    ['timestamptz', PG_TYPES.TIMESTAMPTZ, 'time'],
    ['bool', PG_TYPES.BOOL, 'boolean'],
    ['bytea', PG_TYPES.BYTEA, 'other'],
    ['int4[]', 1007, 'other'],
    ['unknown oid', 999999, 'other'],
  ])('%s (%i) -> %s', (_name, oid, kind) => {
    expect(fieldKindForPgType(oid)).toBe(kind);
  });
});

describe('normalizeValue', () => {
  it('numbers: strings from pg (numeric, int8), numbers and bigints from PGlite', () => {
    expect(normalizeValue('7.40', 'number')).toBe(7.4);
    expect(normalizeValue('12345678901', 'number')).toBe(12345678901);
    expect(normalizeValue(42, 'number')).toBe(42);
    expect(normalizeValue(BigInt('9007199254740993'), 'number')).toBe(9007199254740992);
    expect(normalizeValue('-0.5', 'number')).toBe(-0.5);
    expect(normalizeValue('NaN', 'number')).toBeNaN();
    expect(normalizeValue('Infinity', 'number')).toBe(Infinity);
    expect(normalizeValue(null, 'number')).toBeNull();
    expect(normalizeValue(undefined, 'number')).toBeNull();
  });

  it('time: Date objects and Postgres text, epoch ms, UTC when no offset', () => {
    const ms = Date.UTC(2024, 0, 1);
    expect(normalizeValue(new Date(ms), 'time')).toBe(ms);
    expect(normalizeValue('2024-01-01', 'time')).toBe(ms);
    expect(normalizeValue('2024-01-01 00:00:00', 'time')).toBe(ms);
    expect(normalizeValue('2024-01-01 02:00:00+02', 'time')).toBe(ms);
    expect(normalizeValue('2023-12-31 19:30:00-04:30', 'time')).toBe(ms);
    expect(normalizeValue('2024-01-01T00:00:00.123456Z', 'time')).toBe(ms + 123);
    expect(normalizeValue('infinity', 'time')).toBeNull();
    expect(normalizeValue(null, 'time')).toBeNull();
  });

  it('booleans', () => {
    expect(normalizeValue(true, 'boolean')).toBe(true);
    expect(normalizeValue('f', 'boolean')).toBe(false);
    expect(normalizeValue(null, 'boolean')).toBeNull();
  });

  it('strings and other values become text', () => {
    expect(normalizeValue('x', 'string')).toBe('x');
    expect(normalizeValue({ a: 1 }, 'string')).toBe('{"a":1}');
    expect(normalizeValue([1, 2], 'other')).toBe('[1,2]');
    expect(normalizeValue(new Uint8Array([0xde, 0xad]), 'other')).toBe('\\xdead');
    expect(normalizeValue(null, 'string')).toBeNull();
  });

  it('parsePgDateTime handles BC and fractional seconds', () => {
    expect(parsePgDateTime('2025-10-01 12:34:56.5')).toBe(Date.UTC(2025, 9, 1, 12, 34, 56, 500));
    const yearZero = new Date(0);
    yearZero.setUTCFullYear(0, 0, 1);
    expect(parsePgDateTime('0001-01-01 BC')).toBe(yearZero.getTime());
  });
});

describe('toDataFrame', () => {
  const result: QueryResult = {
    fields: [
      field('segment', PG_TYPES.TEXT),
      field('period_start', PG_TYPES.TIMESTAMPTZ),
      field('needs', PG_TYPES.FLOAT8),
      field('customers', PG_TYPES.INT8),
      field('revenue', PG_TYPES.NUMERIC),
      field('tier', PG_TYPES.BPCHAR),
      field('is_priority', PG_TYPES.BOOL),
      field('day', PG_TYPES.DATE),
    ],
    rows: [
      ['Enterprise', new Date(Date.UTC(2024, 0, 1)), 7, '150', '9066955.42', 'primary', true, '2024-01-01'],
      ['SMB', new Date(Date.UTC(2024, 3, 1)), 2.1, 1500, '2242313.10', 'secondary', false, null],
    ],
  };

  it('builds a Grafana-like frame with one field per column', () => {
    const frame = toDataFrame(result, 'Q');
    expect(frame.refId).toBe('Q');
    expect(frame.length).toBe(2);
    expect(frame.fields.map((f) => [f.name, f.type])).toEqual([
      ['segment', 'string'],
      ['period_start', 'time'],
      ['needs', 'number'],
      ['customers', 'number'],
      ['revenue', 'number'],
      ['tier', 'string'],
      ['is_priority', 'boolean'],
      ['day', 'time'],
    ]);
    expect(frame.fields[1].values).toEqual([Date.UTC(2024, 0, 1), Date.UTC(2024, 3, 1)]);
    expect(frame.fields[3].values).toEqual([150, 1500]);
    expect(frame.fields[4].values).toEqual([9066955.42, 2242313.1]);
    expect(frame.fields[7].values).toEqual([Date.UTC(2024, 0, 1), null]);
    expect(JSON.parse(JSON.stringify(frame))).toEqual(frame);
  });

  it('accepts object rows and defaults refId to A', () => {
    const frame = toDataFrame({
      fields: [field('a', PG_TYPES.INT4), field('b', PG_TYPES.TEXT)],
      rows: [{ a: 1, b: 'x' }],
    });
    expect(frame.refId).toBe('A');
    expect(frame.fields[0].values).toEqual([1]);
    expect(frame.fields[1].values).toEqual(['x']);
  });

  it('keeps duplicate column names as separate fields (array rows)', () => {
    const frame = toDataFrame({ fields: [field('x', PG_TYPES.INT4), field('x', PG_TYPES.TEXT)], rows: [[1, 'one']] });
    expect(frame.fields.map((f) => f.values[0])).toEqual([1, 'one']);
  });

  it('an empty result has fields and no rows', () => {
    const frame = toDataFrame({ fields: [field('a', PG_TYPES.INT4)], rows: [] });
    expect(frame.length).toBe(0);
    expect(frame.fields[0].values).toEqual([]);
  });
});
