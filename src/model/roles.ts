import { isNumericKind, normalizeName, type Column, type ColumnKind } from './columns';
import { FIELD_ROLES, ROLE_ALIASES, ROLE_LABELS } from './defaults';
import type { FieldMapping, FieldRole, WidePrefixes } from './types';

export type RoleColumns = Record<FieldRole, Column | null>;

export interface RoleResolution {
  kind: 'ok';
  roles: RoleColumns;
  guessed: FieldRole[];
  /** Mapped fields that were not found (optional roles and composite components). */
  missing: Array<{ role: string; name: string }>;
  /** Composite components resolved to columns (same order as the options, missing ones dropped). */
  composite: Array<{ column: Column; weight: number; field: string }>;
  /** Whether x holds categories (ordinal axis). */
  ordinalX: boolean;
}

export type RoleResult = RoleResolution | { kind: 'error'; message: string };

export interface RoleRequest {
  mapping: FieldMapping;
  /** `ordinal` forces a text x; `auto` accepts a text x by name; numeric scales need a number x. */
  xScale: 'auto' | 'linear' | 'log' | 'ordinal';
  composite: Array<{ field: string; weight: number }> | null;
  wide: WidePrefixes | null;
}

const NUMBER_ROLES: ReadonlySet<FieldRole> = new Set<FieldRole>(['y', 'size', 'growth', 'satisfaction', 'resource']);

/** Can a column of this kind serve the role when guessed by name? */
function nameAccepts(role: FieldRole, kind: ColumnKind, xScale: RoleRequest['xScale']): boolean {
  if (NUMBER_ROLES.has(role)) {
    return isNumericKind(kind);
  }
  switch (role) {
    case 'x':
      return xScale === 'ordinal' || xScale === 'auto' ? kind !== 'time' : isNumericKind(kind);
    case 'segment':
    case 'parent':
    case 'lineage':
      return kind !== 'time';
    default:
      return true;
  }
}

/** Can a column of this kind serve the role when guessed by type? Only required roles and period fall back by type. */
function typeAccepts(role: FieldRole, kind: ColumnKind, xScale: RoleRequest['xScale']): boolean {
  switch (role) {
    case 'segment':
      return kind === 'text';
    case 'period':
      return kind === 'time';
    case 'x':
      return xScale === 'ordinal' ? kind === 'text' : isNumericKind(kind);
    case 'y':
      return isNumericKind(kind);
    default:
      return false;
  }
}

function stripWidePrefix(name: string, wide: WidePrefixes | null): string {
  if (!wide) {
    return name;
  }
  const lower = name.toLowerCase();
  for (const p of [wide.baseline, wide.current]) {
    if (p && lower.startsWith(p.toLowerCase()) && name.length > p.length) {
      return name.slice(p.length);
    }
  }
  return name;
}

/** Finds a column by a name set in the options: exact, then case-insensitive, then without wide prefix. */
export function findColumn(columns: Column[], name: string, wide: WidePrefixes | null): Column | null {
  const exact = columns.find((c) => c.name === name || c.shared?.name === name);
  if (exact) {
    return exact;
  }
  const key = normalizeName(name);
  const byKey = columns.find((c) => c.keys.includes(key));
  if (byKey) {
    return byKey;
  }
  if (wide) {
    const base = normalizeName(stripWidePrefix(name, wide));
    return columns.find((c) => (c.baseline || c.current) && c.keys.includes(base)) ?? null;
  }
  return null;
}

function describeColumns(columns: Column[]): string {
  if (columns.length === 0) {
    return '(none)';
  }
  return columns.map((c) => `${c.name} (${kindLabel(c.kind)})`).join(', ');
}

function kindLabel(kind: ColumnKind): string {
  switch (kind) {
    case 'numeric-text':
      return 'number as text';
    default:
      return kind;
  }
}

function aliasList(role: FieldRole): string {
  const a = ROLE_ALIASES[role];
  return a.length > 1 ? `${a.slice(0, -1).join(', ')} or ${a[a.length - 1]}` : a[0];
}

function requiredError(role: FieldRole, columns: Column[], xScale: RoleRequest['xScale']): string {
  const what =
    role === 'segment'
      ? 'No text field for the segment role'
      : role === 'x' && xScale === 'ordinal'
        ? 'No text field for the x (needs) role of the ordinal axis'
        : `No numeric field for the ${ROLE_LABELS[role]} role`;
  return `${what}. Map it in the options or name a column ${aliasList(role)}. Fields: ${describeColumns(columns)}.`;
}

