import type { ModelOptions } from './model/types';

export type TablePlacement = 'hidden' | 'right' | 'below';

/** What the bubble colour encodes. */
export type ColorBy = 'satisfaction' | 'priority' | 'growth' | 'parent';

export type LegendPlacement = 'right' | 'bottom' | 'hidden';

/** `auto` = SVG up to RENDERER_THRESHOLD marks, canvas above (the render CLI's `--svg` needs SVG). */
export type RendererOption = 'auto' | 'svg' | 'canvas';

/** What the chart draws (DESIGN §5); the model options decide what the numbers are. */
export interface DisplayOptions {
  showLabels: boolean;
  showGhosts: boolean;
  /** Movement arrows (line + arrowhead) from the baseline ghost to the current bubble. */
  showArrows: boolean;
  /** Tint the priority quadrants. */
  showShading: boolean;
  /** Quadrant names in the plot corners. */
  showQuadrantNames: boolean;
  /** A faint line through every period from baseline to current. */
  showTrail: boolean;
  /** A Play control stepping the current period through the range (three periods or more). */
  showPlay: boolean;
  colorBy: ColorBy;
  legend: LegendPlacement;
  /** The effectiveness strip: the three indicators and their verdicts. */
  showStrip: boolean;
  tablePlacement: TablePlacement;
  /** The shift table starts collapsed (the user can still open it). */
  tableCollapsed: boolean;
  renderer: RendererOption;
}

export interface InteractionOptions {
  /** Dashboard variable set to the segment's name on click; empty = clicking does nothing. */
  variable: string;
  /** A second click on the segment that is already the variable's value clears the variable. */
  toggleOnSecondClick: boolean;
}

/** Panel options: the model's options plus display options, versioned for migrations. */
export interface SegmentMatrixOptions extends ModelOptions {
  /** Options schema version, bumped by every migration step. */
  optionsVersion: number;
  display: DisplayOptions;
  interaction: InteractionOptions;
}

export type { ModelOptions };
