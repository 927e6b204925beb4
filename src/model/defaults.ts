import type { FieldRole, ModelOptions, PartialModelOptions, QuadrantId } from './types';

export const QUADRANT_IDS: readonly QuadrantId[] = ['HH', 'HL', 'LH', 'LL'];

export const FIELD_ROLES: readonly FieldRole[] = [
  'segment',
  'period',
  'x',
  'y',
  'size',
  'growth',
  'satisfaction',
  'resource',
  'priority',
  'parent',
  'lineage',
];

/** Human names of the roles, used in messages and editor labels. */
export const ROLE_LABELS: Readonly<Record<FieldRole, string>> = {
  segment: 'segment',
  period: 'period',
  x: 'x (needs)',
  y: 'y (value)',
  size: 'size measure',
  growth: 'growth measure',
  satisfaction: 'satisfaction',
  resource: 'resource',
  priority: 'priority',
  parent: 'parent',
  lineage: 'lineage',
};

/** Name guesses per role (DESIGN §2), compared case-insensitively with spaces and dashes read as `_`. */
export const ROLE_ALIASES: Readonly<Record<FieldRole, readonly string[]>> = {
  segment: ['segment', 'segment_name', 'name'],
  period: ['period', 'quarter', 'time', 'date', 'month', 'year'],
  x: ['needs', 'customer_needs', 'x'],
  y: ['value', 'org_value', 'organizational_value', 'y'],
  size: ['customers', 'accounts', 'revenue', 'size'],
  growth: ['growth_measure', 'revenue', 'customers'],
  satisfaction: ['satisfaction', 'csat', 'nps'],
  resource: ['resource', 'budget', 'headcount', 'resource_share'],
  priority: ['priority', 'tier'],
  parent: ['parent', 'parent_segment'],
  lineage: ['previous_segment', 'split_from', 'merged_from'],
};

/** Profile columns (DESIGN §2) used to recognise a profiles frame. */
export const PROFILE_COLUMNS: readonly string[] = [
  'definition',
  'goals',
  'jobs_to_be_done',
  'pain_points',
  'key_contacts',
  'placement_rationale',
];

export const DEFAULT_PRIORITY_VALUES: readonly string[] = ['primary', 'high', '1', 'true', 'yes'];
export const DEFAULT_PRIORITY_QUADRANTS: readonly QuadrantId[] = ['HH', 'LH'];
export const DEFAULT_SEGMENT_LIMIT = 500;

/** The single source of the model's defaults. */
export const DEFAULT_MODEL_OPTIONS: ModelOptions = {
  fields: {},
  format: 'auto',
  widePrefixes: { baseline: 'baseline_', current: 'current_' },
  dataRefId: '',
  profilesRefId: '',
  period: { mode: 'first-last', baseline: '$baseline', current: '$current' },
  cuts: { x: { mode: 'median' }, y: { mode: 'median' } },
  preset: 'needs-vs-value',
  quadrantNames: {},
  axisTitles: { x: '', y: '' },
  xAxis: { scale: 'auto', ordinalOrder: [], reverse: false },
  composite: { enabled: false, components: [], normalization: 'min-max' },
  priorityValues: [...DEFAULT_PRIORITY_VALUES],
  priorityQuadrants: [...DEFAULT_PRIORITY_QUADRANTS],
  tolerance: 0,
  hierarchy: 'segments',
  segmentLimit: DEFAULT_SEGMENT_LIMIT,
};

/** Fills every missing key of (possibly old or partial) saved options with DEFAULT_MODEL_OPTIONS. Returns a new object. */
export function withModelDefaults(options?: PartialModelOptions | null): ModelOptions {
  const o = options ?? {};
  const d = DEFAULT_MODEL_OPTIONS;
  return {
    fields: { ...d.fields, ...(o.fields ?? {}) },
    format: o.format ?? d.format,
    widePrefixes: { ...d.widePrefixes, ...(o.widePrefixes ?? {}) },
    dataRefId: o.dataRefId ?? d.dataRefId,
    profilesRefId: o.profilesRefId ?? d.profilesRefId,
    period: { ...d.period, ...(o.period ?? {}) },
    cuts: {
      x: { ...d.cuts.x, ...(o.cuts?.x ?? {}) },
      y: { ...d.cuts.y, ...(o.cuts?.y ?? {}) },
    },
    preset: o.preset ?? d.preset,
    quadrantNames: { ...(o.quadrantNames ?? {}) },
    axisTitles: { ...d.axisTitles, ...(o.axisTitles ?? {}) },
    xAxis: {
      ...d.xAxis,
      ...(o.xAxis ?? {}),
      ordinalOrder: [...(o.xAxis?.ordinalOrder ?? d.xAxis.ordinalOrder)],
    },
    composite: {
      ...d.composite,
      ...(o.composite ?? {}),
      components: (o.composite?.components ?? d.composite.components).map((c) => ({ ...c })),
    },
    priorityValues: [...(o.priorityValues ?? d.priorityValues)],
    priorityQuadrants: [...(o.priorityQuadrants ?? d.priorityQuadrants)],
    tolerance: o.tolerance ?? d.tolerance,
    toleranceBy: o.toleranceBy ? { ...o.toleranceBy } : undefined,
    hierarchy: o.hierarchy ?? d.hierarchy,
    segmentLimit: o.segmentLimit ?? d.segmentLimit,
  };
}
