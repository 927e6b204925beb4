import type { DataFrame } from '@grafana/data';

import { columnKind, fieldNames, normalizeName, type Column } from './columns';
import type { IngestRequest, IngestResult } from './ingest';
import { formatTime } from './periods';
import { PointReader, readInto, type RawSegment } from './reader';
import { toText } from './values';
import type { WidePrefixes } from './types';

function stripPrefix(name: string, prefix: string): string | null {
  if (!prefix) {
    return null;
  }
  if (name.length > prefix.length && name.toLowerCase().startsWith(prefix.toLowerCase())) {
    return name.slice(prefix.length);
  }
  return null;
}

/** `auto` format: wide when some measure has both a baseline-prefixed and a current-prefixed column. */
export function isWideFrame(frame: DataFrame, prefixes: WidePrefixes): boolean {
  const baseline = new Set<string>();
  const current: string[] = [];
  for (const f of frame.fields) {
    const b = stripPrefix(f.name, prefixes.baseline);
    if (b !== null) {
      baseline.add(normalizeName(b));
      continue;
    }
    const c = stripPrefix(f.name, prefixes.current);
    if (c !== null) {
      current.push(normalizeName(c));
    }
  }
  return current.some((c) => baseline.has(c));
}

/**
 * Columns of a wide frame: one per measure base name (baseline/current fields paired by
 * case-insensitive base name) and one per unprefixed field.
 */
export function wideColumns(frame: DataFrame, prefixes: WidePrefixes): Column[] {
  const byBase = new Map<string, Column>();
  const order: Column[] = [];
  for (const f of frame.fields) {
    const b = stripPrefix(f.name, prefixes.baseline);
    const c = b === null ? stripPrefix(f.name, prefixes.current) : null;
    const base = b ?? c;
    if (base === null) {
      const col: Column = {
        name: f.name,
        keys: Array.from(new Set(fieldNames(f).map(normalizeName))),
        kind: columnKind(f),
        shared: f,
        baseline: null,
        current: null,
      };
      order.push(col);
      continue;
    }
    const key = normalizeName(base);
    let col = byBase.get(key);
    if (!col) {
      col = { name: base, keys: [key], kind: columnKind(f), shared: null, baseline: null, current: null };
      byBase.set(key, col);
      order.push(col);
    }
    if (b !== null) {
      col.baseline = f;
      col.kind = columnKind(f);
    } else {
      col.current = f;
    }
  }
  return order;
}

/** Period label of a wide frame's side: the first value of `<prefix>period` if present, else the prefix itself. */
export function widePeriodLabel(prefix: string, periodCol: Column | null, side: 0 | 1): string {
  const f = periodCol ? (side === 0 ? periodCol.baseline : periodCol.current) : null;
  if (f) {
    for (let i = 0; i < f.values.length; i++) {
      const v = f.values[i];
      if (v instanceof Date) {
        return formatTime(v.getTime());
      }
      if (typeof v === 'number' && periodCol!.kind === 'time') {
        return formatTime(v);
      }
      const t = toText(v);
      if (t !== null) {
        return t;
      }
    }
  }
  const trimmed = prefix.replace(/[\s_\-.:]+$/, '');
  return trimmed || (side === 0 ? 'baseline' : 'current');
}

/**
 * Wide format (one row per segment, `baseline_<m>` / `current_<m>` columns): always two periods.
 * A side whose x and y are both empty means the segment is absent there (new / retired), not a bad value.
 * Duplicate segment rows: the last one wins.
 */
export function ingestWide(frame: DataFrame, req: IngestRequest, prefixes: WidePrefixes): IngestResult {
  const { roles, warnings } = req;
  const segCol = roles.segment as Column;
  const segVals = (segCol.shared ?? segCol.current ?? segCol.baseline)!.values;
  const n = segVals.length;
  const labels = [
    widePeriodLabel(prefixes.baseline, roles.period, 0),
    widePeriodLabel(prefixes.current, roles.period, 1),
  ];
  if (labels[0] === labels[1]) {
    labels[0] = `${labels[0]} (baseline)`;
  }
  const readers = [
    new PointReader(roles, req.composite, req.ordinalX, 0, req.priorityValues, warnings),
    new PointReader(roles, req.composite, req.ordinalX, 1, req.priorityValues, warnings),
  ];
  const lastRow = new Map<string, number>();
  let missingSeg = 0;
  let dup = 0;
  let dupExample: string | null = null;
  for (let i = 0; i < n; i++) {
    const name = toText(segVals[i]);
    if (name === null) {
      missingSeg++;
      continue;
    }
    if (lastRow.has(name)) {
      dup++;
      if (dupExample === null) {
        dupExample = name;
      }
    }
    lastRow.set(name, i);
  }
  if (missingSeg > 0) {
    warnings.add('missing-segment', null, missingSeg);
  }
  if (dup > 0) {
    warnings.add('duplicate-row', dupExample, dup);
  }
  if (lastRow.size === 0) {
    return {
      kind: 'error',
      message: `No rows with a segment name: the segment field "${segCol.name}" is empty in all ${n} rows.`,
    };
  }
  const segments: RawSegment[] = [];
  for (const [name, row] of lastRow) {
    const seg: RawSegment = {
      name,
      parent: null,
      priorityFlag: null,
      lineage: null,
      points: [null, null],
      components: req.composite ? [null, null] : null,
    };
    let any = false;
    for (const side of [0, 1] as const) {
      const r = readers[side];
      if (r.isAbsent(row)) {
        continue;
      }
      readInto(seg, side, row, r, labels[side]);
      any = true;
    }
    if (!any) {
      continue;
    }
    const attr = readers[1];
    seg.parent = attr.parent(row);
    seg.priorityFlag = attr.priority(row);
    seg.lineage = attr.lineage(row);
    segments.push(seg);
  }
  return {
    kind: 'ok',
    data: { format: 'wide', periodKind: 'string', periods: labels, trail: labels, hasBaseline: true, segments },
  };
}
