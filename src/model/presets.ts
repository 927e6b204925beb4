import type { PresetId, QuadrantId } from './types';

export interface PresetAxis {
  /** Axis name; empty = the field name (custom preset). */
  name: string;
  /** Words for the low and high ends, used in the title's direction. */
  low: string;
  high: string;
}

export interface Preset {
  label: string;
  x: PresetAxis;
  y: PresetAxis;
  xScale: 'linear' | 'log';
  /** The preset's natural x direction is reversed (high on the left). */
  reverseX: boolean;
  /** Names by quadrant id (x letter, then y letter), independent of where the quadrant is drawn. */
  quadrantNames: Record<QuadrantId, string>;
}

/** DESIGN §4. */
export const PRESETS: Readonly<Record<PresetId, Preset>> = {
  'needs-vs-value': {
    label: 'Needs vs value',
    x: { name: 'Customer needs', low: 'universal', high: 'specialized' },
    y: { name: 'Organizational value', low: 'low', high: 'high' },
    xScale: 'linear',
    reverseX: false,
    quadrantNames: {
      HH: 'Strategic focus',
      LH: 'Core at scale',
      HL: 'Selective niche',
      LL: 'Low touch',
    },
  },
  'frequency-vs-recency': {
    label: 'Frequency vs recency',
    x: { name: 'Usage frequency', low: 'rare', high: 'frequent' },
    y: { name: 'Recency', low: 'long ago', high: 'recent' },
    xScale: 'linear',
    reverseX: false,
    quadrantNames: {
      HH: 'Champions',
      LH: 'Promising',
      HL: 'At risk',
      LL: 'Hibernating',
    },
  },
  'severity-vs-complexity': {
    label: 'Severity vs complexity',
    x: { name: 'Problem severity', low: 'minor', high: 'severe' },
    y: { name: 'Solution complexity', low: 'simple', high: 'complex' },
    xScale: 'linear',
    reverseX: false,
    quadrantNames: {
      HH: 'Strategic bets',
      HL: 'Quick wins',
      LH: 'Avoid',
      LL: 'Fill-ins',
    },
  },
  // BCG: x = relative market share (log, high share drawn on the left), y = market growth.
  // HH = high share & high growth = Stars (top-left), LH = low share & high growth = Question marks (top-right),
  // HL = high share & low growth = Cash cows (bottom-left), LL = Dogs (bottom-right).
  'share-vs-growth': {
    label: 'Share vs growth (BCG)',
    x: { name: 'Relative market share', low: 'low', high: 'high' },
    y: { name: 'Market growth', low: 'low', high: 'high' },
    xScale: 'log',
    reverseX: true,
    quadrantNames: {
      HH: 'Stars',
      LH: 'Question marks',
      HL: 'Cash cows',
      LL: 'Dogs',
    },
  },
  custom: {
    label: 'Custom',
    x: { name: '', low: 'low', high: 'high' },
    y: { name: '', low: 'low', high: 'high' },
    xScale: 'linear',
    reverseX: false,
    quadrantNames: {
      HH: 'High x · high y',
      HL: 'High x · low y',
      LH: 'Low x · high y',
      LL: 'Low x · low y',
    },
  },
};

export function presetOf(id: PresetId | string | undefined): Preset {
  return (id && (PRESETS as Record<string, Preset>)[id]) || PRESETS['needs-vs-value'];
}

/** "Name: low → high" in drawing order (reversed axis: "Name: high → low"). */
export function axisTitle(axis: PresetAxis, fallbackName: string, reversed: boolean): string {
  const name = axis.name || fallbackName;
  return reversed ? `${name}: ${axis.high} → ${axis.low}` : `${name}: ${axis.low} → ${axis.high}`;
}
