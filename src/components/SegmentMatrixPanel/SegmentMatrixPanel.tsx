import React, { useCallback, useEffect, useMemo, useState } from 'react';
import type { PanelProps } from '@grafana/data';
import { locationService, PanelDataErrorView } from '@grafana/runtime';
import { useStyles2, useTheme2 } from '@grafana/ui';
import { SUMMARY_EVENT, TEST_IDS } from '../../constants';
import { buildMatrixModel, toRenderSummary } from '../../model';
import { withDefaults } from '../../options/withDefaults';
import { buildSpec } from '../../spec/buildSpec';
import { specThemeFrom } from '../../spec/theme';
import type { SegmentMatrixOptions } from '../../types';
import { VegaView } from '../VegaView';
import { WarningBadge } from '../WarningBadge';
import { getStyles } from './SegmentMatrixPanel.styles';

type Props = PanelProps<SegmentMatrixOptions>;

export function SegmentMatrixPanel(props: Props) {
  const { data, width, height, replaceVariables, timeRange, eventBus, id, fieldConfig } = props;
  const theme = useTheme2();
  const styles = useStyles2(getStyles);
  const [renderedSpec, setRenderedSpec] = useState<unknown>(null);

  const options = useMemo(() => withDefaults(props.options), [props.options]);
  const from = timeRange.from.valueOf();
  const to = timeRange.to.valueOf();
  const result = useMemo(
    () => buildMatrixModel(data.series, options, { replaceVariables, timeRange: { from, to } }),
    [data.series, options, replaceVariables, from, to]
  );
  const model = result.kind === 'model' ? result.model : null;
  const summary = useMemo(() => (model ? toRenderSummary(model) : null), [model]);
  const specTheme = useMemo(() => specThemeFrom(theme), [theme]);
  const spec = useMemo(
    () => (model ? buildSpec({ model, display: options.display, theme: specTheme }) : null),
    [model, options.display, specTheme]
  );

  const variable = options.interaction.variable.trim();
  const onClickDatum = useCallback(
    (datum: Record<string, unknown>) => {
      if (variable && typeof datum.segment === 'string') {
        locationService.partial({ [`var-${variable}`]: datum.segment }, true);
      }
    },
    [variable]
  );

  useEffect(() => {
    if (summary) {
      eventBus.publish({ type: SUMMARY_EVENT, payload: summary });
    }
  }, [eventBus, summary]);

  const hasRows = data.series.some((frame) => frame.length > 0);
  if (!hasRows || !spec || !model) {
    const message = !hasRows ? undefined : result.kind === 'error' ? result.message : undefined;
    return (
      <div className={styles.root} data-testid={TEST_IDS.panel} data-render-state="done" style={{ width, height }}>
        <PanelDataErrorView panelId={id} data={data} fieldConfig={fieldConfig} message={message} needsStringField />
      </div>
    );
  }

  return (
    <div
      className={styles.root}
      data-testid={TEST_IDS.panel}
      data-render-state={renderedSpec === spec ? 'done' : 'rendering'}
      style={{ width, height }}
    >
      <WarningBadge warnings={model.warnings} />
      <VegaView
        spec={spec}
        width={width}
        height={height}
        onRendered={() => setRenderedSpec(spec)}
        onClickDatum={onClickDatum}
      />
    </div>
  );
}
