import { css } from '@emotion/css';
import type { GrafanaTheme2 } from '@grafana/data';
import type { Verdict } from '../../model/types';

export const verdictColour = (theme: GrafanaTheme2, verdict: Verdict): string =>
  verdict === 'on-track'
    ? theme.colors.success.text
    : verdict === 'off-track'
      ? theme.colors.error.text
      : theme.colors.text.secondary;

export const getStyles = (theme: GrafanaTheme2) => ({
  strip: css({
    display: 'grid',
    gridTemplateColumns: 'repeat(3, minmax(0, 1fr))',
    gap: theme.spacing(1),
    boxSizing: 'border-box',
    overflow: 'clip',
  }),
  card: css({
    display: 'flex',
    alignItems: 'flex-start',
    gap: theme.spacing(1),
    minWidth: 0,
    boxSizing: 'border-box',
    padding: theme.spacing(0.75, 1),
    borderRadius: theme.shape.radius.default,
    background: theme.colors.background.secondary,
    border: `1px solid ${theme.colors.border.weak}`,
  }),
  icon: css({ flex: 'none', marginTop: 2 }),
  // Icons only: the same three columns, each a centred verdict icon.
  iconStrip: css({ gap: theme.spacing(0.5) }),
  iconCard: css({
    display: 'flex',
    alignItems: 'center',
    justifyContent: 'center',
    minWidth: 0,
    boxSizing: 'border-box',
    borderRadius: theme.shape.radius.default,
    background: theme.colors.background.secondary,
    border: `1px solid ${theme.colors.border.weak}`,
    cursor: 'help',
  }),
  iconOnly: css({ display: 'inline-flex', lineHeight: 0 }),
  body: css({ minWidth: 0, display: 'flex', flexDirection: 'column', gap: 2 }),
  headline: css({
    fontSize: theme.typography.body.fontSize,
    fontWeight: theme.typography.fontWeightMedium,
    color: theme.colors.text.primary,
    whiteSpace: 'nowrap',
    overflow: 'clip',
    textOverflow: 'ellipsis',
  }),
  detail: css({
    fontSize: theme.typography.bodySmall.fontSize,
    color: theme.colors.text.secondary,
    whiteSpace: 'nowrap',
    overflow: 'clip',
    textOverflow: 'ellipsis',
  }),
  verdict: css({ fontWeight: theme.typography.fontWeightMedium }),
});
