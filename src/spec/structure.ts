import type { Spec as VegaSpec } from 'vega';

/** A spec split into its structure (what the view is built from) and its values (what can change in place). */
export interface SpecParts {
  /** The spec without dataset values and value-signal values, as a string: equal strings, same view. */
  structure: string;
  /** The same structure as a spec (what Vega parses). */
  structureSpec: VegaSpec;
  datasets: Record<string, unknown[]>;
  signals: Record<string, unknown>;
}

type Named = { name: string; [k: string]: unknown };

/** A value signal holds a value only: no `update`, no `on`, no `init` (those are part of the structure). */
const isValueSignal = (s: Named) => 'value' in s && !('on' in s) && !('update' in s) && !('init' in s);

export function splitSpec(spec: VegaSpec): SpecParts {
  const datasets: Record<string, unknown[]> = {};
  const signals: Record<string, unknown> = {};
  const data = ((spec.data ?? []) as Named[]).map((d) => {
    if (Array.isArray(d.values)) {
      datasets[d.name] = d.values;
      return { ...d, values: [] };
    }
    return d;
  });
  const sigs = ((spec.signals ?? []) as Named[]).map((s) => {
    if (isValueSignal(s)) {
      signals[s.name] = s.value;
      return { ...s, value: null };
    }
    return s;
  });
  const structureSpec = { ...spec, data, signals: sigs } as VegaSpec;
  return { structure: JSON.stringify(structureSpec), structureSpec, datasets, signals };
}

/** What to change in a view built from `from` so that it shows `to` (same structure): datasets by identity, signals by value. */
export function valueChanges(from: SpecParts, to: SpecParts): { datasets: string[]; signals: string[] } {
  const datasets = Object.keys(to.datasets).filter((name) => from.datasets[name] !== to.datasets[name]);
  const signals = Object.keys(to.signals).filter((name) => JSON.stringify(from.signals[name]) !== JSON.stringify(to.signals[name]));
  return { datasets, signals };
}
