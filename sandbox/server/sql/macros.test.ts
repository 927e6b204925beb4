import {
  defaultIntervalMs,
  expandMacros,
  expandSql,
  formatInterval,
  formatRfc3339Nano,
  interpolateVariables,
  MacroError,
  parseIntervalSeconds,
} from './macros';

// 2024-01-01T00:00:00Z .. 2025-12-31T23:59:59.5Z
const FROM = Date.UTC(2024, 0, 1);
const TO = Date.UTC(2025, 11, 31, 23, 59, 59, 500);
const timeRange = { from: FROM, to: TO };

const expand = (sql: string, variables: Record<string, string | string[]> = {}, intervalMs?: number) =>
  expandSql(sql, { variables, timeRange, intervalMs });

describe('Postgres macros', () => {
  it('$__timeFilter(col) -> col BETWEEN RFC3339 from AND to (UTC, trailing zeros trimmed)', () => {
    expect(expand('WHERE $__timeFilter(period_start)')).toBe(
      "WHERE period_start BETWEEN '2024-01-01T00:00:00Z' AND '2025-12-31T23:59:59.5Z'"
    );
  });

  it('trims spaces around macro arguments', () => {
    expect(expand('$__timeFilter( t.period_start )')).toBe(
      "t.period_start BETWEEN '2024-01-01T00:00:00Z' AND '2025-12-31T23:59:59.5Z'"
    );
  });

  it('$__timeFrom() and $__timeTo() are quoted timestamps', () => {
    expect(expand('SELECT $__timeFrom(), $__timeTo()')).toBe("SELECT '2024-01-01T00:00:00Z', '2025-12-31T23:59:59.5Z'");
  });

  it('$__time and $__timeEpoch alias the column as "time"', () => {
    expect(expand('SELECT $__time(ts)')).toBe('SELECT ts AS "time"');
    expect(expand('SELECT $__timeEpoch(ts)')).toBe('SELECT extract(epoch from ts) as "time"');
  });

  it('$__timeGroup(col, interval) buckets epoch seconds', () => {
    expect(expand("SELECT $__timeGroup(ts, '1h') AS t")).toBe('SELECT floor(extract(epoch from ts)/3600)*3600 AS t');
    expect(expand('SELECT $__timeGroup(ts, 5m, NULL) AS t')).toBe('SELECT floor(extract(epoch from ts)/300)*300 AS t');
    expect(expand("SELECT $__timeGroupAlias(ts, '1d')")).toBe(
      'SELECT floor(extract(epoch from ts)/86400)*86400 AS "time"'
    );
  });

  it('$__timeGroup followed by a comma gets the "time" alias (Grafana pre-5.3 compatibility)', () => {
    expect(expand('SELECT $__timeGroup(ts, 1h), avg(v)')).toBe(
      'SELECT floor(extract(epoch from ts)/3600)*3600 AS "time", avg(v)'
    );
  });

  it('$__timeGroup uses $__interval', () => {
    expect(expand('SELECT $__timeGroup(ts, $__interval) AS t', {}, 60_000)).toBe(
      'SELECT floor(extract(epoch from ts)/60)*60 AS t'
    );
  });

  it('unix epoch macros', () => {
    const fromS = FROM / 1000;
    const toS = Math.floor(TO / 1000);
    expect(expand('$__unixEpochFilter(t)')).toBe(`t >= ${fromS} AND t <= ${toS}`);
    expect(expand('$__unixEpochFrom() $__unixEpochTo()')).toBe(`${fromS} ${toS}`);
    expect(expand('$__unixEpochNanoFrom()')).toBe(`${FROM}000000`);
    expect(expand('$__unixEpochNanoTo()')).toBe(`${TO}000000`);
    expect(expand('$__unixEpochNanoFilter(t)')).toBe(`t >= ${FROM}000000 AND t <= ${TO}000000`);
    expect(expand("$__unixEpochGroup(t, '1h')")).toBe('floor((t)/3600)*3600');
    expect(expand("$__unixEpochGroupAlias(t, '1h')")).toBe('floor((t)/3600)*3600 AS "time"');
  });

  it('$__interval and $__interval_ms', () => {
    expect(expand('$__interval $__interval_ms', {}, 300_000)).toBe('5m 300000');
    // default: the range over ~1000 points, rounded up to a round step
    expect(expand('$__interval_ms')).toBe(String(defaultIntervalMs(timeRange)));
  });

  it('an unknown macro is an error that names it', () => {
    expect(() => expand('SELECT $__timeFliter(ts)')).toThrow(MacroError);
    expect(() => expand('SELECT $__timeFliter(ts)')).toThrow('unknown macro "__timeFliter"');
    expect(() => expand('SELECT $__nope()')).toThrow('__nope');
  });

  it('macros without their required argument are errors', () => {
    expect(() => expand('$__timeFilter()')).toThrow('missing time column argument for macro __timeFilter');
    expect(() => expand('$__timeGroup(ts)')).toThrow('needs time column and interval');
    expect(() => expand('$__timeGroup(ts, soon)')).toThrow('error parsing interval soon');
  });

  it('leaves SQL without macros alone (dollar quoting, positional parameters, $ in strings)', () => {
    const sql = "SELECT $$a$$, $1, 'costs $5' FROM t";
    expect(expand(sql)).toBe(sql);
  });
});

