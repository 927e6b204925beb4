import { dateTime, EventBusSrv, LoadingState, type DataFrame, type PanelProps } from '@grafana/data';
import { DEFAULT_OPTIONS } from '../constants';
import type { SegmentMatrixOptions } from '../types';

/** PanelProps as Grafana fills them, with neutral defaults and a fixed time range. */
export function getPanelProps(
  series: DataFrame[],
  overrides: Partial<PanelProps<SegmentMatrixOptions>> = {}
): PanelProps<SegmentMatrixOptions> {
  const from = dateTime(Date.UTC(2024, 0, 1));
  const to = dateTime(Date.UTC(2026, 0, 1));
  const timeRange = { from, to, raw: { from, to } };
  return {
    id: 1,
    data: { series, state: LoadingState.Done, timeRange },
    timeRange,
    timeZone: 'utc',
    options: DEFAULT_OPTIONS,
    fieldConfig: { defaults: {}, overrides: [] },
    transparent: false,
    width: 800,
    height: 500,
    renderCounter: 0,
    title: 'Segment Matrix',
    eventBus: new EventBusSrv(),
    onOptionsChange: jest.fn(),
    onFieldConfigChange: jest.fn(),
    replaceVariables: (value: string) => value,
    onChangeTimeRange: jest.fn(),
    ...overrides,
  };
}
