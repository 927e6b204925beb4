import type { ModelOptions } from './model/types';

export type TablePlacement = 'hidden' | 'right' | 'below';

/** What the chart draws (DESIGN §5); the model options decide what the numbers are. */
export interface DisplayOptions {
  showLabels: boolean;
  showGhosts: boolean;
  showArrows: boolean;
}

export interface InteractionOptions {
  /** Dashboard variable set to the segment's name on click; empty = clicking does nothing. */
  variable: string;
}

/** Panel options: the model's options plus display options, versioned for migrations. */
export interface SegmentMatrixOptions extends ModelOptions {
  /** Options schema version, bumped by every migration step. */
  optionsVersion: number;
  display: DisplayOptions;
  interaction: InteractionOptions;
}

export type { ModelOptions };
