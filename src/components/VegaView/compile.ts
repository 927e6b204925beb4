import { parse, View } from 'vega';
import { expressionInterpreter } from 'vega-interpreter';
import { compile, type TopLevelSpec } from 'vega-lite';

/**
 * Compiles a Vega-Lite spec and creates a Vega view that evaluates expressions with the interpreter,
 * never with eval/new Function, so the panel works under a strict Content-Security-Policy.
 */
export function createView(spec: TopLevelSpec, container: HTMLElement): View {
  const vegaSpec = compile(spec).spec;
  const runtime = parse(vegaSpec, undefined, { ast: true });
  return new View(runtime, { expr: expressionInterpreter, renderer: 'svg', container, hover: true });
}
