import React from 'react';
import { css } from '@emotion/css';
import type { GrafanaTheme2 } from '@grafana/data';
import { ToolbarButton, useStyles2 } from '@grafana/ui';
import { TEST_IDS } from '../../constants';
import { GlyphIcon } from '../GlyphIcon';

export interface PlayControlProps {
  /** Period shown now (the step, or the panel's own current period when idle). */
  period: string | null;
  playing: boolean;
  onPlay: () => void;
  onPause: () => void;
}

/** Play / Pause for stepping the current period through the range (QBR storytelling). */
export function PlayControl({ period, playing, onPlay, onPause }: PlayControlProps) {
  const styles = useStyles2(getStyles);
  return (
    <div className={styles.root}>
      <ToolbarButton
        data-testid={TEST_IDS.play}
        icon={<GlyphIcon name={playing ? 'pause' : 'play'} size="lg" />}
        tooltip={playing ? 'Pause' : 'Play through the periods'}
        aria-label={playing ? 'Pause' : 'Play'}
        aria-pressed={playing}
        onClick={playing ? onPause : onPlay}
        variant={playing ? 'active' : 'default'}
      >
        <span data-testid={TEST_IDS.playPeriod}>{period ?? ''}</span>
      </ToolbarButton>
    </div>
  );
}

const getStyles = (theme: GrafanaTheme2) => ({
  root: css({
    position: 'absolute',
    top: 0,
    left: '50%',
    transform: 'translateX(-50%)',
    zIndex: 1,
    fontSize: theme.typography.bodySmall.fontSize,
  }),
});
