import { DEFAULT_MODEL_OPTIONS } from './model/defaults';
import type { SegmentMatrixOptions } from './types';

export const PLUGIN_ID = 'seglens-segmentmatrix-panel';

/** Current options schema version (see src/migrations). */
export const OPTIONS_VERSION = 1;

/** The single source of the panel's defaults. */
export const DEFAULT_OPTIONS: SegmentMatrixOptions = {
  ...DEFAULT_MODEL_OPTIONS,
  optionsVersion: OPTIONS_VERSION,
  display: {
    showLabels: true,
    showGhosts: true,
    showArrows: true,
    showShading: true,
    showQuadrantNames: true,
    showTrail: false,
    showPlay: true,
    colorBy: 'satisfaction',
    legend: 'right',
    showStrip: true,
    tablePlacement: 'below',
    tableCollapsed: false,
    renderer: 'auto',
  },
  interaction: {
    variable: 'segment',
    toggleOnSecondClick: true,
  },
};

/** Event published on the panel's event bus with the render summary (DESIGN §6) after each model change. */
export const SUMMARY_EVENT = 'seglens-segmentmatrix-summary';

export const TEST_IDS = {
  panel: 'data-testid segment-matrix panel',
  chart: 'data-testid segment-matrix chart',
  warningBadge: 'data-testid segment-matrix warning-badge',
  renderError: 'data-testid segment-matrix render-error',
  strip: 'data-testid segment-matrix strip',
  indicator: (key: string) => `data-testid segment-matrix indicator ${key}`,
  table: 'data-testid segment-matrix table',
  tableToggle: 'data-testid segment-matrix table-toggle',
  tableRow: (segment: string) => `data-testid segment-matrix table-row ${segment}`,
  tooltip: 'data-testid segment-matrix tooltip',
  focusLayer: 'data-testid segment-matrix focus-layer',
  focusSegment: (segment: string) => `data-testid segment-matrix focus ${segment}`,
  exportButton: 'data-testid segment-matrix export',
  exportItem: (kind: string) => `data-testid segment-matrix export ${kind}`,
  exportError: 'data-testid segment-matrix export-error',
  play: 'data-testid segment-matrix play',
  playPeriod: 'data-testid segment-matrix play-period',
  linksMenu: 'data-testid segment-matrix links-menu',
  linkItem: (title: string) => `data-testid segment-matrix link ${title}`,
} as const;

/**
 * Above this many drawn marks, `renderer: 'auto'` switches from SVG to canvas: about 65 segments with
 * arrows and labels. Measured (bench, 100 segments): SVG's DOM costs about a third of the first render.
 */
export const RENDERER_THRESHOLD = 400;
