import { naturalCompare } from '../../model';
import type { Indicators, MatrixModel, QuadrantId, SegmentModel } from '../../model/types';
import { MISSING, type Formatters } from '../format/formatters';

/** A segment's own verdict: does it move the way a priority segment should? */
export type SegmentVerdict = 'on-track' | 'off-track' | 'mixed' | 'no-data' | 'not-priority' | 'new' | 'retired';

export const SEGMENT_VERDICT_WORDS: Record<SegmentVerdict, string> = {
  'on-track': 'On track',
  'off-track': 'Off track',
  mixed: 'Mixed',
  'no-data': 'No data',
  'not-priority': 'Not a priority',
  new: 'New',
  retired: 'Retired',
};

export type ColumnKey = 'segment' | 'quadrant' | 'growth' | 'satisfaction' | 'resource' | 'verdict';

export interface Column {
  key: ColumnKey;
  title: string;
  numeric: boolean;
}

export const COLUMNS: Column[] = [
  { key: 'segment', title: 'Segment', numeric: false },
  { key: 'quadrant', title: 'Quadrant', numeric: false },
  { key: 'growth', title: 'Growth', numeric: true },
  { key: 'satisfaction', title: 'Δ Satisfaction', numeric: true },
  { key: 'resource', title: 'Resource share', numeric: true },
  { key: 'verdict', title: 'Verdict', numeric: false },
];

/** One table row: display texts plus the values it sorts by. */
export interface TableRow {
  segment: string;
  priority: boolean;
  /** "split from A", "merged from A, B", "split into C, D" or ''. */
  lineage: string;
  quadrant: string;
  moved: boolean;
  growth: string;
  satisfaction: string;
  resource: string;
  verdict: SegmentVerdict;
  /** Legend order in the model (the table's unsorted order). */
  index: number;
  sort: Record<ColumnKey, string | number | null>;
}

/**
 * Verdict for one segment. Priority segments are on track when every available signal points the right
 * way (growth at least the other segments', resource share and satisfaction not falling, at least one
 * rising), off track when every one points the wrong way, mixed otherwise. Others are "not a priority".
 */
export function segmentVerdict(s: SegmentModel, indicators: Pick<Indicators, 'growthOther'>, singlePeriod = false): SegmentVerdict {
  if (s.status === 'retired') {
    return 'retired';
  }
  if (s.baseline === null) {
    // With a single period there is no movement to judge.
    return singlePeriod ? 'no-data' : 'new';
  }
  if (!s.priority) {
    return 'not-priority';
  }
  const signals: number[] = [];
  if (s.growth !== null && indicators.growthOther !== null) {
    signals.push(s.growth - indicators.growthOther);
  }
  if (s.resourceShareDelta !== null) {
    signals.push(s.resourceShareDelta);
  }
  if (s.satisfactionDelta !== null) {
    signals.push(s.satisfactionDelta);
  }
  if (signals.length === 0) {
    return 'no-data';
  }
  const up = signals.filter((v) => v > 0).length;
  const down = signals.filter((v) => v < 0).length;
  if (down === 0 && up > 0) {
    return 'on-track';
  }
  if (up === 0 && down > 0) {
    return 'off-track';
  }
  return 'mixed';
}

export function lineageText(s: SegmentModel): string {
  if (s.lineage) {
    return `${s.lineage.kind === 'merge' ? 'merged from' : 'split from'} ${s.lineage.from.join(', ')}`;
  }
  if (s.successors.length > 0) {
    return `${s.successors.length > 1 ? 'split into' : 'became'} ${s.successors.join(', ')}`;
  }
  return '';
}

export function quadrantText(model: MatrixModel, s: SegmentModel): string {
  const name = (id: QuadrantId | undefined) => (id ? model.quadrantNames[id] : MISSING);
  if (!s.baseline && model.baselinePeriod === null) {
    return name(s.current?.quadrant);
  }
  if (!s.baseline) {
    return `${MISSING} → ${name(s.current?.quadrant)}`;
  }
  if (!s.current) {
    return `${name(s.baseline.quadrant)} → ${MISSING}`;
  }
  return s.movedQuadrant ? `${name(s.baseline.quadrant)} → ${name(s.current.quadrant)}` : name(s.current.quadrant);
}

const VERDICT_ORDER: SegmentVerdict[] = ['on-track', 'mixed', 'off-track', 'no-data', 'new', 'retired', 'not-priority'];

export function tableRows(model: MatrixModel, f: Formatters): TableRow[] {
  return model.segments.map((s, index) => {
    const verdict = segmentVerdict(s, model.indicators, model.baselinePeriod === null);
    const shareB = s.baseline?.resourceShare ?? null;
    const shareC = s.current?.resourceShare ?? null;
    const hasShares = shareB !== null || shareC !== null;
    return {
      segment: s.segment,
      priority: s.priority,
      lineage: lineageText(s),
      quadrant: quadrantText(model, s),
      moved: s.movedQuadrant,
      growth: f.growth(s.growth),
      satisfaction: f.satisfactionDelta(s.satisfactionDelta),
      resource: hasShares ? `${f.share(shareB)} → ${f.share(shareC)}` : MISSING,
      verdict,
      index,
      sort: {
        segment: s.segment,
        quadrant: quadrantText(model, s),
        growth: s.growth,
        satisfaction: s.satisfactionDelta,
        resource: s.resourceShareDelta,
        verdict: VERDICT_ORDER.indexOf(verdict),
      },
    };
  });
}

export type SortDirection = 'asc' | 'desc';
export interface SortState {
  key: ColumnKey;
  direction: SortDirection;
}

/** Rows sorted by a column; missing values always last; ties keep the legend order. */
export function sortRows(rows: TableRow[], sort: SortState | null): TableRow[] {
  if (!sort) {
    return rows;
  }
  const dir = sort.direction === 'asc' ? 1 : -1;
  return [...rows].sort((a, b) => {
    const va = a.sort[sort.key];
    const vb = b.sort[sort.key];
    if (va === null || vb === null) {
      return va === vb ? a.index - b.index : va === null ? 1 : -1;
    }
    const c = typeof va === 'number' && typeof vb === 'number' ? va - vb : naturalCompare(String(va), String(vb));
    return c !== 0 ? c * dir : a.index - b.index;
  });
}

/** Header click: a new column sorts ascending (numbers: descending, largest first), the same column flips, a third click restores the legend order. */
export function nextSort(current: SortState | null, key: ColumnKey, numeric: boolean): SortState | null {
  const first: SortDirection = numeric ? 'desc' : 'asc';
  if (!current || current.key !== key) {
    return { key, direction: first };
  }
  if (current.direction === first) {
    return { key, direction: first === 'asc' ? 'desc' : 'asc' };
  }
  return null;
}
