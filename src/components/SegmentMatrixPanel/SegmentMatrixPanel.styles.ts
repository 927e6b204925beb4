import { css } from '@emotion/css';
import type { GrafanaTheme2 } from '@grafana/data';

export const getStyles = (theme: GrafanaTheme2) => ({
  root: css({
    position: 'relative',
    overflow: 'hidden',
    fontFamily: theme.typography.fontFamily,
    color: theme.colors.text.primary,
  }),
});
