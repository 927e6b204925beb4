/**
 * The sandbox's SQL engine: run a Grafana panel target's rawSql the way
 * Grafana's Postgres data source does (variables, macros, type mapping).
 */
import { expandSql, TimeRangeMs, VariableValue } from './macros';
import { PlainDataFrame, toDataFrame } from './toDataFrame';
import { Warehouse } from './warehouse';

export * from './macros';
export * from './toDataFrame';
export * from './warehouse';
export * from './resultCache';

/** A panel target as saved in a dashboard (Grafana's SQLQuery, table format). */
export interface PanelSqlTarget {
  refId?: string;
  rawSql: string;
  hide?: boolean;
}

export interface PanelQueryContext {
  variables?: Record<string, VariableValue>;
  timeRange: TimeRangeMs;
  intervalMs?: number;
}

/** Expand, run and convert one target; the frame's meta.executedQueryString holds the SQL that ran. */
export async function runPanelQuery(
  warehouse: Warehouse,
  target: PanelSqlTarget,
  context: PanelQueryContext
): Promise<PlainDataFrame> {
  const sql = expandSql(target.rawSql, context);
  const frame = toDataFrame(await warehouse.query(sql), target.refId ?? 'A');
  return { ...frame, meta: { executedQueryString: sql } };
}
