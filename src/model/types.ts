/**
 * Types of the segment model: DataFrame[] + ModelOptions -> MatrixModel (DESIGN §2–§4, §6, §7).
 * Everything here is plain, serialisable data. Additions are fine; renames are not.
 */

/** Quadrant id: first letter x, second letter y; H when the value is >= the cut point. */
export type QuadrantId = 'HH' | 'HL' | 'LH' | 'LL';

/** Every field role of DESIGN §2. `growth` is the growth measure, `size` the size measure. */
export type FieldRole =
  | 'segment'
  | 'period'
  | 'x'
  | 'y'
  | 'size'
  | 'growth'
  | 'satisfaction'
  | 'resource'
  | 'priority'
  | 'parent'
  | 'lineage';

/**
 * Field name per role. Empty or undefined = guess (name aliases, then type).
 * In wide format a numeric role names the measure without its prefix (e.g. `needs` for
 * `baseline_needs` / `current_needs`); the full prefixed column name is accepted too.
 */
export type FieldMapping = Partial<Record<FieldRole, string>>;

export type DataFormat = 'auto' | 'long' | 'wide';
export type PeriodMode = 'first-last' | 'explicit' | 'time-range';
export type CutMode = 'median' | 'mean' | 'fixed' | 'variable';
export type PresetId =
  | 'needs-vs-value'
  | 'frequency-vs-recency'
  | 'severity-vs-complexity'
  | 'share-vs-growth'
  | 'custom';
/** `auto` = ordinal when the x field holds text, otherwise the preset's scale (log for share-vs-growth). */
export type XScaleOption = 'auto' | 'linear' | 'log' | 'ordinal';
export type AxisScale = 'linear' | 'log' | 'ordinal';
export type Normalization = 'min-max' | 'z-score';
export type HierarchyMode = 'segments' | 'parents' | 'children';
export type Verdict = 'on-track' | 'off-track' | 'flat' | 'no-data';
export type SegmentStatus = 'both' | 'new' | 'retired';
export type PeriodKind = 'time' | 'number' | 'string' | 'none';
export type IndicatorKey = 'growth' | 'resources' | 'satisfaction';

export interface CutOptions {
  mode: CutMode;
  /** Used when mode = 'fixed'. For an ordinal axis: the 0-based category position. */
  value?: number;
  /**
   * Used when mode = 'variable': a string such as `$needs_cut`, resolved with context.replaceVariables,
   * then read as a number (or, on an ordinal axis, as a category name). Falls back to the median with a warning.
   */
  variable?: string;
}

export interface PeriodOptions {
  mode: PeriodMode;
  /** Explicit mode: period value or a dashboard variable such as `$baseline`. Empty = earliest period. */
  baseline: string;
  /** Explicit mode: period value or a dashboard variable such as `$current`. Empty = latest period. */
  current: string;
}

export interface XAxisOptions {
  scale: XScaleOption;
  /** Ordinal axis: category order, low to high (matched case-insensitively). Empty = natural order of the values. */
  ordinalOrder: string[];
  /** Flip the axis relative to the preset's own direction (share-vs-growth already shows high share on the left). */
  reverse: boolean;
}

export interface CompositeComponent {
  field: string;
  weight: number;
}

export interface CompositeOptions {
  enabled: boolean;
  components: CompositeComponent[];
  normalization: Normalization;
}

export interface WidePrefixes {
  baseline: string;
  current: string;
}

export interface AxisTitleOptions {
  /** Empty = the preset's title (custom preset: the field name). */
  x: string;
  y: string;
}