describe('template variables (SQL data source rules)', () => {
  it('$var, ${var} and [[var]] interpolate a single value escaped but not quoted', () => {
    expect(expand("WHERE segment = '$segment'", { segment: 'Enterprise' })).toBe("WHERE segment = 'Enterprise'");
    expect(expand("WHERE segment = '${segment}'", { segment: 'Enterprise' })).toBe("WHERE segment = 'Enterprise'");
    expect(expand("WHERE segment = '[[segment]]'", { segment: 'Enterprise' })).toBe("WHERE segment = 'Enterprise'");
  });

  it("doubles single quotes in a single value (O'Brien)", () => {
    expect(expand("WHERE name = '$who'", { who: "O'Brien" })).toBe("WHERE name = 'O''Brien'");
  });

  it('a multi-value (array) becomes a quoted, comma-separated list', () => {
    expect(expand('WHERE segment IN ($segments)', { segments: ['Enterprise', "O'Brien"] })).toBe(
      "WHERE segment IN ('Enterprise','O''Brien')"
    );
    expect(expand('WHERE segment IN ($segments)', { segments: ['Enterprise'] })).toBe(
      "WHERE segment IN ('Enterprise')"
    );
    expect(expand('WHERE segment IN ($segments)', { segments: [] })).toBe('WHERE segment IN ()');
  });

  it('${var:sqlstring} quotes and escapes, single and multi', () => {
    expect(expand('= ${who:sqlstring}', { who: "O'Brien" })).toBe("= 'O''Brien'");
    expect(expand('IN (${who:sqlstring})', { who: ["O'Brien", 'Kim'] })).toBe("IN ('O''Brien','Kim')");
    // as in Grafana's scenes format registry, a double quote gets a backslash
    expect(expand('= ${who:sqlstring}', { who: 'say "hi"' })).toBe(`= 'say \\"hi\\"'`);
  });

  it('${var:csv} and ${var:raw} do not quote', () => {
    expect(expand('${v:csv}', { v: ['a', 'b', "c'd"] })).toBe("a,b,c'd");
    expect(expand('${v:csv}', { v: 'a' })).toBe('a');
    expect(expand('${v:raw}', { v: "O'Brien" })).toBe("O'Brien");
    expect(expand('[[v:raw]]', { v: ['a', 'b'] })).toBe('a,b');
  });

  it('other Grafana formats', () => {
    expect(expand('${v:singlequote}', { v: ["it's", 'b'] })).toBe("'it\\'s','b'");
    expect(expand('${v:doublequote}', { v: 'a"b' })).toBe('"a\\"b"');
    expect(expand('${v:pipe}', { v: ['a', 'b'] })).toBe('a|b');
    expect(expand('${v:json}', { v: ['a', 'b'] })).toBe('["a","b"]');
    expect(expand('${v:regex}', { v: ['a.b', 'c'] })).toBe('(a\\.b|c)');
    expect(expand('${v:glob}', { v: ['a', 'b'] })).toBe('{a,b}');
    expect(expand('${v:text}', { v: ['a', 'b'] })).toBe('a + b');
    expect(expand('${v:percentencode}', { v: "a b'" })).toBe('a%20b%27');
    expect(expand('${v:queryparam}', { v: ['a', 'b'] })).toBe('var-v=a&var-v=b');
  });

  it('an unknown format is an error', () => {
    expect(() => expand('${v:nope}', { v: 'a' })).toThrow('Unknown variable format "nope"');
  });

  it('an injection attempt stays inside the quoted literal', () => {
    const attack = "x'; DROP TABLE accounts; --";
    const expected = "SELECT * FROM segment_profiles WHERE segment = 'x''; DROP TABLE accounts; --'";
    expect(expand("SELECT * FROM segment_profiles WHERE segment = '$seg'", { seg: attack })).toBe(expected);
    expect(expand('SELECT * FROM segment_profiles WHERE segment = ${seg:sqlstring}', { seg: attack })).toBe(expected);
    expect(expand('SELECT * FROM segment_profiles WHERE segment IN ($seg)', { seg: [attack] })).toBe(
      "SELECT * FROM segment_profiles WHERE segment IN ('x''; DROP TABLE accounts; --')"
    );
    // every quote in the expansion is paired: the literal never closes early
    const out = expand("WHERE segment = '$seg'", { seg: attack });
    const literal = out.slice(out.indexOf("'"));
    expect(/^'(?:[^']|'')*'$/.test(literal)).toBe(true);
  });

  it('unknown variables and macros that look like variables are left for the next step', () => {
    expect(interpolateVariables('$nope ${nope} [[nope]] $__timeFilter(t)', { timeRange })).toBe(
      '$nope ${nope} [[nope]] $__timeFilter(t)'
    );
  });

  it('built-in $__from / $__to / ${__from:date} / $__range', () => {
    expect(expand('$__from $__to')).toBe(`${FROM} ${TO}`);
    expect(expand('${__from:date}')).toBe('2024-01-01T00:00:00.000Z');
    expect(expand('${__from:date:iso} ${__to:date:seconds} ${__from:date:ms}')).toBe(
      `2024-01-01T00:00:00.000Z ${Math.round(TO / 1000)} ${FROM}`
    );
    expect(expand('$__range_s')).toBe(String(Math.round((TO - FROM) / 1000)));
  });

  it('variables are interpolated before macros (a variable can carry the column)', () => {
    expect(expand('$__timeFilter($col)', { col: 'period_start' })).toBe(
      "period_start BETWEEN '2024-01-01T00:00:00Z' AND '2025-12-31T23:59:59.5Z'"
    );
  });

  it('longest variable name wins ($segment vs $segments)', () => {
    expect(expand('$segment|$segments', { segment: 'a', segments: ['b', 'c'] })).toBe("a|'b','c'");
  });
});

