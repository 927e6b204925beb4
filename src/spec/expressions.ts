import { expressionFunction } from 'vega';
import { ARROW_FUNCTION, arrowOf } from './arrows';

/**
 * Registers the spec's own expression functions with Vega (idempotent). The spec stays plain JSON that
 * names them; whoever parses it (the view, the tests) registers them first.
 */
export function registerExpressions(): void {
  if (!expressionFunction(ARROW_FUNCTION)) {
    expressionFunction(ARROW_FUNCTION, arrowOf);
  }
}
