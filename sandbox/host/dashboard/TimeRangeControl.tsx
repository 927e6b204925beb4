import React, { useState } from 'react';
import { css } from '@emotion/css';
import type { GrafanaTheme2 } from '@grafana/data';
import { Button, Input, useStyles2 } from '@grafana/ui';
import { parseTimeText, type RawRange } from './timeRange';

const getStyles = (theme: GrafanaTheme2) => ({
  picker: css({ display: 'flex', alignItems: 'center', gap: theme.spacing(0.5) }),
  label: css({ color: theme.colors.text.secondary, fontSize: theme.typography.bodySmall.fontSize }),
});

interface Props {
  raw: RawRange;
  onApply: (range: RawRange) => void;
}

/** A simple from/to picker: ISO dates, epoch milliseconds or Grafana's relative syntax (`now-2y`, `now/y`). */
export function TimeRangeControl({ raw, onApply }: Props) {
  const styles = useStyles2(getStyles);
  const [from, setFrom] = useState(raw.from);
  const [to, setTo] = useState(raw.to);
  const valid = parseTimeText(from, false) !== null && parseTimeText(to, true) !== null;
  const apply = () => valid && onApply({ from: from.trim(), to: to.trim() });
  const onKeyDown = (e: React.KeyboardEvent) => e.key === 'Enter' && apply();

  return (
    <div className={styles.picker} data-testid="sandbox time-range">
      <span className={styles.label}>From</span>
      <Input
        width={26}
        value={from}
        aria-label="Time range from"
        invalid={parseTimeText(from, false) === null}
        onChange={(e) => setFrom(e.currentTarget.value)}
        onKeyDown={onKeyDown}
      />
      <span className={styles.label}>to</span>
      <Input
        width={26}
        value={to}
        aria-label="Time range to"
        invalid={parseTimeText(to, true) === null}
        onChange={(e) => setTo(e.currentTarget.value)}
        onKeyDown={onKeyDown}
      />
      <Button size="sm" variant="secondary" icon="clock-nine" disabled={!valid} onClick={apply}>
        Apply
      </Button>
    </div>
  );
}
