import type { DataFrame } from '@grafana/data';

import { axisDomain, Extent } from './axes';
import { frameFieldNames, longColumns } from './columns';
import { computeCut } from './cuts';
import { FIELD_ROLES, QUADRANT_IDS, withModelDefaults } from './defaults';
import { aggregateParents } from './hierarchy';
import { computeIndicators, type IndicatorItem } from './indicators';
import { ingestLong, type IngestRequest, type IngestResult } from './ingest';
import { applyLineage } from './lineage';
import { compareBySize, compareLegend } from './order';
import { toPoints, type Seg } from './points';
import { axisTitle, presetOf } from './presets';
import { profileFor, readProfiles, selectFrames, type Profiles } from './profiles';
import { quadrantModels, quadrantOf } from './quadrants';
import { resolveRoles } from './roles';
import { assignShares } from './shares';
import { WarningCollector } from './warnings';
import { ingestWide, isWideFrame, wideColumns } from './wide';
import type {
  AxisModel,
  AxisScale,
  FieldRole,
  MatrixModel,
  ModelContext,
  ModelOptions,
  ModelResult,
  PartialModelOptions,
  PeriodPoint,
  QuadrantId,
  SegmentModel,
  SegmentStatus,
  TrailPoint,
} from './types';

/**
 * DataFrame[] + options -> the segment matrix model (DESIGN §2–§4), or an error naming the missing
 * role and the fields that exist (DESIGN §7). Pure; never throws.
 */
export function buildMatrixModel(
  frames: DataFrame[],
  options: ModelOptions | PartialModelOptions,
  context?: ModelContext
): ModelResult {
  try {
    return build(frames ?? [], withModelDefaults(options), context);
  } catch (e) {
    const names = (frames ?? []).flatMap((f) => frameFieldNames(f));
    return {
      kind: 'error',
      message: `The segment matrix could not be built: ${e instanceof Error ? e.message : String(e)}`,
      fieldNames: names,
    };
  }
}

