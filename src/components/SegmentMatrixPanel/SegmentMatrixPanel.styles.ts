import { css } from '@emotion/css';
import type { GrafanaTheme2 } from '@grafana/data';
import { GAP } from './layout';

export const getStyles = (theme: GrafanaTheme2) => ({
  root: css({
    position: 'relative',
    display: 'flex',
    flexDirection: 'column',
    gap: GAP,
    overflow: 'clip',
    fontFamily: theme.typography.fontFamily,
    color: theme.colors.text.primary,
  }),
  column: css({ display: 'flex', flexDirection: 'column', gap: GAP, minHeight: 0 }),
  row: css({ display: 'flex', flexDirection: 'row', gap: GAP, minHeight: 0 }),
  chart: css({ position: 'relative', flex: 'none' }),
});
