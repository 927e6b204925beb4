import { aggregatePoints } from './hierarchy';
import type { Seg } from './points';
import type { PeriodPoint } from './types';
import type { WarningCollector } from './warnings';

/** Segment names in a lineage cell: comma (or semicolon) separated, trimmed, de-duplicated. */
export function parseLineage(raw: string | null): string[] {
  if (!raw) {
    return [];
  }
  const out: string[] = [];
  for (const part of raw.split(/[,;]/)) {
    const t = part.trim();
    if (t && !out.includes(t)) {
      out.push(t);
    }
  }
  return out;
}

function successorWeight(s: Seg): number | null {
  const c = s.current;
  if (!c) {
    return null;
  }
  const w = c.growthMeasure ?? c.size;
  return w !== null && w > 0 ? w : null;
}

/**
 * Lineage (split / merge). A current row naming earlier segments gets `lineage`; when the segment
 * has no baseline row of its own, its baseline becomes the size-weighted combination of the named
 * segments' baseline points. An ancestor named by several successors (a split) shares its size,
 * growth measure, resource and resource share among them in proportion to their current growth
 * measure (size when absent; equally when any is missing), so measures are not counted twice.
 * Must run after resource shares are assigned. Ancestors get `successors`.
 */
export function applyLineage(segments: Seg[], hasBaseline: boolean, warnings: WarningCollector): void {
  const byName = new Map<string, Seg>();
  const byLower = new Map<string, Seg>();
  for (const s of segments) {
    byName.set(s.name, s);
    if (!byLower.has(s.name.toLowerCase())) {
      byLower.set(s.name.toLowerCase(), s);
    }
  }
  const edges: Array<{ seg: Seg; ancestors: Seg[] }> = [];
  const succ = new Map<Seg, Seg[]>();
  for (const s of segments) {
    if (!s.current || !s.lineageRaw) {
      continue;
    }
    const names = parseLineage(s.lineageRaw).filter((n) => n.toLowerCase() !== s.name.toLowerCase());
    if (names.length === 0) {
      continue;
    }
    const resolved: Seg[] = [];
    const from: string[] = [];
    for (const n of names) {
      const a = byName.get(n) ?? byLower.get(n.toLowerCase());
      if (a && a.ownBaseline && a !== s) {
        if (!resolved.includes(a)) {
          resolved.push(a);
          from.push(a.name);
        }
      } else {
        from.push(n);
        if (!s.ownBaseline && hasBaseline) {
          warnings.add('unknown-lineage', `${s.name}: ${n}`);
        }
      }
    }
    s.lineage = { kind: from.length >= 2 ? 'merge' : 'split', from };
    if (s.ownBaseline || !hasBaseline || resolved.length === 0) {
      continue;
    }
    edges.push({ seg: s, ancestors: resolved });
    for (const a of resolved) {
      const list = succ.get(a);
      if (list) {
        list.push(s);
      } else {
        succ.set(a, [s]);
      }
    }
  }
  for (const { seg, ancestors } of edges) {
    const parts: PeriodPoint[] = [];
    for (const a of ancestors) {
      const siblings = succ.get(a) as Seg[];
      const f = fraction(seg, siblings);
      const p = a.baseline as PeriodPoint;
      parts.push({
        ...p,
        size: p.size === null ? null : p.size * f,
        growthMeasure: p.growthMeasure === null ? null : p.growthMeasure * f,
        resource: p.resource === null ? null : p.resource * f,
        resourceShare: p.resourceShare === null ? null : p.resourceShare * f,
      });
    }
    const agg = parts.length === 1 ? { ...parts[0] } : aggregatePoints(parts);
    if (parts.length > 1 && parts.every((p) => p.xCategory !== null)) {
      // Ordinal x: keep the category of the largest contributor.
      let best = parts[0];
      for (const p of parts) {
        if ((p.size ?? 0) > (best.size ?? 0)) {
          best = p;
        }
      }
      agg.xCategory = best.xCategory;
    }
    seg.baseline = agg;
  }
  for (const [a, list] of succ) {
    a.successors = list.map((s) => s.name);
  }
}

function fraction(seg: Seg, siblings: Seg[]): number {
  if (siblings.length === 1) {
    return 1;
  }
  let total = 0;
  for (const s of siblings) {
    const w = successorWeight(s);
    if (w === null) {
      return 1 / siblings.length;
    }
    total += w;
  }
  return (successorWeight(seg) as number) / total;
}
