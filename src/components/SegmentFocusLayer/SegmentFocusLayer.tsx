import React, { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { useStyles2 } from '@grafana/ui';
import { cx } from '@emotion/css';
import { moveForKey, moveIndex } from '../../a11y';
import { TEST_IDS } from '../../constants';
import type { SegmentBox } from '../VegaView';
import { getStyles, MIN_RING } from './SegmentFocusLayer.styles';

export interface FocusSegment {
  segment: string;
  /** What a screen reader says: the segment's movement in words. */
  label: string;
}

export interface SegmentFocusLayerProps {
  /** In keyboard order (the model's legend order). */
  segments: FocusSegment[];
  /** Where each segment is drawn, from the chart's last render. */
  boxes: SegmentBox[];
  /**
   * Whether the boxes are from a render at the chart's current size. After a resize they are not, for a
   * frame: the focused button's ring is then hidden rather than drawn at the old place (an attribute on the
   * layer, so that the buttons themselves are not rendered again or moved for it).
   */
  placed?: boolean;
  /** The variable's current value. */
  selected: string | null;
  /** Enter / Space on a segment: the same as clicking it. */
  onSelect: (segment: string) => void;
  /** The keyboard focus moved to a segment, or left them all (null). */
  onFocusSegment: (segment: string | null) => void;
  /**
   * The ContextMenu key or Shift+F10 on a segment: open its data links at `position` (viewport coordinates,
   * the focused segment's box) and give the focus back to `from` when the menu closes.
   */
  onOpenLinks?: (segment: string, position: { x: number; y: number }, from: HTMLElement) => void;
}

/**
 * Up to this many segments every segment has its button; above, only the focused one (or the Tab stop)
 * is rendered and moves as the arrow keys do: thousands of buttons cost more than the chart itself.
 */
export const MAX_FOCUS_BUTTONS = 200;

/** The keys that open a context menu from the keyboard: the ContextMenu (application) key and Shift+F10. */
export const isContextMenuKey = (event: Pick<KeyboardEvent, 'key' | 'shiftKey'>) =>
  event.key === 'ContextMenu' || (event.key === 'F10' && event.shiftKey);

/** Where the links menu opens for a focused segment: the bottom-right corner of its box (the bubble stays visible). */
export function menuAnchor(el: HTMLElement): { x: number; y: number } {
  const r = el.getBoundingClientRect();
  return { x: Math.round(r.right), y: Math.round(r.bottom) };
}

/**
 * Invisible, focusable buttons over the bubbles: one Tab stop for the chart (roving tabindex), arrow keys
 * move in legend order, Home/End jump to the ends, Enter/Space select, Escape leaves, the ContextMenu key or
 * Shift+F10 opens the segment's data links. The focused bubble gets a ring in the theme's focus colour.
 */
function SegmentFocusLayerInner({
  segments,
  boxes,
  placed = true,
  selected,
  onSelect,
  onFocusSegment,
  onOpenLinks,
}: SegmentFocusLayerProps) {
  const styles = useStyles2(getStyles);
  const [active, setActive] = useState<string | null>(null);
  const buttons = useRef(new Map<string, HTMLButtonElement>());
  const byName = useMemo(() => new Map(boxes.map((b) => [b.segment, b])), [boxes]);
  const names = useMemo(() => segments.map((s) => s.segment), [segments]);
  const tabStop = [active, selected].find((s): s is string => s !== null && names.includes(s)) ?? names[0];
  // Before the chart reports its first boxes there is nowhere to put the buttons: only the Tab stop's is
  // rendered, so that the chart's first frame does not wait for a button per segment.
  const roving = segments.length > MAX_FOCUS_BUTTONS || boxes.length === 0;
  const shown = useMemo(
    () => (roving ? segments.filter((s) => s.segment === tabStop) : segments),
    [roving, segments, tabStop]
  );
  // Roving: the next segment's button is rendered after the key press; focus it once it exists.
  const pendingFocus = useRef<string | null>(null);
  useEffect(() => {
    const next = pendingFocus.current;
    if (next !== null) {
      pendingFocus.current = null;
      buttons.current.get(next)?.focus();
    }
  });

  const onKeyDown = useCallback(
    (event: React.KeyboardEvent<HTMLButtonElement>, segment: string) => {
      if (event.key === 'Escape') {
        event.preventDefault();
        event.currentTarget.blur();
        return;
      }
      if (isContextMenuKey(event)) {
        // Prevented here, the browser sends no contextmenu event of its own for this key press.
        event.preventDefault();
        onOpenLinks?.(segment, menuAnchor(event.currentTarget), event.currentTarget);
        return;
      }
      const move = moveForKey(event.key);
      if (!move) {
        return;
      }
      event.preventDefault();
      const next = names[moveIndex(names.indexOf(segment), move, names.length)];
      if (next === undefined) {
        return;
      }
      if (buttons.current.has(next)) {
        buttons.current.get(next)?.focus();
      } else {
        pendingFocus.current = next;
        setActive(next);
        onFocusSegment(next);
      }
    },
    [names, onOpenLinks, onFocusSegment]
  );
  // A contextmenu event on a segment button comes from the keyboard (the buttons take no pointer events).
  const onContextMenu = useCallback(
    (event: React.MouseEvent<HTMLButtonElement>, segment: string) => {
      if (onOpenLinks) {
        event.preventDefault();
        onOpenLinks(segment, menuAnchor(event.currentTarget), event.currentTarget);
      }
    },
    [onOpenLinks]
  );

  // While the boxes are stale only the Tab stop's button, the one that can hold the focus, is marked: an
  // attribute on the layer that its buttons' style depended on restyled all of them on every resize (about
  // 1 ms at 100 segments).
  const staleButton = useRef<HTMLButtonElement | null>(null);
  useLayoutEffect(() => {
    const target = placed || tabStop === undefined ? null : (buttons.current.get(tabStop) ?? null);
    if (staleButton.current !== target) {
      staleButton.current?.removeAttribute('data-stale');
      target?.setAttribute('data-stale', '');
      staleButton.current = target;
    }
  });

  const segmentButtons = useMemo(
    () =>
      shown.map(({ segment, label }) => {
        const box = byName.get(segment);
        const size = box ? Math.max(MIN_RING, box.width, box.height) : 0;
        return (
          <button
            key={segment}
            type="button"
            ref={(el) => {
              if (el) {
                buttons.current.set(segment, el);
              } else {
                buttons.current.delete(segment);
              }
            }}
            className={cx(styles.segment, !box && styles.unplaced)}
            style={box ? { left: box.x - size / 2, top: box.y - size / 2, width: size, height: size } : undefined}
            tabIndex={segment === tabStop ? 0 : -1}
            aria-label={label}
            aria-pressed={segment === selected}
            data-segment={segment}
            data-testid={TEST_IDS.focusSegment(segment)}
            onClick={() => onSelect(segment)}
            onKeyDown={(event) => onKeyDown(event, segment)}
            onContextMenu={(event) => onContextMenu(event, segment)}
            onFocus={() => {
              setActive(segment);
              onFocusSegment(segment);
            }}
            onBlur={(event) => {
              const to = event.relatedTarget;
              // Moving to the next segment (a button already there, or about to be rendered) stays in the layer.
              if (
                pendingFocus.current === null &&
                (!(to instanceof HTMLElement) || !to.dataset.segment || !buttons.current.has(to.dataset.segment))
              ) {
                onFocusSegment(null);
              }
            }}
          />
        );
      }),
    [shown, byName, styles, tabStop, selected, onSelect, onKeyDown, onContextMenu, onFocusSegment]
  );

  return (
    <div
      className={styles.layer}
      data-placed={placed}
      role="group"
      aria-label="Segments: arrow keys move, Enter selects, Shift+F10 opens links"
      data-testid={TEST_IDS.focusLayer}
    >
      {segmentButtons}
    </div>
  );
}

export const SegmentFocusLayer = React.memo(SegmentFocusLayerInner);
