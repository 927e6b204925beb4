import type { Column } from './columns';
import type { RoleColumns } from './roles';
import { describeValue, toNumber, toText } from './values';
import type { WarningCollector } from './warnings';
import type { PeriodKind, TrailPoint } from './types';

/** A segment's rows over the trail periods (index 0 = baseline when there is one, last = current). */
export interface RawSegment {
  name: string;
  parent: string | null;
  /** Priority by field: whether the value is a priority value; null when no priority field is mapped. */
  priorityFlag: boolean | null;
  lineage: string | null;
  /**
   * Points as read (ordinal x: position set later from xCategory; composite y: set later from
   * `components`), one per trail period, null where there is no usable row.
   */
  points: Array<TrailPoint | null>;
  /** Composite axis: the component values per trail period; otherwise null. */
  components: Array<number[] | null> | null;
}

export interface Ingested {
  format: 'long' | 'wide';
  periodKind: PeriodKind;
  /** All period labels, sorted. */
  periods: string[];
  /** Labels of the trail periods, baseline (if any) first, current last. */
  trail: string[];
  hasBaseline: boolean;
  segments: RawSegment[];
}

type Values = ArrayLike<unknown> | null;

function valuesOf(col: Column | null, side: 0 | 1 | null): Values {
  if (!col) {
    return null;
  }
  if (side === null) {
    return col.shared ? col.shared.values : null;
  }
  const f = side === 0 ? (col.baseline ?? col.shared) : (col.current ?? col.shared);
  return f ? f.values : null;
}

/** Reads points and attributes from rows; one reader per side (long format: side null). */
export class PointReader {
  private readonly x: Values;
  private readonly y: Values;
  private readonly size: Values;
  private readonly growth: Values;
  private readonly satisfaction: Values;
  private readonly resource: Values;
  private readonly comps: Values[] | null;
  private readonly names: {
    x: string;
    y: string;
    size: string;
    growth: string;
    satisfaction: string;
    resource: string;
    comps: string[];
  };
  private readonly parentV: Values;
  private readonly priorityV: Values;
  private readonly lineageV: Values;
  private readonly prioritySet: ReadonlySet<string>;

  constructor(
    roles: RoleColumns,
    composite: Array<{ column: Column }> | null,
    private readonly ordinalX: boolean,
    side: 0 | 1 | null,
    priorityValues: readonly string[],
    private readonly warnings: WarningCollector
  ) {
    this.x = valuesOf(roles.x, side);
    this.y = composite ? null : valuesOf(roles.y, side);
    this.size = valuesOf(roles.size, side);
    this.growth = valuesOf(roles.growth, side);
    this.satisfaction = valuesOf(roles.satisfaction, side);
    this.resource = valuesOf(roles.resource, side);
    this.comps = composite ? composite.map((c) => valuesOf(c.column, side)) : null;
    this.names = {
      x: roles.x?.name ?? 'x',
      y: roles.y?.name ?? 'y',
      size: roles.size?.name ?? 'size',
      growth: roles.growth?.name ?? 'growth',
      satisfaction: roles.satisfaction?.name ?? 'satisfaction',
      resource: roles.resource?.name ?? 'resource',
      comps: composite ? composite.map((c) => c.column.name) : [],
    };
    // Attributes: the current side wins in wide format (see valuesOf).
    const attrSide = side === null ? null : 1;
    this.parentV = valuesOf(roles.parent, attrSide) ?? valuesOf(roles.parent, 0);
    this.priorityV = valuesOf(roles.priority, attrSide) ?? valuesOf(roles.priority, 0);
    this.lineageV = valuesOf(roles.lineage, attrSide) ?? valuesOf(roles.lineage, 0);
    this.prioritySet = new Set(priorityValues.map((v) => v.trim().toLowerCase()));
  }

  get hasPriority(): boolean {
    return this.priorityV !== null;
  }

