import { parse, View, type Runtime } from 'vega';
import { expressionInterpreter } from 'vega-interpreter';
import { compile, type TopLevelSpec } from 'vega-lite';

export type CompiledSpec = { kind: 'runtime'; runtime: Runtime } | { kind: 'error'; message: string };

/**
 * Vega-Lite → Vega → a runtime whose expressions are ASTs (`ast: true`), so that they can be evaluated
 * by the interpreter instead of generated code: no eval/new Function, strict CSP works.
 */
export function compileSpec(spec: TopLevelSpec): CompiledSpec {
  try {
    return { kind: 'runtime', runtime: parse(compile(spec).spec, undefined, { ast: true }) };
  } catch (e) {
    return { kind: 'error', message: e instanceof Error ? e.message : String(e) };
  }
}

export function createView(runtime: Runtime, container: HTMLElement): View {
  return new View(runtime, { expr: expressionInterpreter, renderer: 'svg', container, hover: true });
}
