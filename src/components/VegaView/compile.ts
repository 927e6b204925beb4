import { parse, View, type Runtime, type Spec } from 'vega';
import { registerBatchedDrawing } from './batchedCanvas';
import { registerSteadyCanvasSize } from './steadyCanvas';
import { expressionCompiler } from './expressionCompiler';
import { registerExpressions } from '../../spec/runtime/register';

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

export type Renderer = 'svg' | 'canvas';

/**
 * A view without its renderer: size it, then `initialize(container)`, so that the renderer starts at the
 * chart's size instead of the spec's nominal one (a canvas is then sized once, see ./steadyCanvas.ts).
 */
export function createView(runtime: Runtime, renderer: Renderer = 'svg'): View {
  registerBatchedDrawing();
  registerSteadyCanvasSize();
  return new View(runtime, { expr: expressionCompiler, renderer, hover: true });
}
