import { expressionFunction, transforms } from 'vega';
import { ARROW_FUNCTION, arrowOf } from '../arrows';
import { GRID_FUNCTION, gridPath } from '../axisMarks';
import { LABEL_TRANSFORM, SmLabelTransform } from './labelTransform';

/**
 * Registers the spec's own expression functions and transform with Vega (idempotent). The spec stays
 * plain JSON that names them; whoever parses it (the view, the tests) registers them first.
 */
export function registerExpressions(): void {
  if (!expressionFunction(ARROW_FUNCTION)) {
    expressionFunction(ARROW_FUNCTION, arrowOf);
  }
  if (!expressionFunction(GRID_FUNCTION)) {
    expressionFunction(GRID_FUNCTION, gridPath);
  }
  if (!transforms[LABEL_TRANSFORM]) {
    (transforms as Record<string, unknown>)[LABEL_TRANSFORM] = SmLabelTransform;
  }
}