describe('helpers', () => {
  it('formatRfc3339Nano matches Go', () => {
    expect(formatRfc3339Nano(Date.UTC(2024, 0, 1))).toBe('2024-01-01T00:00:00Z');
    expect(formatRfc3339Nano(Date.UTC(2024, 0, 1, 0, 0, 0, 120))).toBe('2024-01-01T00:00:00.12Z');
  });

  it('formatInterval matches gtime.FormatInterval', () => {
    expect(formatInterval(500)).toBe('500ms');
    expect(formatInterval(30_000)).toBe('30s');
    expect(formatInterval(90_000)).toBe('1m');
    expect(formatInterval(7_200_000)).toBe('2h');
    expect(formatInterval(86_400_000 * 3)).toBe('3d');
    expect(formatInterval(86_400_000 * 400)).toBe('1y');
  });

  it('parseIntervalSeconds', () => {
    expect(parseIntervalSeconds("'5m'")).toBe(300);
    expect(parseIntervalSeconds('1w')).toBe(604800);
    expect(parseIntervalSeconds('500ms')).toBe(0.5);
    expect(parseIntervalSeconds('1h30m')).toBe(5400);
  });

  it('expandMacros alone', () => {
    expect(expandMacros('$__timeFrom()', timeRange)).toBe("'2024-01-01T00:00:00Z'");
  });

  it('rejects a missing time range', () => {
    expect(() => expandSql('SELECT 1', { timeRange: { from: NaN, to: 0 } })).toThrow(MacroError);
  });
});