function build(frames: DataFrame[], opts: ModelOptions, context: ModelContext | undefined): ModelResult {
  const warnings = new WarningCollector();
  const sel = selectFrames(frames, opts.dataRefId, opts.profilesRefId);
  if (sel.kind === 'error') {
    return { kind: 'error', message: sel.message, fieldNames: frames.flatMap((f) => frameFieldNames(f)) };
  }
  const frame = sel.data;
  const fieldNames = frameFieldNames(frame);
  const fail = (message: string): ModelResult => ({ kind: 'error', message, fieldNames });
  if (sel.profilesMissing) {
    warnings.add('missing-field', null, 1, `profiles query "${sel.profilesMissing}"`);
  }

  // Roles.
  const prefixes = {
    baseline: opts.widePrefixes.baseline || 'baseline_',
    current: opts.widePrefixes.current || 'current_',
  };
  const wide = opts.format === 'wide' || (opts.format === 'auto' && isWideFrame(frame, prefixes));
  const columns = wide ? wideColumns(frame, prefixes) : longColumns(frame);
  const preset = presetOf(opts.preset);
  const compositeOn = opts.composite.enabled && opts.composite.components.some((c) => (c.field ?? '').trim() !== '');
  const resolved = resolveRoles(columns, {
    mapping: opts.fields,
    xScale: opts.xAxis.scale,
    composite: compositeOn ? opts.composite.components : null,
    wide: wide ? prefixes : null,
  });
  if (resolved.kind === 'error') {
    return fail(resolved.message);
  }
  for (const m of resolved.missing) {
    warnings.add('missing-field', `${m.role}: ${m.name}`, 1, `"${m.name}" (${m.role})`);
  }
  const { roles, ordinalX } = resolved;
  const composite = compositeOn ? resolved.composite : null;

  // Rows.
  const xScale: AxisScale = ordinalX
    ? 'ordinal'
    : opts.xAxis.scale === 'linear' || opts.xAxis.scale === 'log'
      ? opts.xAxis.scale
      : preset.xScale;
  const limit = Math.floor(Number(opts.segmentLimit));
  const hasLimit = Number.isFinite(limit) && limit > 0;
  const req: IngestRequest = {
    roles,
    composite,
    ordinalX,
    priorityValues: opts.priorityValues,
    period: opts.period,
    context,
    warnings,
    trailLimit: hasLimit && opts.hierarchy !== 'parents' && xScale !== 'log' ? limit : null,
  };
  const ingested: IngestResult = wide ? ingestWide(frame, req, prefixes) : ingestLong(frame, req);
  if (ingested.kind === 'error') {
    return fail(ingested.message);
  }
  const data = ingested.data;
  const T = data.trail.length;

  // Points.
  const { segments: allSegments, categories } = toPoints(
    data,
    {
      ordinalX,
      ordinalOrder: opts.xAxis.ordinalOrder,
      logX: xScale === 'log',
      composite: composite
        ? { weights: composite.map((c) => c.weight), normalization: opts.composite.normalization }
        : null,
    },
    warnings
  );
  if (allSegments.length === 0) {
    const yName = composite ? 'composite value fields' : `y (value) field "${roles.y?.name}"`;
    return fail(
      `No drawable rows: every row of the chosen periods lacks a usable x (needs) field "${roles.x?.name}" or ${yName} value. Fields: ${fieldNames.join(', ')}.`
    );
  }

  // Hierarchy and limit.
  let segs: Seg[] =
    opts.hierarchy === 'parents' ? aggregateParents(allSegments, categories, data.hasBaseline) : allSegments;
  if (hasLimit && segs.length > limit) {
    const ranked = segs
      .map((s) => ({ s, segment: s.name, priority: false, baseline: s.baseline, current: s.current }))
      .sort(compareBySize);
    const hidden = ranked.length - limit;
    warnings.add('segment-limit', ranked[limit].segment, hidden, String(limit));
    segs = ranked.slice(0, limit).map((r) => r.s);
  }

  // Shares, lineage.
  assignShares(segs, T);
  if (opts.hierarchy !== 'parents') {
    applyLineage(segs, data.hasBaseline, warnings);
  }

  // Cuts and quadrants.
  const xs: number[] = [];
  const ys: number[] = [];
  for (const s of segs) {
    if (s.current) {
      xs.push(s.current.x);
      ys.push(s.current.y);
    }
  }
  if (xs.length === 0) {
    for (const s of segs) {
      if (s.baseline) {
        xs.push(s.baseline.x);
        ys.push(s.baseline.y);
      }
    }
  }
  const cutX = computeCut(xs, opts.cuts.x, context, categories, 'x');
  const cutY = computeCut(ys, opts.cuts.y, context, null, 'y');
  if (!cutX || !cutY) {
    return fail(`No drawable points. Fields: ${fieldNames.join(', ')}.`);
  }
  for (const c of [cutX, cutY]) {
    if (c.problem) {
      warnings.add('invalid-cut', c.problem, 1, c.problem);
    }
  }
  const cx = cutX.value;
  const cy = cutY.value;
  for (const s of segs) {
    for (const p of s.pts) {
      if (p) {
        p.quadrant = quadrantOf(p.x, p.y, cx, cy);
      }
    }
    if (s.baseline) {
      s.baseline.quadrant = quadrantOf(s.baseline.x, s.baseline.y, cx, cy);
    }
  }

  // Priority, metrics, segment models.
  const priorityBy: 'field' | 'quadrant' = roles.priority ? 'field' : 'quadrant';
  const priorityQuadrants = new Set<QuadrantId>(opts.priorityQuadrants);
  let profiles: Profiles | null = null;
  if (sel.profiles) {
    profiles = readProfiles(sel.profiles, opts.fields.segment);
  }
  const models: SegmentModel[] = [];
  const items: IndicatorItem[] = [];
  for (const s of segs) {
    const b = s.baseline;
    const c = s.current;
    const priority =
      priorityBy === 'field' ? s.priorityFlag === true : priorityQuadrants.has(((b ?? c) as PeriodPoint).quadrant);
    const status: SegmentStatus = !s.ownBaseline ? 'new' : c ? 'both' : 'retired';
    const trail: TrailPoint[] = [];
    for (let t = 0; t < T; t++) {
      const p = s.pts[t];
      if (p) {
        trail.push(p);
      }
    }
    const profile = profileFor(profiles, s.name);
    models.push({
      segment: s.name,
      parent: s.parent,
      status,
      priority,
      baseline: b,
      current: c,
      growth: growthOf(b, c),
      satisfactionDelta: deltaOf(b?.satisfaction ?? null, c?.satisfaction ?? null),
      resourceShareDelta: deltaOf(b?.resourceShare ?? null, c?.resourceShare ?? null),
      movedQuadrant: b !== null && c !== null && b.quadrant !== c.quadrant,
      lineage: s.lineage,
      successors: s.successors,
      trail,
      profile: profile ? { ...profile } : null,
      children: s.children,
    });
    // A retired segment whose baseline is carried by its successors is not counted twice.
    if (!(s.successors.length > 0 && !c)) {
      items.push({ priority, baseline: b, current: c });
    }
  }
  const indicators = computeIndicators(
    items,
    { hasGrowthMeasure: roles.growth !== null, hasResource: roles.resource !== null },
    Number(opts.tolerance) || 0,
    opts.toleranceBy
  );
  models.sort(compareLegend);

  // Axes.
  const reverseX = preset.reverseX !== Boolean(opts.xAxis.reverse);
  const ext = { x: new Extent(xScale === 'log'), y: new Extent(false) };
  ext.x.add(cx);
  ext.y.add(cy);
  for (const m of models) {
    for (const p of m.trail) {
      ext.x.add(p.x);
      ext.y.add(p.y);
    }
    if (m.baseline) {
      ext.x.add(m.baseline.x);
      ext.y.add(m.baseline.y);
    }
  }
  const xField = roles.x?.name ?? null;
  const yField = composite ? null : (roles.y?.name ?? null);
  const compositeTitle = composite
    ? `Composite (${composite.map((c) => `${formatWeight(c.weight)}×${c.field}`).join(' + ')})`
    : '';
  const xAxis: AxisModel = {
    title: (opts.axisTitles.x ?? '').trim() || axisTitle(preset.x, xField ?? 'x', reverseX),
    field: xField,
    scale: xScale,
    domain: axisDomain(ext.x.values(), xScale, categories?.length),
    reverse: reverseX,
    categories,
    composite: null,
  };
  const yAxis: AxisModel = {
    title:
      (opts.axisTitles.y ?? '').trim() ||
      axisTitle(
        composite && !preset.y.name ? { ...preset.y, name: compositeTitle } : preset.y,
        yField ?? compositeTitle,
        false
      ),
    field: yField,
    scale: 'linear',
    domain: axisDomain(ext.y.values(), 'linear'),
    reverse: false,
    categories: null,
    composite: composite ? composite.map((c) => ({ field: c.field, weight: c.weight })) : null,
  };

  const quadrantNames = {} as Record<QuadrantId, string>;
  for (const id of QUADRANT_IDS) {
    const custom = (opts.quadrantNames?.[id] ?? '').trim();
    quadrantNames[id] = custom || preset.quadrantNames[id];
  }

  const fieldsUsed = {} as Record<FieldRole, string | null>;
  for (const r of FIELD_ROLES) {
    fieldsUsed[r] = roles[r]?.name ?? null;
  }
  if (composite) {
    fieldsUsed.y = null;
  }
  if (wide) {
    fieldsUsed.period = null;
  }

  const hasPeriods = data.periodKind !== 'none';
  const model: MatrixModel = {
    format: data.format,
    preset: opts.preset,
    hierarchy: opts.hierarchy,
    periodKind: data.periodKind,
    baselinePeriod: data.hasBaseline ? data.trail[0] : null,
    currentPeriod: hasPeriods ? data.trail[T - 1] : null,
    periods: data.periods,
    trailPeriods: hasPeriods ? data.trail : [],
    cuts: { x: cx, y: cy },
    axes: { x: xAxis, y: yAxis },
    quadrantNames,
    quadrants: quadrantModels(quadrantNames, reverseX, opts.priorityQuadrants),
    segments: models,
    parents: parentList(models, opts.hierarchy === 'parents'),
    priorityBy,
    indicators,
    warnings: warnings.list(),
    fieldsUsed,
    guessedRoles: resolved.guessed.filter((r) => fieldsUsed[r] !== null),
    profileFields: profiles ? profiles.fields : [],
  };
  return { kind: 'model', model };
}

/** (m_c − m_b) / |m_b|; null when m_b is 0 or either is missing. */
export function growthOf(b: PeriodPoint | null, c: PeriodPoint | null): number | null {
  const mb = b?.growthMeasure ?? null;
  const mc = c?.growthMeasure ?? null;
  if (mb === null || mc === null || mb === 0) {
    return null;
  }
  return (mc - mb) / Math.abs(mb);
}

function deltaOf(b: number | null, c: number | null): number | null {
  return b === null || c === null ? null : c - b;
}

function formatWeight(w: number): string {
  return Number.isInteger(w) ? String(w) : String(Number(w.toPrecision(4)));
}

/** Parent names by total current size descending, then name (parents mode: the shown segments). */
function parentList(models: SegmentModel[], parentsMode: boolean): string[] {
  const totals = new Map<string, number>();
  for (const m of models) {
    const key = parentsMode ? m.segment : m.parent;
    if (key === null) {
      continue;
    }
    totals.set(key, (totals.get(key) ?? 0) + (m.current?.size ?? 0));
  }
  return Array.from(totals.entries())
    .sort((a, b) => (b[1] !== a[1] ? b[1] - a[1] : a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
    .map(([k]) => k);
}
