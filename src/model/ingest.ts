import type { DataFrame } from '@grafana/data';

import type { Column } from './columns';
import { choosePeriods, comparePeriodKeys, periodKey, periodKindOf, periodLabel, type PeriodKey } from './periods';
import { compareBySize } from './order';
import { PointReader, readInto, type Ingested, type RawSegment } from './reader';
import type { RoleColumns } from './roles';
import type { ModelContext, PeriodOptions, TrailPoint } from './types';
import type { WarningCollector } from './warnings';

export type IngestResult = { kind: 'ok'; data: Ingested } | { kind: 'error'; message: string };

export interface IngestRequest {
  roles: RoleColumns;
  composite: Array<{ column: Column }> | null;
  ordinalX: boolean;
  priorityValues: readonly string[];
  period: PeriodOptions;
  context: ModelContext | undefined;
  warnings: WarningCollector;
  /**
   * When set, only the `trailLimit` largest segments (the ones the segment limit will show) get
   * their intermediate trail periods read; baseline and current are read for all.
   */
  trailLimit: number | null;
}

/** Dense (segment × period) cell table when it is at most this many cells (or 4 per row), else a Map. */
const DENSE_CELL_LIMIT = 1 << 22;

function frameLength(frame: DataFrame): number {
  if (frame.fields.length === 0) {
    return 0;
  }
  let n = frame.length ?? 0;
  for (const f of frame.fields) {
    n = Math.max(n, f.values.length);
  }
  return n;
}

/**
 * Long format (one row per segment and period): groups rows by segment and period in two indexed
 * passes, picks baseline and current, and reads only the rows of the trail periods.
 * Duplicate (segment, period) rows: the last one wins.
 */
