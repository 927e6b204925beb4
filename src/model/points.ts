import { compositeValue, normalizationParams, type NormalizationParams } from './composite';
import { naturalCompare } from './natural';
import type { Ingested } from './reader';
import type { Lineage, Normalization, PeriodPoint, TrailPoint } from './types';
import type { WarningCollector } from './warnings';

/** A segment inside the pipeline (points are mutable PeriodPoints). */
export interface Seg {
  name: string;
  parent: string | null;
  priorityFlag: boolean | null;
  lineageRaw: string | null;
  /** Points per trail period (index 0 = baseline when there is one, last = current). */
  pts: Array<TrailPoint | null>;
  /** Baseline used for drawing and metrics: the own baseline point, or one inherited through lineage. */
  baseline: PeriodPoint | null;
  current: PeriodPoint | null;
  /** Whether the segment has a baseline row of its own. */
  ownBaseline: boolean;
  lineage: Lineage | null;
  successors: string[];
  children: string[];
}

export interface PointOptions {
  ordinalX: boolean;
  ordinalOrder: readonly string[];
  logX: boolean;
  composite: { weights: number[]; normalization: Normalization } | null;
}

export interface PointsResult {
  segments: Seg[];
  /** Ordinal axis categories in order; null on a numeric axis. */
  categories: string[] | null;
}

/** Ordinal categories: the configured order first (case-insensitive), then unknown values in natural order. */
export function ordinalCategories(
  seen: Iterable<string>,
  order: readonly string[],
  warnings: WarningCollector | null
): { categories: string[]; index: Map<string, number> } {
  const categories: string[] = [];
  const index = new Map<string, number>();
  for (const o of order) {
    const t = o.trim();
    const key = t.toLowerCase();
    if (t && !index.has(key)) {
      index.set(key, categories.length);
      categories.push(t);
    }
  }
  const unknown: string[] = [];
  const unknownKeys = new Set<string>();
  for (const v of seen) {
    const key = v.toLowerCase();
    if (!index.has(key) && !unknownKeys.has(key)) {
      unknownKeys.add(key);
      unknown.push(v);
    }
  }
  unknown.sort(naturalCompare);
  for (const u of unknown) {
    index.set(u.toLowerCase(), categories.length);
    categories.push(u);
  }
  if (warnings && order.length > 0 && unknown.length > 0) {
    warnings.add('unknown-category', unknown[0], unknown.length, unknown.slice(0, 5).join(', '));
  }
  return { categories, index };
}

/**
 * Turns raw rows into plotted points (in place): ordinal x to category positions, log x ≤ 0
 * dropped, composite y = Σ w·normalize(v) with normalisation over the pooled baseline and current values.
 */
export function toPoints(data: Ingested, opts: PointOptions, warnings: WarningCollector): PointsResult {
  const T = data.trail.length;
  const last = T - 1;
  const raws = data.segments;

  let catIndex: Map<string, number> | null = null;
  let categories: string[] | null = null;
  if (opts.ordinalX) {
    const seen = new Set<string>();
    for (const s of raws) {
      for (const p of s.points) {
        if (p && p.xCategory !== null) {
          seen.add(p.xCategory);
        }
      }
    }
    const oc = ordinalCategories(seen, opts.ordinalOrder, warnings);
    categories = oc.categories;
    catIndex = oc.index;
  }

  let params: NormalizationParams[] | null = null;
  if (opts.composite) {
    params = [];
    const pooledIdx = data.hasBaseline && T > 1 ? [0, last] : [last];
    for (let k = 0; k < opts.composite.weights.length; k++) {
      const pooled: number[] = [];
      for (const s of raws) {
        for (const t of pooledIdx) {
          const c = s.components ? s.components[t] : null;
          if (c) {
            pooled.push(c[k]);
          }
        }
      }
      params.push(normalizationParams(pooled, opts.composite.normalization));
    }
  }

  const segments: Seg[] = [];
  for (const s of raws) {
    const pts = s.points;
    let any = false;
    for (let t = 0; t < T; t++) {
      const p = pts[t];
      if (!p) {
        continue;
      }
      if (catIndex && categories && p.xCategory !== null) {
        const i = catIndex.get(p.xCategory.toLowerCase()) ?? 0;
        p.x = i;
        p.xCategory = categories[i];
      }
      if (params && opts.composite && s.components) {
        p.y = compositeValue(s.components[t] as number[], opts.composite.weights, params, opts.composite.normalization);
      }
      if (opts.logX && p.x <= 0) {
        warnings.add('non-positive-log', `${s.name} @ ${data.trail[t]}: x = ${p.x}`);
        pts[t] = null;
        continue;
      }
      any = true;
    }
    if (!any) {
      continue;
    }
    const baseline = data.hasBaseline ? pts[0] : null;
    const current = pts[last];
    if (!baseline && !current) {
      continue;
    }
    segments.push({
      name: s.name,
      parent: s.parent,
      priorityFlag: s.priorityFlag,
      lineageRaw: s.lineage,
      pts,
      baseline,
      current,
      ownBaseline: baseline !== null,
      lineage: null,
      successors: [],
      children: [],
    });
  }
  return { segments, categories };
}
