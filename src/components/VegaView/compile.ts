import { parse, View, type Runtime } from 'vega';
import { expressionInterpreter } from 'vega-interpreter';
import type { TopLevelSpec } from 'vega-lite';
import { toVegaSpec } from '../../spec/vega';

export type CompiledSpec = { kind: 'runtime'; runtime: Runtime } | { kind: 'error'; message: string };

/**
 * Vega-Lite → Vega (plus the spec's pixel-space marks, see spec/vega.ts) → a runtime whose expressions
 * are ASTs (`ast: true`), so that they can be evaluated by the interpreter instead of generated code:
 * no eval/new Function, strict CSP works.
 */
export function compileSpec(spec: TopLevelSpec): CompiledSpec {
  try {
    return { kind: 'runtime', runtime: parse(toVegaSpec(spec), undefined, { ast: true }) };
  } catch (e) {
    return { kind: 'error', message: e instanceof Error ? e.message : String(e) };
  }
}

export type Renderer = 'svg' | 'canvas';

export function createView(runtime: Runtime, container: HTMLElement, renderer: Renderer = 'svg'): View {
  return new View(runtime, { expr: expressionInterpreter, renderer, container, hover: true });
}
