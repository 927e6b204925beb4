import type { FieldConfigSource } from '@grafana/data';

/** The parts of Grafana's dashboard JSON (schemaVersion 41–42) that the sandbox reads. */
export interface GridPos {
  x: number;
  y: number;
  w: number;
  h: number;
}

export interface DataSourceRef {
  type?: string;
  uid?: string;
}

export interface PanelTarget {
  refId: string;
  rawSql?: string;
  format?: 'table' | 'time_series';
  datasource?: DataSourceRef;
  hide?: boolean;
}

export interface PanelJson {
  id: number;
  type: string;
  title?: string;
  description?: string;
  gridPos: GridPos;
  datasource?: DataSourceRef;
  targets?: PanelTarget[];
  options?: Record<string, unknown>;
  fieldConfig?: FieldConfigSource;
  pluginVersion?: string;
  collapsed?: boolean;
  panels?: PanelJson[];
}

export interface VariableOption {
  text: string;
  value: string;
}

export interface VariableJson {
  name: string;
  type: string;
  label?: string;
  description?: string;
  query?: string | { rawSql?: string; query?: string };
  current?: { text?: string | string[]; value?: string | string[] };
  options?: Array<VariableOption & { selected?: boolean }>;
  datasource?: DataSourceRef;
  multi?: boolean;
  includeAll?: boolean;
  allValue?: string | null;
  hide?: number;
  regex?: string;
}

export interface DashboardLink {
  title: string;
  type: string;
  url?: string;
  tooltip?: string;
  includeVars?: boolean;
  keepTime?: boolean;
}

export interface DashboardJson {
  uid: string;
  title: string;
  description?: string;
  panels: PanelJson[];
  templating?: { list: VariableJson[] };
  time?: { from: string; to: string };
  links?: DashboardLink[];
  schemaVersion?: number;
}

export const SEGMENT_MATRIX_TYPE = 'seglens-segmentmatrix-panel';
