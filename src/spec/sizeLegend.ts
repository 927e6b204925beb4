import type { MatrixModel } from '../model/types';

/** The size measure's display name, e.g. `customers` → `Customers`. */
export function sizeTitle(model: MatrixModel): string {
  const name = model.fieldsUsed.size ?? 'Size';
  const words = name.replace(/[_-]+/g, ' ').trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** Rounds down to a 1-2-5 number: 2350 → 2000, 1175 → 1000, 587 → 500, 0.3 → 0.2. */
function floorNice(v: number): number {
  const p = Math.pow(10, Math.floor(Math.log10(v)));
  const m = v / p;
  const n = m >= 5 ? 5 : m >= 2 ? 2 : 1;
  return Number((n * p).toPrecision(12));
}

/** Three size-legend entries (a quarter, half and all of the largest size), few enough to fit beside the colour legend. */
export function sizeLegendValues(sizes: number[]): number[] {
  let max = 0;
  for (const v of sizes) {
    if (Number.isFinite(v) && v > max) {
      max = v;
    }
  }
  if (max <= 0) {
    return [];
  }
  return [...new Set([floorNice(max / 4), floorNice(max / 2), floorNice(max)])].filter((v) => v > 0);
}
