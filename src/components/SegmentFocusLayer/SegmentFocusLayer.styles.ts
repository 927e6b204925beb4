import { css } from '@emotion/css';
import type { GrafanaTheme2 } from '@grafana/data';

/** The smallest focus ring (px), so that a tiny bubble still shows a visible ring. */
export const MIN_RING = 12;

export const getStyles = (theme: GrafanaTheme2) => ({
  // Over the chart, transparent to the pointer: the mouse still talks to Vega.
  layer: css({
    position: 'absolute',
    inset: 0,
    pointerEvents: 'none',
    zIndex: 1,
    // Boxes from a render at another size (a resize, until the new ones arrive): the focus ring, the only
    // thing a button shows, is hidden instead of drawn at the old place. Moving every button aside and back
    // cost a layout of all of them on every resize (about 1 ms at 100 segments).
    '&[data-placed="false"] > button:focus': {
      outline: 'none',
      boxShadow: 'none',
    },
  }),
  segment: css({
    position: 'absolute',
    padding: 0,
    margin: 0,
    border: 'none',
    borderRadius: '50%',
    background: 'transparent',
    pointerEvents: 'none',
    opacity: 1,
    '&:focus': {
      outline: `2px solid ${theme.colors.primary.main}`,
      outlineOffset: 2,
      boxShadow: `0 0 0 5px ${theme.colors.background.primary}`,
    },
  }),
  // Segments not drawn (yet): focusable, at the chart's corner, without a size.
  unplaced: css({ left: 0, top: 0, width: 1, height: 1 }),
});
