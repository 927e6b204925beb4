import React, { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { View } from 'vega';
import type { PanelProps } from '@grafana/data';
import { PanelDataErrorView } from '@grafana/runtime';
import { ErrorBoundary, useStyles2, useTheme2 } from '@grafana/ui';
import { SUMMARY_EVENT, TEST_IDS } from '../../constants';
import { buildMatrixModel, toRenderSummary } from '../../model';
import type { SegmentModel } from '../../model/types';
import { withDefaults } from '../../options/withDefaults';
import { buildSpec } from '../../spec/buildSpec';
import { useAfterFirstDraw } from './useAfterFirstDraw';
import { afterNextFrame } from '../afterNextFrame';
import { guideRoom } from '../../spec/guideRoom';
import { colourGroupOf } from '../../spec/rows';
import { chooseRenderer, estimateMarks } from '../../spec/renderer';
import { specThemeFrom } from '../../spec/theme';
import type { SegmentMatrixOptions } from '../../types';
import { EffectivenessStrip } from '../EffectivenessStrip';
import { ExportMenu } from '../ExportMenu';
import { buildFormatters } from '../format/formatters';
import { PlayControl, usePlayback } from '../PlayControl';
import { SegmentFocusLayer, useSegmentInteraction } from '../SegmentFocusLayer';
import { SegmentLinksMenu, segmentLinks, type SafeLink } from '../SegmentLinks';
import { SegmentTooltip } from '../SegmentTooltip';
import { ShiftTable } from '../ShiftTable';
import { VegaView, vegaTextWidth, type HoverPosition } from '../VegaView';
import { WarningBadge } from '../WarningBadge';
import { legendFits, panelLayout } from './layout';
import { getStyles } from './SegmentMatrixPanel.styles';

type Props = PanelProps<SegmentMatrixOptions>;


interface Hover {
  segment: string;
  position: HoverPosition;
}

/** The user's open/close of the table, remembered against the option value it overrode. */
interface TableToggle {
  option: boolean;
  collapsed: boolean;
}

/**
 * The panel, inside an error boundary: an error while drawing shows Grafana's data error view with the
 * message (never a blank panel) and clears when the data or the options change.
 */
export function SegmentMatrixPanel(props: Props) {
  return (
    <ErrorBoundary boundaryName="segment-matrix" dependencies={[props.data, props.options]}>
      {({ error }) => (error ? <RenderFailure {...props} error={error} /> : <SegmentMatrixView {...props} />)}
    </ErrorBoundary>
  );
}

function RenderFailure({ id, data, fieldConfig, width, height, error }: Props & { error: Error }) {
  const styles = useStyles2(getStyles);
  return (
    <div className={styles.root} data-testid={TEST_IDS.panel} data-render-state="done" style={{ width, height }}>
      <PanelDataErrorView
        panelId={id}
        data={data}
        fieldConfig={fieldConfig}
        message={`The segment matrix could not be drawn: ${error.message}`}
      />
    </div>
  );
}

function SegmentMatrixView(props: Props) {
  const { data, width, height, replaceVariables, timeRange, eventBus, id, fieldConfig, title } = props;
  const theme = useTheme2();
  const styles = useStyles2(getStyles);
  // `data-render-state` ("rendering" until the chart of the current spec is drawn, then "done") is set on
  // the DOM directly: flipping it through React state cost a second render of the whole panel, after the
  // chart's pixels were already there.
  const root = useRef<HTMLDivElement>(null);
  const renderedSpec = useRef<unknown>(null);
  const [hover, setHover] = useState<Hover | null>(null);
  // The colour group under the pointer in the chart's legend: its segments are highlighted in the table too.
  const [hoverGroup, setHoverGroup] = useState<string | null>(null);
  const [tableToggle, setTableToggle] = useState<TableToggle | null>(null);
  const [linksMenu, setLinksMenu] = useState<(Hover & { links: SafeLink[]; returnFocus?: HTMLElement }) | null>(null);

  const options = useMemo(() => withDefaults(props.options), [props.options]);
  const display = options.display;
  const from = timeRange.from.valueOf();
  const to = timeRange.to.valueOf();
  const modelContext = useMemo(() => ({ replaceVariables, timeRange: { from, to } }), [replaceVariables, from, to]);
  const baseResult = useMemo(
    () => buildMatrixModel(data.series, options, modelContext),
    [data.series, options, modelContext]
  );
  // The play control's step (if any) replaces the current period; the summary stays the panel's own.
  const playback = usePlayback(baseResult, data.series, options, modelContext, display.showPlay);
  const result = playback.result;
  const model = result.kind === 'model' ? result.model : null;
  const baseModel = baseResult.kind === 'model' ? baseResult.model : null;
  const specTheme = useMemo(() => specThemeFrom(theme), [theme]);
  const renderer = useMemo(
    () => (model ? chooseRenderer(display.renderer, estimateMarks(model, display)) : 'svg'),
    [model, display]
  );
  const formatters = useMemo(
    () => (model ? buildFormatters(model, data.series, fieldConfig.defaults, theme) : null),
    [model, data.series, fieldConfig.defaults, theme]
  );
  const groupSegments = useMemo(
    () =>
      hoverGroup && model
        ? new Set(model.segments.filter((x) => colourGroupOf(x, display.colorBy) === hoverGroup).map((x) => x.segment))
        : null,
    [hoverGroup, model, display.colorBy]
  );
  const bySegment = useMemo(() => new Map<string, SegmentModel>(model?.segments.map((s) => [s.segment, s])), [model]);

  const tableCollapsed =
    tableToggle && tableToggle.option === display.tableCollapsed ? tableToggle.collapsed : display.tableCollapsed;
  const layout = panelLayout({
    width,
    height,
    showStrip: display.showStrip,
    tablePlacement: display.tablePlacement,
    tableCollapsed,
    rows: model?.segments.length ?? 0,
  });
  // A small chart leaves its legends out (one rebuild when the size crosses the threshold, none within).
  const legendRoom = legendFits(layout.chart);
  const chartDisplay = useMemo(
    () => (legendRoom ? display : { ...display, legend: 'hidden' as const }),
    [display, legendRoom]
  );
  const spec = useMemo(
    () => (model ? buildSpec({ model, display: chartDisplay, theme: specTheme }) : null),
    [model, chartDisplay, specTheme]
  );
  const estimatePadding = useCallback(
    (w: number, h: number) => (spec ? guideRoom(spec, w, h, vegaTextWidth) : undefined),
    [spec]
  );
  const onToggleTable = useCallback(
    () => setTableToggle({ option: display.tableCollapsed, collapsed: !tableCollapsed }),
    [display.tableCollapsed, tableCollapsed]
  );

  const interaction = useSegmentInteraction({
    model,
    formatters,
    variable: options.interaction.variable.trim(),
    toggleOnSecondClick: options.interaction.toggleOnSecondClick,
    replaceVariables,
    hovered: hover?.segment ?? null,
  });
  const { onClickDatum } = interaction;
  const onHover = useCallback((datum: Record<string, unknown> | null, position: HoverPosition) => {
    const segment = datum && typeof datum.segment === 'string' ? datum.segment : null;
    setHover((current) => {
      if (!segment) {
        return current === null ? current : null;
      }
      if (
        current &&
        current.segment === segment &&
        current.position.x === position.x &&
        current.position.y === position.y
      ) {
        return current;
      }
      return { segment, position };
    });
  }, []);
  // Right-click on a segment (pointer), or the ContextMenu key / Shift+F10 on a focused one (returnFocus).
  const openLinksMenu = useCallback(
    (segment: string, position: HoverPosition, returnFocus?: HTMLElement) => {
      if (model) {
        const query = {
          segment,
          segmentField: model.fieldsUsed.segment,
          periodField: model.fieldsUsed.period,
          currentPeriod: model.currentPeriod,
        };
        setLinksMenu({ segment, position, returnFocus, links: segmentLinks(data.series, query) });
      }
    },
    [model, data.series]
  );
  const onContextMenuDatum = useCallback(
    (datum: Record<string, unknown>, position: HoverPosition) => {
      if (typeof datum.segment === 'string') {
        openLinksMenu(datum.segment, position);
      }
    },
    [openLinksMenu]
  );
  const closeLinksMenu = useCallback(() => setLinksMenu(null), []);
  const afterDraw = useAfterFirstDraw();
  const { onDrawn } = afterDraw;
  const onRendered = useCallback(() => {
    renderedSpec.current = spec;
    root.current?.setAttribute('data-render-state', 'done');
    onDrawn();
  }, [spec, onDrawn]);
  useLayoutEffect(() => {
    root.current?.setAttribute('data-render-state', renderedSpec.current === spec ? 'done' : 'rendering');
  });
  // The chart's Vega view, for the export menu (read when an item is chosen, never while rendering).
  const view = useRef<View | null>(null);
  const onViewReady = useCallback((v: View | null) => {
    view.current = v;
  }, []);
  const getView = useCallback(() => view.current, []);

  // The render summary is written and sent after the frame that shows the chart: neither it nor what its
  // listeners do holds back the first pixels.
  useEffect(() => {
    if (!baseModel) {
      return;
    }
    return afterNextFrame(() => eventBus.publish({ type: SUMMARY_EVENT, payload: toRenderSummary(baseModel) }));
  }, [eventBus, baseModel]);

  const hasRows = data.series.some((frame) => frame.length > 0);
  if (!hasRows || !spec || !model || !formatters) {
    const message = !hasRows ? undefined : result.kind === 'error' ? result.message : undefined;
    return (
      <div className={styles.root} data-testid={TEST_IDS.panel} data-render-state="done" style={{ width, height }}>
        <PanelDataErrorView panelId={id} data={data} fieldConfig={fieldConfig} message={message} needsStringField />
      </div>
    );
  }

  const hovered = hover ? bySegment.get(hover.segment) : undefined;
  // Boxes from a render at another size arrive a moment after a resize: until then no focus ring is shown.
  const drawnHere = interaction.drawn.width === layout.chart.width && interaction.drawn.height === layout.chart.height;
  const table = layout.table;
  return (
    <div ref={root} className={styles.root} data-testid={TEST_IDS.panel} style={{ width, height }}>
      {layout.strip && (
        <EffectivenessStrip
          model={model}
          formatters={formatters}
          height={layout.strip.height}
          mode={layout.strip.mode}
        />
      )}
      <div className={table?.placement === 'right' ? styles.row : styles.column}>
        <div className={styles.chart}>
          <WarningBadge warnings={model.warnings} />
          {afterDraw.drawn && <ExportMenu title={title} model={model} formatters={formatters} getView={getView} />}
          {playback.control && <PlayControl {...playback.control} />}
          <VegaView
            spec={spec}
            width={layout.chart.width}
            height={layout.chart.height}
            renderer={renderer}
            onRendered={onRendered}
            onClickDatum={onClickDatum}
            onContextMenuDatum={onContextMenuDatum}
            onHover={onHover}
            onViewReady={onViewReady}
            highlight={interaction.highlight}
            onLayout={interaction.onLayout}
            onHoverGroup={setHoverGroup}
            estimatePadding={estimatePadding}
          />
          <SegmentFocusLayer
            segments={interaction.focusSegments}
            boxes={interaction.drawn.boxes}
            placed={drawnHere}
            selected={interaction.selected}
            onSelect={interaction.onSelect}
            onFocusSegment={interaction.setFocused}
            onOpenLinks={openLinksMenu}
          />
        </div>
        {table && (
          <ShiftTable
            model={model}
            formatters={formatters}
            width={table.width}
            height={table.height}
            collapsed={table.collapsed}
            placement={table.placement}
            onToggle={onToggleTable}
            highlight={interaction.highlight}
            highlightGroup={groupSegments}
            selected={interaction.selected}
            onSelectSegment={interaction.onSelect}
            onHighlightSegment={interaction.setPointed}
          />
        )}
      </div>
      {linksMenu && (
        <SegmentLinksMenu
          segment={linksMenu.segment}
          links={linksMenu.links}
          x={linksMenu.position.x}
          y={linksMenu.position.y}
          onClose={closeLinksMenu}
          returnFocus={linksMenu.returnFocus}
        />
      )}
      {hover && hovered && (
        <SegmentTooltip model={model} segment={hovered} formatters={formatters} position={hover.position} />
      )}
    </div>
  );
}
