import type { Seg } from './points';

/** r / Σ r over the values present (null stays null); all null when Σ r ≤ 0 or nothing is present. */
export function resourceShares(resources: ReadonlyArray<number | null>): Array<number | null> {
  let total = 0;
  let any = false;
  for (const r of resources) {
    if (r !== null && Number.isFinite(r)) {
      total += r;
      any = true;
    }
  }
  if (!any || !(total > 0)) {
    return resources.map(() => null);
  }
  return resources.map((r) => (r !== null && Number.isFinite(r) ? r / total : null));
}

/**
 * Sets resourceShare on every point: resource / Σ resource over the segments present in
 * that period (always per period, so budgets, headcounts and percentages all work).
 */
export function assignShares(segments: Seg[], periods: number): void {
  const totals = new Float64Array(periods);
  const present = new Uint8Array(periods);
  for (const s of segments) {
    const pts = s.pts;
    for (let t = 0; t < periods; t++) {
      const p = pts[t];
      if (p && p.resource !== null) {
        totals[t] += p.resource;
        present[t] = 1;
      }
    }
  }
  for (const s of segments) {
    const pts = s.pts;
    for (let t = 0; t < periods; t++) {
      const p = pts[t];
      if (p) {
        p.resourceShare = present[t] && totals[t] > 0 && p.resource !== null ? p.resource / totals[t] : null;
      }
    }
  }
}
