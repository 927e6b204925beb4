import React from 'react';
import { Portal, useStyles2, VizTooltipContainer } from '@grafana/ui';
import { TEST_IDS } from '../../constants';
import type { MatrixModel, SegmentModel } from '../../model/types';
import type { Formatters } from '../format/formatters';
import { getStyles } from './SegmentTooltip.styles';
import { tooltipContent } from './tooltipContent';

export interface SegmentTooltipProps {
  model: MatrixModel;
  segment: SegmentModel;
  formatters: Formatters;
  /** Pointer position in viewport (client) coordinates. */
  position: { x: number; y: number };
}

const OFFSET = { x: 12, y: 12 };

/** Grafana's tooltip look (VizTooltipContainer, in a portal like Grafana's own panels); text only. */
export function SegmentTooltip({ model, segment, formatters, position }: SegmentTooltipProps) {
  const styles = useStyles2(getStyles);
  const content = tooltipContent(model, segment, formatters);
  return (
    <Portal>
      <VizTooltipContainer position={position} offset={OFFSET} data-testid={TEST_IDS.tooltip}>
        <div className={styles.content}>
          <div className={styles.title}>{content.title}</div>
          <div className={styles.subtitle}>{content.subtitle}</div>
          <div className={styles.rows}>
            {content.rows.map((r, i) => (
              <React.Fragment key={i}>
                <span className={styles.label}>{r.label}</span>
                <span className={styles.value}>{r.value}</span>
              </React.Fragment>
            ))}
          </div>
          {content.profile.length > 0 && (
            <div className={styles.profile}>
              {content.profile.map((p, i) => (
                <div key={i}>
                  <span className={styles.label}>{p.label}: </span>
                  <span className={styles.profileText}>{p.value}</span>
                </div>
              ))}
            </div>
          )}
        </div>
      </VizTooltipContainer>
    </Portal>
  );
}