  /** Whether x and y are both empty in this row (wide format: the segment is absent on this side). */
  isAbsent(row: number): boolean {
    const xv = this.x ? this.x[row] : null;
    if (xv !== null && xv !== undefined && xv !== '') {
      return false;
    }
    if (this.comps) {
      return this.comps.every((c) => !c || c[row] === null || c[row] === undefined || c[row] === '');
    }
    const yv = this.y ? this.y[row] : null;
    return yv === null || yv === undefined || yv === '';
  }

  /** Composite components of the last successful read (a new array each time); null when not composite. */
  lastComponents: number[] | null = null;

  /**
   * Reads a row into a point; null (and a warning) when x or y is unusable. `seg` and `period`
   * name the row in warning examples. Ordinal x and composite y are placeholders until toPoints.
   */
  read(row: number, seg: string, period: string): TrailPoint | null {
    let ok = true;
    let x = 0;
    let xCategory: string | null = null;
    const xv = this.x ? this.x[row] : null;
    if (this.ordinalX) {
      xCategory = toText(xv);
      if (xCategory === null) {
        this.invalid(seg, period, this.names.x, xv);
        ok = false;
      }
    } else {
      const n = toNumber(xv);
      if (n === null) {
        this.invalid(seg, period, this.names.x, xv);
        ok = false;
      } else {
        x = n;
      }
    }
    let y = 0;
    if (this.comps) {
      const components = new Array<number>(this.comps.length);
      for (let k = 0; k < this.comps.length; k++) {
        const vals = this.comps[k];
        const raw = vals ? vals[row] : null;
        const n = toNumber(raw);
        if (n === null) {
          this.invalid(seg, period, this.names.comps[k], raw);
          ok = false;
        }
        components[k] = n ?? NaN;
      }
      this.lastComponents = ok ? components : null;
    } else {
      const yv = this.y ? this.y[row] : null;
      const n = toNumber(yv);
      if (n === null) {
        this.invalid(seg, period, this.names.y, yv);
        ok = false;
      } else {
        y = n;
      }
    }
    if (!ok) {
      return null;
    }
    let size = this.optional(this.size, row, seg, period, this.names.size);
    if (size !== null && size < 0) {
      this.warnings.add('negative-size', `${seg} @ ${period}: ${this.names.size} = ${size}`);
      size = null;
    }
    const growthMeasure =
      this.growth === this.size && this.growth !== null
        ? size
        : this.optional(this.growth, row, seg, period, this.names.growth);
    return {
      x,
      y,
      size,
      growthMeasure,
      satisfaction: this.optional(this.satisfaction, row, seg, period, this.names.satisfaction),
      resource: this.optional(this.resource, row, seg, period, this.names.resource),
      resourceShare: null,
      quadrant: 'LL',
      xCategory,
      period,
    };
  }

  parent(row: number): string | null {
    return this.parentV ? toText(this.parentV[row]) : null;
  }

  lineage(row: number): string | null {
    return this.lineageV ? toText(this.lineageV[row]) : null;
  }

  priority(row: number): boolean | null {
    if (!this.priorityV) {
      return null;
    }
    const v = this.priorityV[row];
    if (v === null || v === undefined) {
      return false;
    }
    const s = (typeof v === 'string' ? v : String(v)).trim().toLowerCase();
    return this.prioritySet.has(s);
  }

  private optional(vals: Values, row: number, seg: string, period: string, name: string): number | null {
    if (!vals) {
      return null;
    }
    const raw = vals[row];
    const n = toNumber(raw);
    if (n === null) {
      this.invalid(seg, period, name, raw);
    }
    return n;
  }

  private invalid(seg: string, period: string, name: string, raw: unknown): void {
    this.warnings.add('non-finite', `${seg} @ ${period}: ${name} = ${describeValue(raw)}`);
  }
}

/** Reads one row into trail slot t. */
export function readInto(seg: RawSegment, t: number, row: number, reader: PointReader, period: string): void {
  const p = reader.read(row, seg.name, period);
  seg.points[t] = p;
  if (p && seg.components) {
    seg.components[t] = reader.lastComponents;
  }
}
