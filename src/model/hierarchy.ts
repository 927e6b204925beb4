import type { Seg } from './points';
import type { PeriodPoint, TrailPoint } from './types';

/**
 * Combines points into one: x, y and satisfaction weighted by `weights` (equal weights when
 * they are all missing or sum to 0); size, growth measure, resource and resource share summed
 * (null when all are null). `weights[i]` defaults to the point's size.
 */
export function aggregatePoints(points: PeriodPoint[], weights?: Array<number | null>): PeriodPoint {
  const n = points.length;
  const w = new Array<number>(n);
  let wSum = 0;
  for (let i = 0; i < n; i++) {
    const raw = weights ? weights[i] : points[i].size;
    const v = raw !== null && raw !== undefined && Number.isFinite(raw) && raw > 0 ? raw : 0;
    w[i] = v;
    wSum += v;
  }
  if (wSum === 0) {
    w.fill(1);
    wSum = n;
  }
  let x = 0;
  let y = 0;
  let satW = 0;
  let sat = 0;
  for (let i = 0; i < n; i++) {
    const p = points[i];
    x += w[i] * p.x;
    y += w[i] * p.y;
    if (p.satisfaction !== null) {
      sat += w[i] * p.satisfaction;
      satW += w[i];
    }
  }
  let satisfaction: number | null = null;
  if (satW > 0) {
    satisfaction = sat / satW;
  } else {
    // All weights of points with satisfaction are 0: plain mean over those points.
    let count = 0;
    let total = 0;
    for (const p of points) {
      if (p.satisfaction !== null) {
        total += p.satisfaction;
        count++;
      }
    }
    satisfaction = count > 0 ? total / count : null;
  }
  return {
    x: x / wSum,
    y: y / wSum,
    size: sumOrNull(points, 'size'),
    growthMeasure: sumOrNull(points, 'growthMeasure'),
    satisfaction,
    resource: sumOrNull(points, 'resource'),
    resourceShare: sumOrNull(points, 'resourceShare'),
    quadrant: 'LL',
    xCategory: null,
  };
}

function sumOrNull(points: PeriodPoint[], key: 'size' | 'growthMeasure' | 'resource' | 'resourceShare'): number | null {
  let total = 0;
  let any = false;
  for (const p of points) {
    const v = p[key];
    if (v !== null) {
      total += v;
      any = true;
    }
  }
  return any ? total : null;
}

/**
 * Parents mode: one segment per parent (segments without a parent stand for themselves), aggregated
 * per period with aggregatePoints. A parent is a priority when any child is (priority by field).
 * Lineage is not carried to parents. Ordinal x: the category nearest to the weighted position.
 */
export function aggregateParents(segments: Seg[], categories: string[] | null, hasBaseline: boolean): Seg[] {
  const groups = new Map<string, Seg[]>();
  for (const s of segments) {
    const key = s.parent ?? s.name;
    const g = groups.get(key);
    if (g) {
      g.push(s);
    } else {
      groups.set(key, [s]);
    }
  }
  const out: Seg[] = [];
  for (const [name, members] of groups) {
    const T = members[0].pts.length;
    const pts: Array<TrailPoint | null> = new Array(T).fill(null);
    for (let t = 0; t < T; t++) {
      const present: TrailPoint[] = [];
      for (const m of members) {
        const p = m.pts[t];
        if (p) {
          present.push(p);
        }
      }
      if (present.length > 0) {
        const p: TrailPoint = { ...aggregatePoints(present), period: present[0].period };
        if (categories && categories.length > 0) {
          const i = Math.min(categories.length - 1, Math.max(0, Math.round(p.x)));
          p.xCategory = categories[i];
        }
        pts[t] = p;
      }
    }
    const flags = members.map((m) => m.priorityFlag);
    const priorityFlag = flags.every((f) => f === null) ? null : flags.some((f) => f === true);
    const baseline = hasBaseline ? pts[0] : null;
    out.push({
      name,
      parent: null,
      priorityFlag,
      lineageRaw: null,
      pts,
      baseline,
      current: pts[T - 1],
      ownBaseline: baseline !== null,
      lineage: null,
      successors: [],
      children: members.map((m) => m.name),
    });
  }
  return out;
}