export interface ModelOptions {
  fields: FieldMapping;
  format: DataFormat;
  widePrefixes: WidePrefixes;
  /** refId of the data frame; empty = the first frame with rows that is not the profiles frame. */
  dataRefId: string;
  /** refId of the profiles frame; empty = auto-detect (a second frame with a segment column and profile columns). */
  profilesRefId: string;
  period: PeriodOptions;
  cuts: { x: CutOptions; y: CutOptions };
  preset: PresetId;
  /** Per-quadrant name overrides; empty/undefined = the preset's name. */
  quadrantNames: Partial<Record<QuadrantId, string>>;
  axisTitles: AxisTitleOptions;
  xAxis: XAxisOptions;
  composite: CompositeOptions;
  /** Priority field values meaning "priority" (case-insensitive). */
  priorityValues: string[];
  /** Baseline quadrants that are priority when no priority field is mapped. */
  priorityQuadrants: QuadrantId[];
  /** Verdict tolerance: on-track when > tolerance, off-track when < -tolerance. */
  tolerance: number;
  /** Optional per-indicator tolerance overriding `tolerance` (growth is a fraction, satisfaction in points). */
  toleranceBy?: Partial<Record<IndicatorKey, number>>;
  hierarchy: HierarchyMode;
  /** Largest segments (by current size) shown; the rest are counted in a warning. */
  segmentLimit: number;
}

/** Deep-partial options as they may come from saved panel JSON. */
export type PartialModelOptions = Partial<
  Omit<ModelOptions, 'period' | 'cuts' | 'xAxis' | 'composite' | 'widePrefixes' | 'axisTitles'>
> & {
  period?: Partial<PeriodOptions>;
  cuts?: { x?: Partial<CutOptions>; y?: Partial<CutOptions> };
  xAxis?: Partial<XAxisOptions>;
  composite?: Partial<CompositeOptions>;
  widePrefixes?: Partial<WidePrefixes>;
  axisTitles?: Partial<AxisTitleOptions>;
};

export interface ModelContext {
  replaceVariables?: (s: string) => string;
  /** Dashboard time range, epoch ms. */
  timeRange?: { from: number; to: number };
}

/** One segment at one period. */
export interface PeriodPoint {
  /** Position on x. For an ordinal axis: the 0-based category position (see xCategory). */
  x: number;
  y: number;
  size: number | null;
  growthMeasure: number | null;
  satisfaction: number | null;
  /** Raw resource value (budget, headcount…), before normalisation. */
  resource: number | null;
  /** resource / Σ resource over the segments present in that period. */
  resourceShare: number | null;
  quadrant: QuadrantId;
  /** Ordinal x axis: the category; otherwise null. */
  xCategory: string | null;
}

export interface TrailPoint extends PeriodPoint {
  period: string;
}

export interface Lineage {
  /** `merge` when the row names two or more earlier segments, `split` when it names one. */
  kind: 'split' | 'merge';
  from: string[];
}

export interface SegmentModel {
  segment: string;
  parent: string | null;
  status: SegmentStatus;
  priority: boolean;
  /**
   * Baseline point for drawing and metrics. For a segment with lineage this is the (size-weighted)
   * baseline of the segments it came from; a split shares the ancestor's size, measure and resource
   * among its successors in proportion to their current growth measure (size when absent).
   */
  baseline: PeriodPoint | null;
  current: PeriodPoint | null;
  growth: number | null;
  satisfactionDelta: number | null;
  resourceShareDelta: number | null;
  movedQuadrant: boolean;
  lineage: Lineage | null;
  /** Segments that name this one in their lineage (it was split or merged into them). */
  successors: string[];
  /** Points for every period from baseline to current (inclusive) in which the segment has a row. */
  trail: TrailPoint[];
  profile: Record<string, string> | null;
  /** Parents mode: the children aggregated into this segment; otherwise empty. */
  children: string[];
}

export interface Indicators {
  growthGap: number | null;
  resourceShift: number | null;
  prioritySatisfactionDelta: number | null;
  otherSatisfactionDelta: number | null;
  /** G(P) and G(not P): Σ m_c / Σ m_b − 1 over segments with both values. */
  growthPriority: number | null;
  growthOther: number | null;
  verdicts: Record<IndicatorKey, Verdict>;
  prioritySegments: number;
  otherSegments: number;
}

