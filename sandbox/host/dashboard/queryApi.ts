import type { DataFrame } from '@grafana/data';
import { parseFrames } from '../frames';
import type { DashboardJson, DataSourceRef, PanelTarget } from './types';
import type { VariableValues } from './variables';

/** The body of POST /api/ds/query (Grafana's shape plus the variables the server interpolates). */
export interface QueryRequest {
  from: string;
  to: string;
  queries: Array<{ refId: string; rawSql: string; format: string; datasource?: DataSourceRef }>;
  variables: VariableValues;
}

export interface QueryOutcome {
  frames: DataFrame[];
  /** Errors of the queries that failed, as "A: message" lines; null when all ran. */
  error: string | null;
}

interface QueryResultJson {
  frames?: unknown[];
  error?: string;
}

export function buildQueryRequest(
  targets: PanelTarget[],
  panelDatasource: DataSourceRef | undefined,
  variables: VariableValues,
  range: { fromMs: number; toMs: number }
): QueryRequest {
  return {
    from: String(range.fromMs),
    to: String(range.toMs),
    queries: targets
      .filter((t) => !t.hide && typeof t.rawSql === 'string')
      .map((t) => ({
        refId: t.refId,
        rawSql: t.rawSql!,
        format: t.format ?? 'table',
        datasource: t.datasource ?? panelDatasource,
      })),
    variables,
  };
}

/** Runs a request on the sandbox server; an HTTP or network failure becomes the outcome's error. */
export async function runQueryRequest(body: string): Promise<QueryOutcome> {
  let json: { results?: Record<string, QueryResultJson>; message?: string };
  try {
    const response = await fetch('/api/ds/query', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body,
    });
    json = await response.json();
    if (!json.results) {
      return { frames: [], error: json.message ?? `HTTP ${response.status}` };
    }
  } catch (e) {
    return { frames: [], error: `the query could not be sent: ${(e as Error).message}` };
  }
  const errors = Object.entries(json.results)
    .filter(([, r]) => r.error)
    .map(([refId, r]) => `${refId}: ${r.error}`);
  const ok = Object.fromEntries(Object.entries(json.results).filter(([, r]) => !r.error));
  return { frames: parseFrames({ results: ok }), error: errors.length ? errors.join('\n') : null };
}

/**
 * A dashboard by reference: a uid or file name of provisioning/dashboards (through /api/dashboards/uid/…),
 * or a URL path (`/…` — the render CLI serves a dashboard file given by path that way).
 */
export async function fetchDashboard(ref: string): Promise<DashboardJson> {
  const url = ref.startsWith('/') ? ref : `/api/dashboards/uid/${encodeURIComponent(ref)}`;
  const response = await fetch(url);
  const json = await response.json().catch(() => null);
  if (!response.ok || !json) {
    throw new Error(`cannot load dashboard "${ref}": ${json?.message ?? `HTTP ${response.status}`}`);
  }
  const dashboard = (json.dashboard ?? json) as DashboardJson;
  if (!Array.isArray(dashboard.panels)) {
    throw new Error(`"${ref}" is not a Grafana dashboard (no "panels")`);
  }
  return dashboard;
}

export interface DashboardListItem {
  uid: string;
  title: string;
}

export async function fetchDashboardList(): Promise<DashboardListItem[]> {
  const response = await fetch('/api/search');
  return response.ok ? response.json() : [];
}
