import type { PlainDataFrame } from '../sql';
import type { LabeledField } from './frameJson';

/**
 * What Grafana's SQL data sources do with a `format: 'time_series'` result (sqleng + data.LongToWide):
 *
 * - a column named `time` (or `time_sec`) is required and becomes the field `Time`, sorted ascending;
 * - a long result (string columns beside the values) becomes one value field per distinct combination
 *   of the string columns, carried as labels; a time missing for a series is null;
 * - with exactly three columns (time, `metric`, value) the series is named by its `metric` value,
 *   as before Grafana 8.
 */
export function timeSeriesFromTable(
  frame: PlainDataFrame
): Omit<PlainDataFrame, 'fields'> & { fields: LabeledField[] } {
  const timeIndex = frame.fields.findIndex((f) => f.name === 'time' || f.name === 'time_sec');
  if (timeIndex < 0) {
    throw new Error('no time column found: a time series query needs a column named "time"');
  }
  const timeField = frame.fields[timeIndex];
  if (timeField.type !== 'time' && timeField.type !== 'number') {
    throw new Error(`the time column "${timeField.name}" is ${timeField.type}, not a timestamp or epoch number`);
  }
  const toMs = (v: unknown) =>
    typeof v === 'number' && timeField.name === 'time_sec' ? v * 1000 : (v as number | null);
  const rows = Array.from({ length: frame.length }, (_, i) => i)
    .filter((i) => timeField.values[i] !== null && timeField.values[i] !== undefined)
    .sort((a, b) => (toMs(timeField.values[a]) ?? 0) - (toMs(timeField.values[b]) ?? 0));

  const dims = frame.fields.filter((f, i) => i !== timeIndex && f.type === 'string');
  const measures = frame.fields.filter((f, i) => i !== timeIndex && f.type !== 'string');
  const times = [...new Set(rows.map((i) => toMs(timeField.values[i]) as number))];
  const out: LabeledField[] = [{ name: 'Time', type: 'time', config: {}, values: times }];

  if (dims.length === 0) {
    for (const measure of measures) {
      out.push({ ...measure, values: rows.map((i) => measure.values[i]) });
    }
    return { refId: frame.refId, fields: out, length: times.length, meta: frame.meta };
  }

  const series = new Map<string, LabeledField>();
  const timeRow = new Map(times.map((t, i) => [t, i]));
  for (const i of rows) {
    const labels = Object.fromEntries(dims.map((d) => [d.name, d.values[i] === null ? '' : String(d.values[i])]));
    const key = JSON.stringify(labels);
    for (const measure of measures) {
      const id = `${measure.name}\u0000${key}`;
      let field = series.get(id);
      if (!field) {
        field = { name: measure.name, type: measure.type, config: {}, values: times.map(() => null), labels };
        series.set(id, field);
      }
      field.values[timeRow.get(toMs(timeField.values[i]) as number)!] = measure.values[i];
    }
  }
  for (const field of series.values()) {
    const metric =
      frame.fields.length === 3 && field.labels && Object.keys(field.labels).length === 1
        ? field.labels.metric
        : undefined;
    out.push(metric === undefined ? field : { ...field, name: metric, labels: undefined });
  }
  return { refId: frame.refId, fields: out, length: times.length, meta: frame.meta };
}
