import { parse, View, type Runtime, type Spec } from 'vega';
import { registerBatchedDrawing } from './batchedCanvas';
import { registerSteadyCanvasSize } from './steadyCanvas';
import { registerSvgTextPlacement } from './svgTextPlacement';
import { expressionCompiler } from './expressionCompiler';
import { registerExpressions } from '../../spec/runtime/register';
import type { SpecParts } from '../../spec/structure';

export type CompiledSpec = { kind: 'runtime'; runtime: Runtime } | { kind: 'error'; message: string };

/**
 * Vega spec → a runtime whose expressions are ASTs (`ast: true`), evaluated by compiled closures (expressionCompiler.ts) instead
 * of generated code: no eval/new Function, strict CSP works.
 */
export function compileSpec(spec: Spec): CompiledSpec {
  registerExpressions();
  try {
    return { kind: 'runtime', runtime: parse(spec, undefined, { ast: true }) };
  } catch (e) {
    return { kind: 'error', message: e instanceof Error ? e.message : String(e) };
  }
}

/** Structures kept compiled: a dashboard's panels, and the few a panel switches between (play, legends at small sizes). */
const STRUCTURES_KEPT = 16;
const compiledStructures = new Map<string, CompiledSpec>();

/**
 * A spec's structure compiled once per page: panels with the same options and data shape (a dashboard's
 * repeated panels, a panel mounted again after a dashboard switch or in edit mode) share Vega's parse,
 * about a fifth of a small chart's first render. The runtime is only read by the views built from it
 * (see createView); their values come from `loadValues`.
 */
export function compileStructure(parts: Pick<SpecParts, 'structure' | 'structureSpec'>): CompiledSpec {
  const kept = compiledStructures.get(parts.structure);
  if (kept) {
    compiledStructures.delete(parts.structure);
    compiledStructures.set(parts.structure, kept);
    return kept;
  }
  const compiled = compileSpec(parts.structureSpec);
  compiledStructures.set(parts.structure, compiled);
  if (compiledStructures.size > STRUCTURES_KEPT) {
    compiledStructures.delete(compiledStructures.keys().next().value as string);
  }
  return compiled;
}

/** How many structures are kept compiled (for tests). */
export const compiledStructureCount = () => compiledStructures.size;

export type Renderer = 'svg' | 'canvas';

/**
 * A view without its renderer: size it, then `initialize(container)`, so that the renderer starts at the
 * chart's size instead of the spec's nominal one (a canvas is then sized once, see ./steadyCanvas.ts).
 */
export function createView(runtime: Runtime, renderer: Renderer = 'svg'): View {
  registerBatchedDrawing();
  registerSteadyCanvasSize();
  registerSvgTextPlacement();
  // The view turns the event config's lists into sets in place: each view gets its own copy.
  const { eventConfig } = runtime as { eventConfig?: { defaults?: object } };
  const own = eventConfig ? { ...runtime, eventConfig: { ...eventConfig, defaults: { ...eventConfig.defaults } } } : runtime;
  return new View(own as Runtime, { expr: expressionCompiler, renderer, hover: true });
}

/** Puts a spec's dataset rows and value-signal values into a view built from its structure, before its first run. */
export function loadValues(view: View, parts: Pick<SpecParts, 'datasets' | 'signals'>): View {
  for (const [name, value] of Object.entries(parts.signals)) {
    view.signal(name, value);
  }
  for (const [name, rows] of Object.entries(parts.datasets)) {
    view.data(name, rows);
  }
  return view;
}
