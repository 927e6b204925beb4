/** Models for the spec and component tests, built by the real model from neutral frames. */
import { DEFAULT_OPTIONS } from '../constants';
import { buildMatrixModel } from '../model';
import type { MatrixModel, PartialModelOptions } from '../model/types';
import { conventionalFrame, frameFromRows, profilesFrame } from '../test-utils/frames';
import type { DataFrame } from '@grafana/data';

export function modelFrom(frames: DataFrame[], options: PartialModelOptions = {}): MatrixModel {
  const result = buildMatrixModel(frames, { ...DEFAULT_OPTIONS, ...options } as typeof DEFAULT_OPTIONS);
  if (result.kind !== 'model') {
    throw new Error(result.message);
  }
  return result.model;
}

/** Three quarters, Agencies retired, Healthcare new (see test-utils/frames), with profiles. */
export function conventionalModel(): MatrixModel {
  return modelFrom([conventionalFrame(), profilesFrame()]);
}

/** BCG preset: log x (relative market share), high share drawn on the left. */
export function bcgFrame(): DataFrame {
  return frameFromRows(
    ['segment', 'period', 'relative_share', 'market_growth', 'revenue'],
    [
      ['Payments', '2024', 2.1, 14, 420],
      ['Payments', '2025', 2.6, 12, 510],
      ['Invoicing', '2024', 3.2, 2.5, 610],
      ['Invoicing', '2025', 3.0, 1.5, 600],
      ['Expense cards', '2024', 0.45, 22, 90],
      ['Expense cards', '2025', 0.8, 19, 150],
      ['Tax filing', '2024', 0.3, 3, 60],
      ['Tax filing', '2025', 0.28, 2, 57],
    ]
  );
}

export function bcgModel(): MatrixModel {
  return modelFrom([bcgFrame()], {
    preset: 'share-vs-growth',
    fields: { x: 'relative_share', y: 'market_growth', size: 'revenue' },
    cuts: { x: { mode: 'fixed', value: 1 }, y: { mode: 'fixed', value: 10 } },
  } as PartialModelOptions);
}

/** Sub-segments with a parent field, shown as children. */
export function childrenModel(): MatrixModel {
  const frame = frameFromRows(
    ['segment', 'parent', 'period', 'needs', 'value', 'customers', 'satisfaction'],
    [
      ['Banking', 'Enterprise', '2024', 6, 7, 100, 70],
      ['Banking', 'Enterprise', '2025', 6.2, 7.4, 120, 72],
      ['Retail', 'Enterprise', '2024', 5.5, 6.5, 80, 60],
      ['Retail', 'Enterprise', '2025', 5.7, 6.1, 70, 58],
      ['Shops', 'SMB', '2024', 2, 3, 400, 65],
      ['Shops', 'SMB', '2025', 2.2, 3.3, 450, 66],
      ['Trades', 'SMB', '2024', 2.5, 2.5, 300, 61],
      ['Trades', 'SMB', '2025', 2.4, 2.9, 310, 64],
    ]
  );
  return modelFrom([frame], { hierarchy: 'children' });
}
