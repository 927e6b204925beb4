/**
 * Grafana's SQL query interpolation for the sandbox, in Grafana's order:
 *
 * 1. template variables, as the frontend does for SQL data sources
 *    (`templateSrv.replace(rawSql, scopedVars, interpolateVariable)`):
 *    `$var`, `${var}`, `[[var]]`, `${var:format}`, `[[var:format]]`.
 *    Without a format, SQL data sources escape a single value (single quotes
 *    doubled, NOT wrapped in quotes: write `'$var'`) and turn a multi-value
 *    (an array here) into a comma-separated list of quoted literals.
 *    Unknown variables are left as they are.
 * 2. the backend's global substitutions (`$__interval`, `$__interval_ms`,
 *    `$__unixEpochFrom()`, `$__unixEpochTo()`), then the Postgres macro engine
 *    (`$__time`, `$__timeEpoch`, `$__timeFilter`, `$__timeFrom`, `$__timeTo`,
 *    `$__timeGroup[Alias]`, `$__unixEpochFilter`, `$__unixEpochNano*`,
 *    `$__unixEpochGroup[Alias]`). Any other `$name(...)` is an error naming it.
 *
 * References: grafana/grafana pkg/tsdb/grafana-postgresql-datasource/macros.go,
 * pkg/tsdb/sqleng (Interpolate), packages/grafana-sql SqlDatasource.interpolateVariable,
 * and the scenes format registry (sqlstring, csv, raw, ...).
 */

export type VariableValue = string | string[];

export interface TimeRangeMs {
  /** epoch milliseconds */
  from: number;
  /** epoch milliseconds */
  to: number;
}

export interface ExpandOptions {
  variables?: Record<string, VariableValue>;
  timeRange: TimeRangeMs;
  /** Query interval for `$__interval` / `$__interval_ms`; default: range / 1000 rounded to a Grafana step. */
  intervalMs?: number;
}

export class MacroError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'MacroError';
  }
}

// ------------------------------------------------------------- variables ----

/** Grafana's template variable syntax (templateSrv / scenes). */
const VARIABLE_REGEX = /\$(\w+)|\[\[(\w+?)(?::(\w+))?\]\]|\$\{(\w+)(?:\.([^:^}]+))?(?::([^}]+))?\}/g;

