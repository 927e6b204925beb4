/** The segment row behind a Vega scene item: the item's datum, or (labels, reactive geometry) its datum's datum. */
export function rowOf(item: unknown): Record<string, unknown> | null {
  let d = (item as { datum?: unknown } | null | undefined)?.datum;
  for (let depth = 0; depth < 3 && d && typeof d === 'object'; depth++) {
    const record = d as Record<string, unknown>;
    if (typeof record.segment === 'string') {
      return record;
    }
    d = record.datum;
  }
  return null;
}
