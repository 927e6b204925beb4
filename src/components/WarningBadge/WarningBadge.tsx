import React from 'react';
import type { GrafanaTheme2 } from '@grafana/data';
import { Icon, Tooltip, useStyles2 } from '@grafana/ui';
import { css } from '@emotion/css';
import { TEST_IDS } from '../../constants';
import type { ModelWarning } from '../../model/types';

const getStyles = (theme: GrafanaTheme2) => ({
  badge: css({
    position: 'absolute',
    top: 0,
    right: 0,
    zIndex: 1,
    display: 'flex',
    alignItems: 'center',
    gap: theme.spacing(0.5),
    padding: theme.spacing(0.25, 1),
    borderRadius: theme.shape.radius.pill,
    background: theme.colors.warning.transparent,
    color: theme.colors.warning.text,
    fontSize: theme.typography.bodySmall.fontSize,
    cursor: 'default',
  }),
  list: css({ margin: 0, paddingLeft: theme.spacing(2) }),
});

/** Counts what the model skipped and why; the details are in the tooltip. */
function WarningBadgeInner({ warnings }: { warnings: ModelWarning[] }) {
  const styles = useStyles2(getStyles);
  if (warnings.length === 0) {
    return null;
  }
  const total = warnings.reduce((sum, w) => sum + w.count, 0);
  const content = (
    <ul className={styles.list}>
      {warnings.map((w) => (
        <li key={w.kind}>
          {w.message}
          {w.example ? ` (e.g. ${w.example})` : ''}
        </li>
      ))}
    </ul>
  );
  return (
    <Tooltip content={content} placement="bottom-end">
      <div className={styles.badge} data-testid={TEST_IDS.warningBadge} tabIndex={0} aria-label={`${total} warnings`}>
        <Icon name="exclamation-triangle" size="sm" />
        {total} skipped
      </div>
    </Tooltip>
  );
}

/** Memoised: the panel re-renders on every pointer move and resize, the badge only when the warnings change. */
export const WarningBadge = React.memo(WarningBadgeInner);
