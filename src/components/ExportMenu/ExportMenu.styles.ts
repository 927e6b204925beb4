import { css } from '@emotion/css';
import type { GrafanaTheme2 } from '@grafana/data';
import { TEST_IDS } from '../../constants';

export const getStyles = (theme: GrafanaTheme2) => ({
  // Like Grafana's panel header menu: shown while the pointer is over the panel or the menu has focus.
  root: css({
    position: 'absolute',
    top: 0,
    left: 0,
    zIndex: 1,
    display: 'flex',
    alignItems: 'center',
    gap: theme.spacing(0.5),
    opacity: 0,
    [theme.transitions.handleMotion('no-preference')]: {
      transition: theme.transitions.create('opacity', { duration: theme.transitions.duration.short }),
    },
    [`[data-testid="${TEST_IDS.panel}"]:hover &, &:focus-within, &[data-busy="true"], &[data-error="true"]`]: {
      opacity: 1,
    },
  }),
  error: css({
    padding: theme.spacing(0.25, 1),
    borderRadius: theme.shape.radius.default,
    background: theme.colors.error.transparent,
    color: theme.colors.error.text,
    fontSize: theme.typography.bodySmall.fontSize,
  }),
});
