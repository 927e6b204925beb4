import { useCallback, useMemo, useState, useSyncExternalStore } from 'react';
import type { InterpolateFunction } from '@grafana/data';
import { locationService } from '@grafana/runtime';
import { describeSegment, navigationOrder } from '../../a11y';
import type { MatrixModel } from '../../model/types';
import type { Formatters } from '../format/formatters';
import type { SegmentBox } from '../VegaView';
import type { FocusSegment } from './SegmentFocusLayer';

export interface DrawnBoxes {
  boxes: SegmentBox[];
  width: number;
  height: number;
}
const NOTHING_DRAWN: DrawnBoxes = { boxes: [], width: 0, height: 0 };

/** The variable's single current value, or null (unset, empty, unknown variable, several values). */
export function currentValue(variable: string, replaceVariables: InterpolateFunction): string | null {
  if (!variable) {
    return null;
  }
  const literal = `\${${variable}}`;
  const value = replaceVariables(literal);
  return value === literal || value === '' ? null : value;
}

/** What a click on `segment` does to the variable: set it, or clear it when it is already the value (toggle on). */
export function clickUpdate(
  variable: string,
  segment: string,
  current: string | null,
  toggle: boolean
): Record<string, string | null> {
  return { [`var-${variable}`]: toggle && current === segment ? null : segment };
}

const subscribe = (onChange: () => void) => locationService.getHistory().listen(onChange);

export interface SegmentInteractionInput {
  model: MatrixModel | null;
  formatters: Formatters | null;
  /** Dashboard variable name; empty = clicking does nothing. */
  variable: string;
  toggleOnSecondClick: boolean;
  replaceVariables: InterpolateFunction;
  /** Segment under the pointer in the chart. */
  hovered: string | null;
}

/**
 * Click-through, highlight and keyboard focus shared by the chart, the focus layer and the table:
 * the highlighted segment is the one hovered (chart, then table), else the focused one, else the selected one.
 */
export function useSegmentInteraction({
  model,
  formatters,
  variable,
  toggleOnSecondClick,
  replaceVariables,
  hovered,
}: SegmentInteractionInput) {
  // Re-read on every URL change: a click sets the variable through the URL.
  const selectedValue = useSyncExternalStore(subscribe, () => currentValue(variable, replaceVariables));
  const [pointed, setPointed] = useState<string | null>(null);
  const [focused, setFocused] = useState<string | null>(null);
  // Where the chart drew each segment, and at which chart size (boxes of another size are stale).
  const [drawn, setDrawn] = useState<DrawnBoxes>(NOTHING_DRAWN);
  const onLayout = useCallback(
    (boxes: SegmentBox[], size: { width: number; height: number }) => setDrawn({ boxes, ...size }),
    []
  );

  const onSelect = useCallback(
    (segment: string) => {
      if (variable) {
        locationService.partial(
          clickUpdate(variable, segment, currentValue(variable, replaceVariables), toggleOnSecondClick),
          true
        );
      }
    },
    [variable, replaceVariables, toggleOnSecondClick]
  );
  const onClickDatum = useCallback(
    (datum: Record<string, unknown>) => {
      if (typeof datum.segment === 'string') {
        onSelect(datum.segment);
      }
    },
    [onSelect]
  );

  const focusSegments = useMemo<FocusSegment[]>(() => {
    if (!model || !formatters) {
      return [];
    }
    const bySegment = new Map(model.segments.map((s) => [s.segment, s]));
    // The sentence is written when a button first reads it: above MAX_FOCUS_BUTTONS only one button exists.
    const labels = new Map<string, string>();
    return navigationOrder(model.segments).map((segment) => ({
      segment,
      get label() {
        let label = labels.get(segment);
        if (label === undefined) {
          label = describeSegment(model, bySegment.get(segment)!, formatters);
          labels.set(segment, label);
        }
        return label;
      },
    }));
  }, [model, formatters]);

  const known = (s: string | null) => (s !== null && model?.segments.some((x) => x.segment === s) ? s : null);
  const selected = known(selectedValue);
  const highlight = known(hovered) ?? known(pointed) ?? known(focused) ?? selected;

  return { selected, highlight, onSelect, onClickDatum, setPointed, setFocused, drawn, onLayout, focusSegments };
}