export type WarningKind =
  | 'non-finite'
  | 'negative-size'
  | 'duplicate-row'
  | 'segment-limit'
  | 'missing-segment'
  | 'missing-period'
  | 'missing-field'
  | 'unknown-category'
  | 'non-positive-log'
  | 'unknown-lineage'
  | 'invalid-cut';

export interface ModelWarning {
  kind: WarningKind;
  message: string;
  count: number;
  /** One example of what was skipped, e.g. `Enterprise @ 2024-Q1: satisfaction = NaN`. */
  example: string | null;
}

export interface AxisModel {
  /** Title including direction, e.g. "Customer needs: universal → specialized". */
  title: string;
  /** Field (or wide measure) on this axis; null for a composite axis. */
  field: string | null;
  scale: AxisScale;
  /** [min, max] of drawn points and cut; padded when zero-range; positive for log. */
  domain: [number, number];
  reverse: boolean;
  /** Ordinal axis: categories in order (position = index); otherwise null. */
  categories: string[] | null;
  /** Composite axis: its components; otherwise null. */
  composite: CompositeComponent[] | null;
}

export interface QuadrantModel {
  id: QuadrantId;
  name: string;
  /** Where the quadrant is drawn (accounts for a reversed x axis). */
  xSide: 'left' | 'right';
  ySide: 'top' | 'bottom';
  /** Whether this quadrant is one of the priority quadrants (meaningful when priority is by quadrant). */
  priority: boolean;
}

export interface MatrixModel {
  format: 'long' | 'wide';
  preset: PresetId;
  hierarchy: HierarchyMode;
  periodKind: PeriodKind;
  /** Display label of the baseline period; null when there is a single period. */
  baselinePeriod: string | null;
  currentPeriod: string | null;
  /** All period labels, sorted. */
  periods: string[];
  /** Labels from baseline to current inclusive (the trail's periods). */
  trailPeriods: string[];
  cuts: { x: number; y: number };
  axes: { x: AxisModel; y: AxisModel };
  quadrantNames: Record<QuadrantId, string>;
  quadrants: QuadrantModel[];
  /** Legend order: priority first, then current size descending (baseline size for retired), then name (natural order). */
  segments: SegmentModel[];
  /** Distinct parent names, by total current size descending then name. */
  parents: string[];
  priorityBy: 'field' | 'quadrant';
  indicators: Indicators;
  warnings: ModelWarning[];
  /** Field (wide: measure base name) used for each role, or null. */
  fieldsUsed: Record<FieldRole, string | null>;
  /** Roles whose field was guessed (not set in options). */
  guessedRoles: FieldRole[];
  /** Profile columns in frame order (for tooltip / table). */
  profileFields: string[];
}

export type ModelResult =
  | { kind: 'model'; model: MatrixModel }
  | { kind: 'error'; message: string; fieldNames: string[] };

/** DESIGN §6 summary point. */
export interface SummaryPoint {
  x: number | null;
  y: number | null;
  size: number | null;
  growthMeasure: number | null;
  satisfaction: number | null;
  resourceShare: number | null;
  quadrant: QuadrantId | null;
}

export interface SummarySegment {
  segment: string;
  parent: string | null;
  status: SegmentStatus;
  priority: boolean;
  baseline: SummaryPoint | null;
  current: SummaryPoint | null;
  growth: number | null;
  satisfactionDelta: number | null;
  resourceShareDelta: number | null;
  movedQuadrant: boolean;
}

export interface SummaryWarning {
  kind: WarningKind;
  message: string;
  count: number;
  example: string | null;
}

/** DESIGN §6 render summary (public, versioned contract). */
export interface RenderSummary {
  baseline: string | null;
  current: string | null;
  cuts: { x: number | null; y: number | null };
  segments: SummarySegment[];
  indicators: {
    growthGap: number | null;
    resourceShift: number | null;
    prioritySatisfactionDelta: number | null;
    otherSatisfactionDelta: number | null;
    verdicts: Record<IndicatorKey, Verdict>;
  };
  warnings: SummaryWarning[];
}