/**
 * Maps each role to a column: the name set in the options, else the first name alias
 * (case-insensitive, in alias order) of a fitting type, else — for segment, period, x and y — the
 * first unused column of the right type. The growth measure falls back to the size measure.
 */
export function resolveRoles(columns: Column[], req: RoleRequest): RoleResult {
  const roles = {} as RoleColumns;
  for (const r of FIELD_ROLES) {
    roles[r] = null;
  }
  const guessed: FieldRole[] = [];
  const missing: Array<{ role: string; name: string }> = [];
  const used = new Set<Column>();
  const compositeOn = req.composite !== null;

  // 1. Names set in the options.
  for (const role of FIELD_ROLES) {
    if (role === 'y' && compositeOn) {
      continue;
    }
    const name = (req.mapping[role] ?? '').trim();
    if (!name) {
      continue;
    }
    const col = findColumn(columns, name, req.wide);
    if (!col) {
      if (role === 'segment' || role === 'x' || role === 'y') {
        return {
          kind: 'error',
          message: `The field "${name}" set for the ${ROLE_LABELS[role]} role is not in the data. Fields: ${describeColumns(columns)}.`,
        };
      }
      missing.push({ role: ROLE_LABELS[role], name });
      continue;
    }
    roles[role] = col;
    used.add(col);
  }

  // 2. Name aliases.
  for (const role of FIELD_ROLES) {
    if (roles[role] || (role === 'y' && compositeOn) || (req.mapping[role] ?? '').trim()) {
      continue;
    }
    for (const alias of ROLE_ALIASES[role]) {
      const col = columns.find(
        (c) =>
          c.keys.includes(alias) &&
          nameAccepts(role, c.kind, req.xScale) &&
          (!used.has(c) || (role === 'growth' && c === roles.size))
      );
      if (col) {
        roles[role] = col;
        used.add(col);
        guessed.push(role);
        break;
      }
    }
  }

  // 3. Types, for the required roles and the period.
  for (const role of ['segment', 'period', 'x', 'y'] as FieldRole[]) {
    if (roles[role] || (role === 'y' && compositeOn) || (req.mapping[role] ?? '').trim()) {
      continue;
    }
    if (role === 'period' && req.wide) {
      continue;
    }
    const col = columns.find((c) => !used.has(c) && typeAccepts(role, c.kind, req.xScale));
    if (col) {
      roles[role] = col;
      used.add(col);
      guessed.push(role);
    }
  }

  for (const role of ['segment', 'x', 'y'] as FieldRole[]) {
    if (!roles[role] && !(role === 'y' && compositeOn)) {
      return { kind: 'error', message: requiredError(role, columns, req.xScale) };
    }
  }

  // 4. Growth measure defaults to the size measure.
  if (!roles.growth && roles.size && !(req.mapping.growth ?? '').trim()) {
    roles.growth = roles.size;
    guessed.push('growth');
  }

  const composite: RoleResolution['composite'] = [];
  if (req.composite) {
    for (const c of req.composite) {
      const name = (c.field ?? '').trim();
      if (!name) {
        continue;
      }
      const col = findColumn(columns, name, req.wide);
      if (!col) {
        missing.push({ role: 'composite value', name });
        continue;
      }
      const weight = Number.isFinite(c.weight) ? c.weight : 1;
      composite.push({ column: col, weight, field: col.name });
    }
    if (composite.length === 0) {
      const numeric = columns.filter((c) => isNumericKind(c.kind));
      return {
        kind: 'error',
        message: `The composite value axis has no field that is in the data. Add numeric fields to it (or turn it off). Numeric fields: ${
          numeric.length ? numeric.map((c) => c.name).join(', ') : '(none)'
        }.`,
      };
    }
  }

  const x = roles.x as Column;
  const ordinalX = req.xScale === 'ordinal' || (req.xScale === 'auto' && !isNumericKind(x.kind));
  if (!ordinalX && !isNumericKind(x.kind) && x.kind !== 'other') {
    return {
      kind: 'error',
      message: `The x (needs) field "${x.name}" holds ${kindLabel(x.kind)} values; a ${req.xScale} axis needs numbers. Choose the ordinal scale or another field. Fields: ${describeColumns(columns)}.`,
    };
  }

  return { kind: 'ok', roles, guessed, missing, composite, ordinalX };
}