export function ingestLong(frame: DataFrame, req: IngestRequest): IngestResult {
  const { roles, warnings } = req;
  const n = frameLength(frame);
  const segCol = roles.segment as Column;
  const segVals = segCol.shared!.values;
  const perCol = roles.period;
  const perVals = perCol?.shared ? perCol.shared.values : null;
  const kind = periodKindOf(perCol);

  // Pass 1: segment and period ids.
  const segIndex = new Map<string, number>();
  const segNames: string[] = [];
  const perIndex = new Map<PeriodKey, number>();
  const perKeys: PeriodKey[] = [];
  const segOf = new Int32Array(n);
  const perOf = new Int32Array(n);
  let missingSeg = 0;
  let missingSegExample: string | null = null;
  let missingPer = 0;
  let missingPerExample: string | null = null;
  for (let i = 0; i < n; i++) {
    const v = segVals[i];
    let name: string | null;
    if (typeof v === 'string') {
      name = v.trim();
      if (name === '') {
        name = null;
      }
    } else if (v === null || v === undefined) {
      name = null;
    } else {
      name = String(v).trim() || null;
    }
    if (name === null) {
      segOf[i] = -1;
      missingSeg++;
      if (missingSegExample === null) {
        missingSegExample = `row ${i + 1}`;
      }
      continue;
    }
    let s = segIndex.get(name);
    if (s === undefined) {
      s = segNames.length;
      segIndex.set(name, s);
      segNames.push(name);
    }
    segOf[i] = s;
    if (perVals) {
      const key = periodKey(perVals[i], kind);
      if (key === null) {
        segOf[i] = -1;
        missingPer++;
        if (missingPerExample === null) {
          missingPerExample = `${name} (row ${i + 1})`;
        }
        continue;
      }
      let p = perIndex.get(key);
      if (p === undefined) {
        p = perKeys.length;
        perIndex.set(key, p);
        perKeys.push(key);
      }
      perOf[i] = p;
    }
  }
  if (missingSeg > 0) {
    warnings.add('missing-segment', missingSegExample, missingSeg);
  }
  if (missingPer > 0) {
    warnings.add('missing-period', missingPerExample, missingPer);
  }
  if (segNames.length === 0) {
    return {
      kind: 'error',
      message: `No rows with a segment name: the segment field "${segCol.name}" is empty in all ${n} rows.`,
    };
  }

  // Sort periods.
  let sortedKeys: PeriodKey[];
  let rankOf: Int32Array;
  if (perVals) {
    const order = perKeys.map((_, i) => i);
    order.sort((a, b) => comparePeriodKeys(perKeys[a], perKeys[b]));
    sortedKeys = order.map((i) => perKeys[i]);
    rankOf = new Int32Array(perKeys.length);
    for (let r = 0; r < order.length; r++) {
      rankOf[order[r]] = r;
    }
  } else {
    sortedKeys = [0];
    rankOf = new Int32Array(1);
  }
  const labels = perVals ? sortedKeys.map((k) => periodLabel(k, kind)) : ['current'];
  const P = sortedKeys.length;
  const choice = choosePeriods(sortedKeys, labels, kind, req.period, req.context);
  if (choice.kind === 'error') {
    return choice;
  }
  const b = choice.baseline;
  const c = choice.current;
  const trailRanks: number[] = [];
  if (b === null) {
    trailRanks.push(c);
  } else {
    const step = c >= b ? 1 : -1;
    for (let r = b; r !== c + step; r += step) {
      trailRanks.push(r);
    }
  }

  // Pass 2: last row per (segment, period); duplicates counted.
  const S = segNames.length;
  const dense = S * P <= Math.max(DENSE_CELL_LIMIT, 4 * n);
  const cells = dense ? new Int32Array(S * P).fill(-1) : null;
  const cellMap = dense ? null : new Map<number, number>();
  let dup = 0;
  let dupExample: string | null = null;
  for (let i = 0; i < n; i++) {
    const s = segOf[i];
    if (s < 0) {
      continue;
    }
    const cell = s * P + (perVals ? rankOf[perOf[i]] : 0);
    let prev: number;
    if (cells) {
      prev = cells[cell];
      cells[cell] = i;
    } else {
      prev = cellMap!.get(cell) ?? -1;
      cellMap!.set(cell, i);
    }
    if (prev >= 0) {
      dup++;
      if (dupExample === null) {
        dupExample = `${segNames[s]} @ ${labels[perVals ? rankOf[perOf[i]] : 0]}`;
      }
    }
  }
  if (dup > 0) {
    warnings.add('duplicate-row', dupExample, dup);
  }

  const segIds: number[] = [];
  // Read baseline and current rows, then the periods in between (for the segments to be shown).
  const reader = new PointReader(roles, req.composite, req.ordinalX, null, req.priorityValues, warnings);
  const T = trailRanks.length;
  const trailLabels = trailRanks.map((r) => labels[r]);
  const composite = req.composite !== null;
  const rowAt = (s: number, t: number): number => {
    const cell = s * P + trailRanks[t];
    return cells ? cells[cell] : (cellMap!.get(cell) ?? -1);
  };
  const segments: RawSegment[] = [];
  const ends = T > 1 ? [0, T - 1] : [0];
  for (let s = 0; s < S; s++) {
    let seg: RawSegment | null = null;
    for (const t of ends) {
      const row = rowAt(s, t);
      if (row < 0) {
        continue;
      }
      if (seg === null) {
        seg = newSegment(segNames[s], T, composite);
      }
      readInto(seg, t, row, reader, trailLabels[t]);
    }
    if (seg !== null) {
      segIds.push(s);
      segments.push(seg);
    }
  }
  const limit = req.trailLimit;
  let readMiddle: RawSegment[] = segments;
  if (T > 2 && limit !== null && limit > 0 && segments.length > limit) {
    readMiddle = segments
      .map((seg) => ({ seg, segment: seg.name, priority: false, baseline: seg.points[0], current: seg.points[T - 1] }))
      .sort(compareBySize)
      .slice(0, limit)
      .map((o) => o.seg);
  }
  if (T > 2) {
    const idOf = new Map<RawSegment, number>();
    for (let k = 0; k < segments.length; k++) {
      idOf.set(segments[k], segIds[k]);
    }
    for (const seg of readMiddle) {
      const s = idOf.get(seg) as number;
      for (let t = 1; t < T - 1; t++) {
        const row = rowAt(s, t);
        if (row >= 0) {
          readInto(seg, t, row, reader, trailLabels[t]);
        }
      }
    }
  }
  // Attributes from the current row, else the latest row read.
  for (let k = 0; k < segments.length; k++) {
    const seg = segments[k];
    let row = -1;
    for (let t = T - 1; t >= 0 && row < 0; t--) {
      row = rowAt(segIds[k], t);
    }
    seg.parent = reader.parent(row);
    seg.priorityFlag = reader.priority(row);
    seg.lineage = reader.lineage(row);
  }

  return {
    kind: 'ok',
    data: {
      format: 'long',
      periodKind: perVals ? kind : 'none',
      periods: perVals ? labels : [],
      trail: perVals ? trailLabels : ['current'],
      hasBaseline: b !== null,
      segments,
    },
  };
}

function newSegment(name: string, T: number, composite: boolean): RawSegment {
  return {
    name,
    parent: null,
    priorityFlag: null,
    lineage: null,
    points: new Array<TrailPoint | null>(T).fill(null),
    components: composite ? new Array<number[] | null>(T).fill(null) : null,
  };
}
