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
    // Its box is from a render at another size (a resize, until the new boxes arrive): no ring rather than
    // one at the old place.
    '&[data-stale]:focus': { outline: 'none', boxShadow: 'none' },
  }),
  // Segments not drawn (yet): focusable, at the chart's corner, without a size.
  unplaced: css({ left: 0, top: 0, width: 1, height: 1 }),
});
