import { css } from '@emotion/css';
import type { GrafanaTheme2 } from '@grafana/data';

export const getStyles = (theme: GrafanaTheme2) => ({
  content: css({
    display: 'flex',
    flexDirection: 'column',
    gap: theme.spacing(0.5),
    maxWidth: 420,
    padding: theme.spacing(0.5, 0.25),
    fontSize: theme.typography.bodySmall.fontSize,
  }),
  title: css({ fontWeight: theme.typography.fontWeightMedium, fontSize: theme.typography.body.fontSize, overflowWrap: 'anywhere' }),
  subtitle: css({ color: theme.colors.text.secondary, overflowWrap: 'anywhere' }),
  rows: css({
    display: 'grid',
    gridTemplateColumns: 'auto 1fr',
    columnGap: theme.spacing(2),
    rowGap: 2,
    paddingTop: theme.spacing(0.5),
    borderTop: `1px solid ${theme.colors.border.weak}`,
  }),
  label: css({ color: theme.colors.text.secondary, whiteSpace: 'nowrap' }),
  value: css({ fontVariantNumeric: 'tabular-nums', textAlign: 'right' }),
  profile: css({
    display: 'flex',
    flexDirection: 'column',
    gap: 2,
    paddingTop: theme.spacing(0.5),
    borderTop: `1px solid ${theme.colors.border.weak}`,
  }),
  profileText: css({ whiteSpace: 'normal', overflowWrap: 'anywhere' }),
});
