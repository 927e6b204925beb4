/** Reading cell values of any field type (numbers may arrive as text, e.g. Postgres numeric). */

/** A finite number, or null for null / empty / unparseable / non-finite values. */
export function toNumber(v: unknown): number | null {
  if (typeof v === 'number') {
    return Number.isFinite(v) ? v : null;
  }
  if (typeof v === 'string') {
    const t = v.trim();
    if (t === '') {
      return null;
    }
    const n = Number(t);
    return Number.isFinite(n) ? n : null;
  }
  if (typeof v === 'bigint') {
    const n = Number(v);
    return Number.isFinite(n) ? n : null;
  }
  if (v instanceof Date) {
    const n = v.getTime();
    return Number.isFinite(n) ? n : null;
  }
  return null;
}

/** A trimmed, non-empty text, or null. */
export function toText(v: unknown): string | null {
  if (v === null || v === undefined) {
    return null;
  }
  const s = typeof v === 'string' ? v.trim() : String(v).trim();
  return s === '' ? null : s;
}

/** A short printable form of a raw value for warning examples. */
export function describeValue(v: unknown): string {
  if (v === null) {
    return 'null';
  }
  if (v === undefined) {
    return 'missing';
  }
  if (typeof v === 'string') {
    return v === '' ? '""' : JSON.stringify(v.length > 40 ? v.slice(0, 40) + '…' : v);
  }
  return String(v);
}

/** Whether a number role can read this value (used to sniff numeric text columns). */
export function isNumericText(v: unknown): boolean {
  return typeof v === 'string' && toNumber(v) !== null;
}
