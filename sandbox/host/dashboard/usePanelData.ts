import { useEffect, useMemo, useState } from 'react';
import type { DataFrame } from '@grafana/data';
import { buildQueryRequest, runQueryRequest } from './queryApi';
import type { PanelJson } from './types';
import { referencedVariables, usesTimeRange, type VariableValues } from './variables';

export interface PanelData {
  /** Frames of the last result (kept while a new query runs, as Grafana does). */
  frames: DataFrame[];
  error: string | null;
  /** Whether a result for the current inputs is still to come. */
  loading: boolean;
  /** Whether any result has arrived yet. */
  received: boolean;
  /** Results received so far. */
  runs: number;
}

interface Received {
  body: string;
  frames: DataFrame[];
  error: string | null;
  runs: number;
}

type Range = { fromMs: number; toMs: number };

/**
 * The request a panel sends, as a string: it only holds the variables the panel's SQL refers to, and the
 * current time range only when the SQL uses it (otherwise the dashboard's saved range), so a change that
 * does not concern the panel leaves the string — and the panel — as it is.
 */
export function panelRequestBody(
  panel: PanelJson,
  values: VariableValues,
  range: Range,
  savedRange: Range
): string | null {
  const targets = (panel.targets ?? []).filter((t) => !t.hide && typeof t.rawSql === 'string');
  if (targets.length === 0) {
    return null;
  }
  const sql = targets.map((t) => t.rawSql).join('\n');
  const used = Object.fromEntries(
    referencedVariables(sql)
      .filter((n) => n in values)
      .map((n) => [n, values[n]])
  );
  return JSON.stringify(buildQueryRequest(targets, panel.datasource, used, usesTimeRange(sql) ? range : savedRange));
}

/** Runs the panel's queries on the sandbox server whenever the request changes. */
export function usePanelData(panel: PanelJson, values: VariableValues, range: Range, savedRange: Range): PanelData {
  const body = useMemo(() => panelRequestBody(panel, values, range, savedRange), [panel, values, range, savedRange]);
  const [received, setReceived] = useState<Received | null>(null);

  useEffect(() => {
    if (body === null) {
      return;
    }
    let cancelled = false;
    runQueryRequest(body).then((outcome) => {
      if (!cancelled) {
        setReceived((previous) => ({ body, ...outcome, runs: (previous?.runs ?? 0) + 1 }));
      }
    });
    return () => {
      cancelled = true;
    };
  }, [body]);

  return {
    frames: received?.frames ?? [],
    error: received?.error ?? null,
    loading: body !== null && received?.body !== body,
    received: body === null || received !== null,
    runs: received?.runs ?? 0,
  };
}
