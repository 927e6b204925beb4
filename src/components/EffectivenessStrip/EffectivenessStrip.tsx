import React from 'react';
import { cx } from '@emotion/css';
import { useStyles2, useTheme2 } from '@grafana/ui';
import { GlyphIcon } from '../GlyphIcon';
import { TEST_IDS } from '../../constants';
import type { MatrixModel } from '../../model/types';
import type { Formatters } from '../format/formatters';
import { getStyles, verdictColour } from './EffectivenessStrip.styles';
import { indicatorTexts, VERDICT_ICONS, VERDICT_WORDS } from './wording';

/** `full`: a card per indicator with its sentence; `icons`: the verdict icons only, named for screen readers. */
export type StripMode = 'full' | 'icons';

export interface EffectivenessStripProps {
  model: MatrixModel;
  formatters: Formatters;
  height: number;
  /** Default `full`. */
  mode?: StripMode;
}

/**
 * The three effectiveness indicators, each a sentence with its verdict shown by icon and word (not colour
 * only). On small panels (`icons`) only the icons show, each shape distinct per verdict, with the sentence and
 * the verdict as its accessible name and its tooltip.
 */
function EffectivenessStripInner({ model, formatters, height, mode = 'full' }: EffectivenessStripProps) {
  const styles = useStyles2(getStyles);
  const theme = useTheme2();
  const texts = indicatorTexts(model, formatters);
  return (
    <div
      className={cx(styles.strip, mode === 'icons' && styles.iconStrip)}
      data-testid={TEST_IDS.strip}
      data-mode={mode}
      style={{ height }}
      role="list"
      aria-label="Effectiveness"
    >
      {texts.map((t) => {
        const colour = verdictColour(theme, t.verdict);
        const word = VERDICT_WORDS[t.verdict];
        // Both modes: one list item per indicator, its whole sentence as the tooltip.
        const item = {
          'data-testid': TEST_IDS.indicator(t.key),
          'data-verdict': t.verdict,
          role: 'listitem',
          title: `${t.title}: ${t.headline}. ${t.detail}. ${word}.`,
        };
        if (mode === 'icons') {
          return (
            <div key={t.key} className={styles.iconCard} {...item}>
              <span role="img" aria-label={`${t.title}: ${t.headline}. ${word}`} className={styles.iconOnly}>
                <GlyphIcon name={VERDICT_ICONS[t.verdict]} style={{ color: colour }} />
              </span>
            </div>
          );
        }
        return (
          <div key={t.key} className={styles.card} {...item}>
            <GlyphIcon name={VERDICT_ICONS[t.verdict]} className={styles.icon} style={{ color: colour }} />
            <div className={styles.body}>
              <span className={styles.headline}>{t.headline}</span>
              <span className={styles.detail}>
                <span className={styles.verdict} style={{ color: colour }}>
                  {word}
                </span>
                {' · '}
                {t.detail}
              </span>
            </div>
          </div>
        );
      })}
    </div>
  );
}

/** Memoised: the panel re-renders on every pointer move (tooltip), this part only when its props change. */
export const EffectivenessStrip = React.memo(EffectivenessStripInner);
