/**
 * The change from a dataset's current tuples to new rows, keyed: rows whose key already exists modify
 * that tuple (only the fields that differ), the others are inserted, tuples without a new row removed.
 * Keeping tuples (and so the scene items drawn from them) alive across updates makes an update cheap and
 * keeps the view's memory flat: replacing every tuple on each update left items behind in Vega's
 * mark-as-data (label) path.
 */
export interface RowChanges<T> {
  insert: Array<Record<string, unknown>>;
  remove: T[];
  modify: Array<{ tuple: T; field: string; value: unknown }>;
}

export type RowKey = (row: Record<string, unknown>) => string;

export function rowChanges<T extends Record<string, unknown>>(current: T[], next: Array<Record<string, unknown>>, key: RowKey): RowChanges<T> {
  const byKey = new Map<string, T>();
  for (const t of current) {
    byKey.set(key(t), t);
  }
  const out: RowChanges<T> = { insert: [], remove: [], modify: [] };
  const seen = new Set<string>();
  for (const row of next) {
    const k = key(row);
    const tuple = byKey.get(k);
    if (!tuple || seen.has(k)) {
      out.insert.push(row);
      continue;
    }
    seen.add(k);
    for (const field of Object.keys(row)) {
      if (!sameValue(tuple[field], row[field])) {
        out.modify.push({ tuple, field, value: row[field] });
      }
    }
  }
  for (const [k, t] of byKey) {
    if (!seen.has(k)) {
      out.remove.push(t);
    }
  }
  return out;
}

function sameValue(a: unknown, b: unknown): boolean {
  if (a === b || (Number.isNaN(a) && Number.isNaN(b))) {
    return true;
  }
  return typeof a === 'object' && typeof b === 'object' && a !== null && b !== null && JSON.stringify(a) === JSON.stringify(b);
}
