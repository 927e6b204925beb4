import { runPanelQuery, type TimeRangeMs, type VariableValue, type Warehouse } from '../sql';
import { toFrameJson, type DataFrameJSON } from './frameJson';
import { HttpError } from './httpBody';
import { timeSeriesFromTable } from './longToWide';

/** The data source the sandbox answers for (provisioning/datasources/warehouse.yaml). */
export const WAREHOUSE_DATASOURCE = { type: 'grafana-postgresql-datasource', uid: 'segment-warehouse' } as const;

export const MAX_QUERIES = 20;

export interface DsQuery {
  refId: string;
  rawSql: string;
  format: 'table' | 'time_series';
  datasource?: { type?: string; uid?: string };
  hide?: boolean;
}

/**
 * POST /api/ds/query as Grafana's frontend sends it (`from`, `to` as epoch-millisecond strings, `queries`),
 * plus `variables`: the sandbox interpolates dashboard variables on the server (Grafana does it in the
 * browser before the request), with the SQL data sources' quoting rules (see sql/macros.ts).
 */
export interface DsQueryRequest {
  queries: DsQuery[];
  range: TimeRangeMs;
  variables: Record<string, VariableValue>;
  intervalMs?: number;
}

export interface DsQueryResult {
  status: number;
  frames: DataFrameJSON[];
  error?: string;
  errorSource?: 'downstream' | 'plugin';
}

export interface DsQueryResponse {
  /** 200 when every query ran; 207 (Grafana's multi-status mode) when one or more failed. */
  status: 200 | 207;
  body: { results: Record<string, DsQueryResult> };
}

function bad(message: string): never {
  throw new HttpError(400, message);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function parseTime(value: unknown, name: string): number {
  const ms =
    typeof value === 'number'
      ? value
      : typeof value === 'string' && /^\d+$/.test(value)
        ? Number(value)
        : typeof value === 'string'
          ? Date.parse(value)
          : NaN;
  if (!Number.isFinite(ms)) {
    bad(`"${name}" must be epoch milliseconds or an ISO date, got ${JSON.stringify(value)}`);
  }
  return ms;
}

function parseVariables(value: unknown): Record<string, VariableValue> {
  if (value === undefined) {
    return {};
  }
  if (!isRecord(value)) {
    bad('"variables" must be an object of name → string or string[]');
  }
  const out: Record<string, VariableValue> = {};
  for (const [name, v] of Object.entries(value)) {
    if (typeof v === 'string') {
      out[name] = v;
    } else if (Array.isArray(v) && v.every((s) => typeof s === 'string')) {
      out[name] = v as string[];
    } else {
      bad(`variable "${name}" must be a string or an array of strings`);
    }
  }
  return out;
}

function parseQuery(value: unknown, index: number): DsQuery {
  if (!isRecord(value)) {
    bad(`queries[${index}] must be an object`);
  }
  const refId = value.refId === undefined ? String.fromCharCode(65 + index) : value.refId;
  if (typeof refId !== 'string' || refId === '') {
    bad(`queries[${index}].refId must be a non-empty string`);
  }
  if (typeof value.rawSql !== 'string') {
    bad(`queries[${index}] (${refId}) has no rawSql`);
  }
  const format = value.format ?? 'table';
  if (format !== 'table' && format !== 'time_series') {
    bad(`queries[${index}] (${refId}): format must be "table" or "time_series", got ${JSON.stringify(format)}`);
  }
  return {
    refId,
    rawSql: value.rawSql,
    format,
    datasource: isRecord(value.datasource) ? (value.datasource as DsQuery['datasource']) : undefined,
    hide: value.hide === true,
  };
}

/** Validates a request body; throws HttpError(400) naming what is wrong. */
export function parseDsQueryRequest(body: unknown): DsQueryRequest {
  if (!isRecord(body)) {
    bad('the request body must be a JSON object with "queries"');
  }
  if (!Array.isArray(body.queries) || body.queries.length === 0) {
    bad('"queries" must be a non-empty array');
  }
  if (body.queries.length > MAX_QUERIES) {
    bad(`too many queries: ${body.queries.length} (at most ${MAX_QUERIES})`);
  }
  const range = isRecord(body.range) ? body.range : body;
  const queries = body.queries.map(parseQuery);
  const refIds = queries.map((q) => q.refId);
  const duplicate = refIds.find((id, i) => refIds.indexOf(id) !== i);
  if (duplicate) {
    bad(`duplicate refId "${duplicate}"`);
  }
  const intervalMs = body.intervalMs === undefined ? undefined : Number(body.intervalMs);
  return {
    queries,
    range: { from: parseTime(range.from, 'from'), to: parseTime(range.to, 'to') },
    variables: parseVariables(body.variables),
    intervalMs: intervalMs !== undefined && Number.isFinite(intervalMs) && intervalMs > 0 ? intervalMs : undefined,
  };
}

function datasourceError(query: DsQuery): string | undefined {
  const uid = query.datasource?.uid;
  if (uid !== undefined && uid !== WAREHOUSE_DATASOURCE.uid) {
    return `data source "${uid}" not found: the sandbox provides only "${WAREHOUSE_DATASOURCE.uid}" (${WAREHOUSE_DATASOURCE.type})`;
  }
  return undefined;
}

async function runOne(
  warehouse: () => Promise<Warehouse>,
  query: DsQuery,
  request: DsQueryRequest
): Promise<DsQueryResult> {
  const unknownDs = datasourceError(query);
  if (unknownDs) {
    return { status: 400, frames: [], error: unknownDs, errorSource: 'plugin' };
  }
  try {
    const frame = await runPanelQuery(await warehouse(), query, {
      variables: request.variables,
      timeRange: request.range,
      intervalMs: request.intervalMs,
    });
    const shaped = query.format === 'time_series' ? timeSeriesFromTable(frame) : frame;
    return { status: 200, frames: [toFrameJson(shaped)] };
  } catch (e) {
    return { status: 400, frames: [], error: e instanceof Error ? e.message : String(e), errorSource: 'downstream' };
  }
}

/** Runs every query that is not hidden (in order: the warehouse runs one statement at a time). */
export async function runDsQuery(
  warehouse: () => Promise<Warehouse>,
  request: DsQueryRequest
): Promise<DsQueryResponse> {
  const results: Record<string, DsQueryResult> = {};
  for (const query of request.queries) {
    if (!query.hide) {
      results[query.refId] = await runOne(warehouse, query, request);
    }
  }
  const failed = Object.values(results).some((r) => r.error !== undefined);
  return { status: failed ? 207 : 200, body: { results } };
}
