import { dataFrameFromJSON, toDataFrame, type DataFrame, type DataFrameJSON } from '@grafana/data';

type FrameInput = DataFrameJSON | { refId?: string; name?: string; fields: unknown[] };

function isFrameJSON(value: unknown): value is DataFrameJSON {
  return typeof value === 'object' && value !== null && 'schema' in value;
}

function toFrame(value: unknown, index: number): DataFrame {
  if (isFrameJSON(value)) {
    return dataFrameFromJSON(value);
  }
  if (typeof value === 'object' && value !== null && Array.isArray((value as { fields?: unknown }).fields)) {
    const frame = toDataFrame(value);
    return { ...frame, refId: frame.refId ?? String.fromCharCode(65 + (index % 26)) };
  }
  throw new Error(`frame ${index + 1} is neither {fields: [...]} nor Grafana's {schema, data} JSON`);
}

/**
 * Accepts one frame or an array of frames, each either plain `{refId, fields: [{name, type, values}]}`
 * or the DataFrame JSON of Grafana's query inspector (`{schema, data}`), also wrapped as `{frames: [...]}`
 * or `{results: {A: {frames: [...]}}}` (a /api/ds/query response).
 */
export function parseFrames(json: unknown): DataFrame[] {
  if (typeof json === 'object' && json !== null && !Array.isArray(json)) {
    const obj = json as Record<string, unknown>;
    if (obj.results && typeof obj.results === 'object') {
      return Object.entries(obj.results as Record<string, { frames?: FrameInput[] }>).flatMap(([refId, result]) =>
        (result.frames ?? []).map((frame, i) => ({ ...toFrame(frame, i), refId }))
      );
    }
    if (Array.isArray(obj.frames)) {
      return parseFrames(obj.frames);
    }
  }
  const list = Array.isArray(json) ? json : [json];
  return list.map(toFrame);
}