function escapeSqlQuotes(value: string): string {
  return value.replace(/'/g, "''");
}

function quoteLiteral(value: string): string {
  return `'${escapeSqlQuotes(value)}'`;
}

/** What a SQL data source does with a variable that has no explicit format. */
function sqlDefaultFormat(value: VariableValue): string {
  if (Array.isArray(value)) {
    return value.map(quoteLiteral).join(',');
  }
  return escapeSqlQuotes(value);
}

function regexEscape(value: string): string {
  return value.replace(/[\\^$*+?.()|[\]{}/]/g, '\\$&');
}

function luceneEscape(value: string): string {
  if (value.trim() !== '' && !Number.isNaN(Number(value))) {
    return value;
  }
  return value.replace(/([!*+\-=<>\s&|()[\]{}^~?:\\/"])/g, '\\$1');
}

function encodeURIComponentStrict(value: string): string {
  return encodeURIComponent(value).replace(/[!'()*]/g, (c) => '%' + c.charCodeAt(0).toString(16).toUpperCase());
}

const SQL_STRING_ESCAPES: Record<string, string> = { "'": "''", '"': '\\"' };

function sqlString(value: string): string {
  return `'${value.replace(/'|"/g, (m) => SQL_STRING_ESCAPES[m])}'`;
}

function formatDate(value: VariableValue, args: string[]): string {
  const text = Array.isArray(value) ? (value[0] ?? '') : value;
  const ms = parseInt(text, 10);
  if (Number.isNaN(ms)) {
    return 'NaN';
  }
  const arg = args[0] ?? 'iso';
  switch (arg) {
    case 'ms':
      return text;
    case 'seconds':
      return String(Math.round(ms / 1000));
    case 'iso':
      return new Date(ms).toISOString();
    default:
      throw new MacroError(`Unsupported date format "${args.join(':')}" (supported: iso, ms, seconds)`);
  }
}

type Formatter = (value: VariableValue, args: string[], name: string) => string;

/** Grafana's variable formats (format registry). */
const FORMATS: Record<string, Formatter> = {
  raw: (v) => (Array.isArray(v) ? v.join(',') : v),
  sqlstring: (v) => (Array.isArray(v) ? v.map(sqlString).join(',') : sqlString(v)),
  csv: (v) => (Array.isArray(v) ? v.join(',') : v),
  singlequote: (v) => {
    const q = (s: string) => `'${s.replace(/'/g, "\\'")}'`;
    return Array.isArray(v) ? v.map(q).join(',') : q(v);
  },
  doublequote: (v) => {
    const q = (s: string) => `"${s.replace(/"/g, '\\"')}"`;
    return Array.isArray(v) ? v.map(q).join(',') : q(v);
  },
  pipe: (v) => (Array.isArray(v) ? v.join('|') : v),
  join: (v, args) => (Array.isArray(v) ? v.join(args[0] ?? ',') : v),
  json: (v) => (typeof v === 'string' ? v : JSON.stringify(v)),
  regex: (v) => {
    if (!Array.isArray(v)) {
      return regexEscape(v);
    }
    const escaped = v.map(regexEscape);
    return escaped.length === 1 ? escaped[0] : `(${escaped.join('|')})`;
  },
  lucene: (v) => {
    if (!Array.isArray(v)) {
      return luceneEscape(v);
    }
    if (v.length === 0) {
      return '__empty__';
    }
    return `(${v.map((s) => `"${luceneEscape(s)}"`).join(' OR ')})`;
  },
  glob: (v) => (Array.isArray(v) ? (v.length > 1 ? `{${v.join(',')}}` : v.join(',')) : v),
  distributed: (v, _a, name) => (Array.isArray(v) ? v.map((s, i) => (i === 0 ? s : `${name}=${s}`)).join(',') : v),
  text: (v) => (Array.isArray(v) ? v.join(' + ') : v),
  percentencode: (v) => encodeURIComponentStrict(Array.isArray(v) ? `{${v.join(',')}}` : v),
  queryparam: (v, _a, name) =>
    (Array.isArray(v) ? v : [v]).map((s) => `var-${name}=${encodeURIComponentStrict(s)}`).join('&'),
  date: (v, args) => formatDate(v, args),
};

/** Grafana interval text (gtime.FormatInterval). */
export function formatInterval(ms: number): string {
  const second = 1000;
  const minute = 60 * second;
  const hour = 60 * minute;
  const day = 24 * hour;
  const year = 365 * day;
  if (ms >= year) {
    return `${Math.floor(ms / year)}y`;
  }
  if (ms >= day) {
    return `${Math.floor(ms / day)}d`;
  }
  if (ms >= hour) {
    return `${Math.floor(ms / hour)}h`;
  }
  if (ms >= minute) {
    return `${Math.floor(ms / minute)}m`;
  }
  if (ms >= second) {
    return `${Math.floor(ms / second)}s`;
  }
  if (ms >= 1) {
    return `${Math.floor(ms)}ms`;
  }
  return '1ms';
}

const NICE_INTERVALS_MS = [
  1, 10, 20, 50, 100, 200, 500, 1000, 2000, 5000, 10000, 15000, 20000, 30000, 60000, 120000, 300000, 600000, 900000,
  1200000, 1800000, 3600000, 7200000, 10800000, 21600000, 43200000, 86400000, 604800000, 2592000000, 31536000000,
];

/** A Grafana-like default interval: the range over ~1000 points, rounded up to a round step. */
export function defaultIntervalMs(timeRange: TimeRangeMs): number {
  const raw = Math.max(1, (timeRange.to - timeRange.from) / 1000);
  return NICE_INTERVALS_MS.find((n) => n >= raw) ?? NICE_INTERVALS_MS[NICE_INTERVALS_MS.length - 1];
}

function builtInVariables(options: ExpandOptions, intervalMs: number): Record<string, string> {
  const { from, to } = options.timeRange;
  const range = to - from;
  return {
    __from: String(Math.round(from)),
    __to: String(Math.round(to)),
    __range_ms: String(Math.round(range)),
    __range_s: String(Math.round(range / 1000)),
    __range: formatInterval(range),
    __interval_ms: String(Math.round(intervalMs)),
    __interval: formatInterval(intervalMs),
  };
}

/** Step 1: template variables, as Grafana's frontend does for SQL data sources. */
export function interpolateVariables(sql: string, options: ExpandOptions): string {
  const intervalMs = options.intervalMs ?? defaultIntervalMs(options.timeRange);
  const builtIns = builtInVariables(options, intervalMs);
  const variables: Record<string, VariableValue> = { ...builtIns, ...(options.variables ?? {}) };

  return sql.replace(
    VARIABLE_REGEX,
    (match: string, var1?: string, var2?: string, fmt2?: string, var3?: string, fieldPath?: string, fmt3?: string) => {
      const name = var1 ?? var2 ?? var3;
      if (name === undefined || !Object.prototype.hasOwnProperty.call(variables, name)) {
        return match;
      }
      if (fieldPath !== undefined) {
        // Field paths address object values; sandbox variables are plain strings.
        return match;
      }
      const value = variables[name];
      const format = fmt2 ?? fmt3;
      if (format === undefined) {
        return sqlDefaultFormat(value);
      }
      const [id, ...args] = format.split(':');
      const formatter = FORMATS[id];
      if (!formatter) {
        throw new MacroError(`Unknown variable format "${id}" in ${match}`);
      }
      return formatter(value, args, name);
    }
  );
}

// ---------------------------------------------------------------- macros ----

const MACRO_REGEX = /\$([_a-zA-Z0-9]+)\(([^)]*)\)/g;

/** Go's time.RFC3339Nano in UTC: fraction without trailing zeros, none when zero. */
export function formatRfc3339Nano(ms: number): string {
  const iso = new Date(ms).toISOString(); // YYYY-MM-DDTHH:mm:ss.sssZ
  const [main, fraction] = iso.slice(0, -1).split('.');
  const trimmed = (fraction ?? '').replace(/0+$/, '');
  return trimmed ? `${main}.${trimmed}Z` : `${main}Z`;
}

const INTERVAL_UNITS_MS: Record<string, number> = {
  ns: 1e-6,
  us: 1e-3,
  µs: 1e-3,
  ms: 1,
  s: 1000,
  m: 60000,
  h: 3600000,
  d: 86400000,
  w: 604800000,
  M: 2592000000,
  y: 31536000000,
};

/** gtime.ParseInterval-like: '5m', '1h', '1d', '1w', '1M', '1y', '300ms', '1h30m'. Returns seconds. */
export function parseIntervalSeconds(text: string): number {
  const t = text.trim().replace(/^'|'$/g, '');
  const single = /^(\d+(?:\.\d+)?)(ns|us|µs|ms|s|m|h|d|w|M|y)$/.exec(t);
  if (single) {
    return (Number(single[1]) * INTERVAL_UNITS_MS[single[2]]) / 1000;
  }
  if (/^(\d+(?:\.\d+)?(ns|us|µs|ms|s|m|h))+$/.test(t)) {
    let total = 0;
    for (const part of t.matchAll(/(\d+(?:\.\d+)?)(ns|us|µs|ms|s|m|h)/g)) {
      total += Number(part[1]) * INTERVAL_UNITS_MS[part[2]];
    }
    return total / 1000;
  }
  throw new MacroError(`error parsing interval ${text}`);
}

function validateFill(arg: string): void {
  const v = arg.trim();
  if (v === 'NULL' || v === 'previous' || v === '' || !Number.isNaN(Number(v))) {
    return;
  }
  throw new MacroError(`error parsing fill value ${arg}`);
}

function evaluateMacro(name: string, args: string[], range: TimeRangeMs): string {
  const needColumn = () => {
    if (args.length === 0 || args[0] === '') {
      throw new MacroError(`missing time column argument for macro ${name}`);
    }
  };
  const fromS = Math.floor(range.from / 1000);
  const toS = Math.floor(range.to / 1000);
  const fromNs = BigInt(Math.round(range.from)) * BigInt(1000000);
  const toNs = BigInt(Math.round(range.to)) * BigInt(1000000);

  switch (name) {
    case '__time':
      needColumn();
      return `${args[0]} AS "time"`;
    case '__timeEpoch':
      needColumn();
      return `extract(epoch from ${args[0]}) as "time"`;
    case '__timeFilter':
      needColumn();
      return `${args[0]} BETWEEN '${formatRfc3339Nano(range.from)}' AND '${formatRfc3339Nano(range.to)}'`;
    case '__timeFrom':
      return `'${formatRfc3339Nano(range.from)}'`;
    case '__timeTo':
      return `'${formatRfc3339Nano(range.to)}'`;
    case '__timeGroup':
    case '__timeGroupAlias': {
      if (args.length < 2) {
        throw new MacroError(`macro ${name} needs time column and interval and optional fill value`);
      }
      const seconds = parseIntervalSeconds(args[1]);
      if (args.length === 3) {
        validateFill(args[2]);
      }
      const expr = `floor(extract(epoch from ${args[0]})/${seconds})*${seconds}`;
      return name === '__timeGroupAlias' ? `${expr} AS "time"` : expr;
    }
    case '__unixEpochFilter':
      needColumn();
      return `${args[0]} >= ${fromS} AND ${args[0]} <= ${toS}`;
    case '__unixEpochNanoFilter':
      needColumn();
      return `${args[0]} >= ${fromNs} AND ${args[0]} <= ${toNs}`;
    case '__unixEpochNanoFrom':
      return `${fromNs}`;
    case '__unixEpochNanoTo':
      return `${toNs}`;
    case '__unixEpochGroup':
    case '__unixEpochGroupAlias': {
      if (args.length < 2) {
        throw new MacroError(`macro ${name} needs time column and interval and optional fill value`);
      }
      const seconds = parseIntervalSeconds(args[1]);
      if (args.length === 3) {
        validateFill(args[2]);
      }
      const expr = `floor((${args[0]})/${seconds})*${seconds}`;
      return name === '__unixEpochGroupAlias' ? `${expr} AS "time"` : expr;
    }
    default:
      throw new MacroError(`unknown macro "${name}"`);
  }
}

/** Step 2: the backend's global substitutions and the Postgres macro engine. */
export function expandMacros(sql: string, timeRange: TimeRangeMs, intervalMs?: number): string {
  const interval = intervalMs ?? defaultIntervalMs(timeRange);
  let out = sql
    .split('$__interval_ms')
    .join(String(Math.round(interval)))
    .split('$__interval')
    .join(formatInterval(interval))
    .split('$__unixEpochFrom()')
    .join(String(Math.floor(timeRange.from / 1000)))
    .split('$__unixEpochTo()')
    .join(String(Math.floor(timeRange.to / 1000)));

  out = out.replace(MACRO_REGEX, (match: string, name: string, rawArgs: string, offset: number, whole: string) => {
    let macro = name;
    // Grafana: "$__timeGroup(...)," (pre-5.3 usage) means $__timeGroupAlias.
    if (macro === '__timeGroup' && whole[offset + match.length] === ',') {
      macro = '__timeGroupAlias';
    }
    const args = rawArgs.split(',').map((a) => a.trim());
    return evaluateMacro(macro, args, timeRange);
  });
  return out;
}

function assertTimeRange(timeRange: TimeRangeMs): void {
  if (!timeRange || !Number.isFinite(timeRange.from) || !Number.isFinite(timeRange.to)) {
    throw new MacroError('timeRange.from and timeRange.to must be finite epoch milliseconds');
  }
}

/**
 * Expand a panel's rawSql the way Grafana does before it reaches Postgres:
 * template variables first, then the backend macros.
 */
export function expandSql(sql: string, options: ExpandOptions): string {
  assertTimeRange(options.timeRange);
  const withVariables = interpolateVariables(sql, options);
  return expandMacros(withVariables, options.timeRange, options.intervalMs);
}
