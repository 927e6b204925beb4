/**
 * Model throughput in Node: a long-format history of `segments × periods` rows through buildMatrixModel
 * (src/model, bundled by bench/run.mjs into bench/.build/model.mjs). Prints one JSON line:
 * {rows, segments, periods, runsMs: [...], medianMs, rowsPerSec, segmentsModelled}.
 *
 * The frame is built once, outside the timing, shaped like Grafana's DataFrame (fields with `values`
 * arrays, `length`). `segmentLimit` is raised to the segment count so every segment is modelled (the
 * panel's default limit of 500 would drop 95 % of them after ingest).
 *
 * Usage: node --expose-gc bench/.build/model.mjs --segments 10000 --periods 100 --runs 5
 */
import type { DataFrame } from '@grafana/data';
import { buildMatrixModel } from '../src/model';
import { historyFrame } from './scene';

function arg(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  const v = i >= 0 ? Number(process.argv[i + 1]) : NaN;
  return Number.isFinite(v) && v > 0 ? v : fallback;
}

const segments = arg('segments', 10_000);
const periods = arg('periods', 100);
const runs = Math.max(3, arg('runs', 3));
const gc = (globalThis as { gc?: () => void }).gc;

const frame = historyFrame(segments, periods) as unknown as DataFrame;
const options = { segmentLimit: segments };

function once(): { ms: number; segments: number } {
  gc?.();
  const t0 = performance.now();
  const result = buildMatrixModel([frame], options);
  const ms = performance.now() - t0;
  if (result.kind === 'error') {
    throw new Error(`buildMatrixModel failed: ${result.message}`);
  }
  const model = result.model as unknown as { segments?: unknown[] };
  return { ms, segments: Array.isArray(model?.segments) ? model.segments.length : -1 };
}

once(); // warm-up
const measured = Array.from({ length: runs }, once);
const sorted = measured.map((m) => m.ms).sort((a, b) => a - b);
const medianMs =
  sorted.length % 2 ? sorted[sorted.length >> 1] : (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2;
const rows = segments * periods;
process.stdout.write(
  JSON.stringify({
    rows,
    segments,
    periods,
    runsMs: measured.map((m) => Math.round(m.ms * 10) / 10),
    medianMs: Math.round(medianMs * 10) / 10,
    minMs: Math.round(sorted[0] * 10) / 10,
    rowsPerSec: Math.round(rows / (medianMs / 1000)),
    segmentsModelled: measured[0].segments,
    gc: !!gc,
  }) + '\n'
);
