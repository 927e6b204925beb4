import React, { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { changeset, type Spec, type View } from 'vega';
import { Alert } from '@grafana/ui';
import { TEST_IDS } from '../../constants';
import { DATASET_KEYS } from '../../spec/buildSpec';
import { splitSpec, valueChanges, type SpecParts } from '../../spec/structure';
import { SIGNALS } from '../../spec/signals';
import { HOVER_SIGNAL } from '../../spec/vega';
import { compileStructure, createView, loadValues, type Renderer } from './compile';
import { rowOf } from './events';
import { rowChanges } from './rowChanges';
import { boxesOf, setHoverSignal, type SegmentBox } from './positions';
import { layOut, plotSize, refit } from './fitPadding';
import { afterNextFrame } from '../afterNextFrame';
import type { Padding } from '../../spec/guideRoom';

export interface HoverPosition {
  /** Viewport (client) coordinates of the pointer. */
  x: number;
  y: number;
}

export interface VegaViewProps {
  /**
   * The chart. A spec with the same structure as the previous one (see spec/structure.ts) updates the
   * running view's datasets and value signals; only a new structure builds a new view.
   */
  spec: Spec;
  width: number;
  height: number;
  /** 'svg' (default) or 'canvas' for large charts. */
  renderer?: Renderer;
  /** Called after each completed render (first draw and resizes). */
  onRendered?: () => void;
  /** Called with the segment row of a clicked mark. */
  onClickDatum?: (datum: Record<string, unknown>) => void;
  /** Called with the segment row of a right-clicked mark (the browser's own menu is suppressed then). */
  onContextMenuDatum?: (datum: Record<string, unknown>, position: HoverPosition) => void;
  /** Called with the segment row under the pointer, or null when the pointer leaves every segment. */
  onHover?: (datum: Record<string, unknown> | null, position: HoverPosition) => void;
  /** Called with each new Vega view once created, and with null when it is finalized (export uses it). */
  onViewReady?: (view: View | null) => void;
  /**
   * Segment highlighted from outside the chart (table row, keyboard focus, selection): sets the hover
   * signal without rebuilding the view. The chart's own hover still overrides it while the pointer is on a mark.
   */
  highlight?: string | null;
  /**
   * Called shortly after each completed render with where each segment is drawn (px in the chart
   * container) and the chart size they belong to.
   */
  onLayout?: (boxes: SegmentBox[], size: { width: number; height: number }) => void;
  /** Called with the colour group whose legend entry is under the pointer, or null (categorical colours). */
  onHoverGroup?: (group: string | null) => void;
  /**
   * The room guides take around the plot at a given size, for a spec with autosize `none`: the view
   * starts with it and corrects it after drawing when it is off (see ./fitPadding.ts).
   */
  estimatePadding?: (width: number, height: number) => Padding | undefined;
}

type Size = { width: number; height: number };

/** Autosize `none`: the view's size is the plot's, and the padding around it is set here. */
const isManualLayout = (spec: Spec) => {
  const autosize = spec.autosize as { type?: string } | string | undefined;
  return (typeof autosize === 'string' ? autosize : autosize?.type) === 'none';
};

/** Sizes the view to fill `size`: the plot inside the estimated (or current) padding, or the whole chart for Vega's own autosize. */
function sizeView(
  view: View,
  size: Size,
  spec: Spec,
  estimate?: (width: number, height: number) => Padding | undefined
) {
  if (!isManualLayout(spec)) {
    view.width(size.width).height(size.height);
    return;
  }
  const padding = estimate?.(size.width, size.height);
  if (padding) {
    layOut(view, padding, size.width, size.height);
    return;
  }
  const plot = plotSize(view, size.width, size.height);
  view.width(plot.width).height(plot.height);
}

/**
 * Runs the view; a chart laid out here is laid out once more when the scene drawn needs other room around
 * the plot than its padding gives (the spec's own padding kept as margin). Resolves to the passes taken.
 */
async function runLaidOut(view: View, size: Size, spec: Spec): Promise<number> {
  await view.runAsync();
  const needed = isManualLayout(spec) ? refit(view, typeof spec.padding === 'number' ? spec.padding : 0) : null;
  if (!needed) {
    return 1;
  }
  await layOut(view, needed, size.width, size.height).runAsync();
  return 2;
}

interface RunError {
  spec: Spec;
  message: string;
}

/** The only component that touches Vega: creates the view when the spec changes, resizes it in place. */
function VegaViewInner({
  spec,
  width,
  height,
  renderer = 'svg',
  onRendered,
  onClickDatum,
  onContextMenuDatum,
  onHover,
  onViewReady,
  highlight = null,
  onLayout,
  onHoverGroup,
  estimatePadding,
}: VegaViewProps) {
  const container = useRef<HTMLDivElement>(null);
  const view = useRef<View | null>(null);
  // The newest props, for the view's listeners and effects (which must not re-run when only they change).
  const newest = {
    width,
    height,
    onRendered,
    onClickDatum,
    onContextMenuDatum,
    onHover,
    onViewReady,
    highlight,
    onLayout,
    onHoverGroup,
    estimatePadding,
  };
  const latest = useRef(newest);
  // The segment row under the pointer (Vega has no contextmenu event: the DOM one is mapped through it).
  const pointed = useRef<Record<string, unknown> | null>(null);
  const [runError, setRunError] = useState<RunError | null>(null);
  const parts = useMemo(() => splitSpec(spec), [spec]);
  // Values the running view shows (updated in place while the structure stays the same).
  const shown = useRef<SpecParts>(parts);
  const latestSpec = useRef(spec);
  const latestParts = useRef(parts);
  // Compiled once per structure (state derived from props, see React's "storing information from previous
  // renders"); views built from it get their values from the newest parts.
  const [compiledEntry, setCompiledEntry] = useState(() => ({
    structure: parts.structure,
    compiled: compileStructure(parts),
  }));
  let entry = compiledEntry;
  if (entry.structure !== parts.structure) {
    entry = { structure: parts.structure, compiled: compileStructure(parts) };
    setCompiledEntry(entry);
  }
  const compiled = entry.compiled;

  // Where the segments are drawn goes to the panel after the frame that shows the chart, so that its
  // pixels are not held back by walking the scene (19 ms at 10,000 segments) and a panel render of the
  // focus layer's buttons.
  const cancelPending = useRef<() => void>(() => undefined);
  const cancelLayout = useCallback(() => cancelPending.current(), []);
  const reportLayout = useCallback(
    (drawn: View, size: { width: number; height: number }) => {
      cancelLayout();
      cancelPending.current = afterNextFrame(() => {
        if (view.current === drawn) {
          latest.current.onLayout?.(boxesOf(drawn), size);
        }
      });
    },
    [cancelLayout]
  );
  useEffect(() => cancelLayout, [cancelLayout]);

  // The chart size the view was last laid out for.
  const drawnSize = useRef({ width, height });
  /** Runs the view at `size` (a chart laid out here gets its padding checked) and notes how many passes it took. */
  const runAt = useCallback(async (target: View, size: Size) => {
    drawnSize.current = size;
    const passes = await runLaidOut(target, size, latestSpec.current);
    container.current?.setAttribute('data-layout-passes', String(passes));
    container.current?.setAttribute('data-drawn-size', `${size.width}x${size.height}`);
  }, []);

  useLayoutEffect(() => {
    latestSpec.current = spec;
    latestParts.current = parts;
    latest.current = newest;
  });

  useEffect(() => {
    if (!container.current || compiled.kind === 'error') {
      return;
    }
    let cancelled = false;
    const element = container.current;
    const created = loadValues(createView(compiled.runtime, renderer), latestParts.current);
    view.current = created;
    shown.current = latestParts.current;
    latest.current.onViewReady?.(created);
    created.addEventListener('click', (_event, item) => {
      const row = rowOf(item);
      if (row) {
        latest.current.onClickDatum?.(row);
      }
    });
    created.addEventListener('pointermove', (event, item) => {
      const { clientX, clientY } = event as PointerEvent;
      pointed.current = rowOf(item);
      latest.current.onHover?.(pointed.current, { x: clientX, y: clientY });
    });
    // The chart's pointerout resets the hover signal to null: fall back to the highlight from outside.
    try {
      created.addSignalListener(HOVER_SIGNAL, (_name, value) => {
        if (value === null && latest.current.highlight) {
          created.runAfter(() => {
            if (!cancelled && setHoverSignal(created, latest.current.highlight)) {
              created.runAsync().catch(() => undefined);
            }
          });
        }
      });
    } catch {
      // a spec without the hover signal: nothing to highlight
    }
    // Only a legend of colour groups has the signal (not a diverging colour, not a hidden legend). Asking
    // Vega for a signal it lacks throws, which costs more than looking.
    if (latestSpec.current.signals?.some((signal) => signal.name === SIGNALS.hoverGroup)) {
      created.addSignalListener(SIGNALS.hoverGroup, (_name, value) =>
        latest.current.onHoverGroup?.(typeof value === 'string' ? value : null)
      );
    }
    setHoverSignal(created, latest.current.highlight);
    const size = { width: latest.current.width, height: latest.current.height };
    sizeView(created, size, latestSpec.current, latest.current.estimatePadding);
    created.initialize(element);
    runAt(created, size)
      .then(() => {
        if (!cancelled) {
          latest.current.onRendered?.();
          reportLayout(created, size);
        }
      })
      .catch((e: Error) => !cancelled && setRunError({ spec: latestSpec.current, message: e.message }));
    return () => {
      cancelled = true;
      created.finalize();
      view.current = null;
      latest.current.onViewReady?.(null);
    };
  }, [compiled, renderer, runAt, reportLayout]);

  // Same structure, new values (a play step, refreshed data): update the running view in place.
  useEffect(() => {
    const current = view.current;
    if (!current || shown.current === parts) {
      return;
    }
    const changes = valueChanges(shown.current, parts);
    shown.current = parts;
    if (changes.datasets.length === 0 && changes.signals.length === 0) {
      latest.current.onRendered?.();
      return;
    }
    for (const name of changes.signals) {
      current.signal(name, parts.signals[name]);
    }
    for (const name of changes.datasets) {
      updateDataset(current, name, parts.datasets[name] as Array<Record<string, unknown>>);
    }
    const size = { width: latest.current.width, height: latest.current.height };
    runAt(current, size)
      .then(() => {
        latest.current.onRendered?.();
        reportLayout(current, size);
      })
      .catch((e: Error) => setRunError({ spec, message: e.message }));
  }, [parts, spec, runAt, reportLayout]);

  useEffect(() => {
    const current = view.current;
    if (!current || (drawnSize.current.width === width && drawnSize.current.height === height)) {
      return;
    }
    sizeView(current, { width, height }, latestSpec.current);
    runAt(current, { width, height })
      .then(() => {
        latest.current.onRendered?.();
        reportLayout(current, { width, height });
      })
      .catch((e: Error) => setRunError({ spec: latestSpec.current, message: e.message }));
  }, [width, height, runAt, reportLayout]);

  useEffect(() => {
    const current = view.current;
    if (current && setHoverSignal(current, highlight)) {
      current.runAsync().catch(() => undefined);
    }
  }, [highlight]);

  const error = compiled.kind === 'error' ? compiled.message : runError?.spec === spec ? runError.message : null;
  return (
    <>
      {error && (
        <Alert title="The chart could not be drawn" severity="error" data-testid={TEST_IDS.renderError}>
          {error}
        </Alert>
      )}
      <div
        ref={container}
        data-testid={TEST_IDS.chart}
        data-renderer={renderer}
        style={{ width, height, overflow: 'clip' }}
        onPointerLeave={(event) => {
          pointed.current = null;
          latest.current.onHover?.(null, { x: event.clientX, y: event.clientY });
        }}
        onContextMenu={(event) => {
          const handler = latest.current.onContextMenuDatum;
          const row = rowOf((event.target as { __data__?: unknown }).__data__) ?? pointed.current;
          if (handler && row) {
            event.preventDefault();
            handler(row, { x: event.clientX, y: event.clientY });
          }
        }}
      />
    </>
  );
}

/** New rows for a dataset: keyed datasets keep their tuples (see ./rowChanges.ts), others are replaced. */
function updateDataset(view: View, name: string, rows: Array<Record<string, unknown>>): void {
  const key = DATASET_KEYS[name];
  if (!key) {
    view.data(name, rows);
    return;
  }
  const changes = rowChanges(view.data(name) as Array<Record<string, unknown>>, rows, key);
  const set = changeset().insert(changes.insert).remove(changes.remove);
  for (const { tuple, field, value } of changes.modify) {
    set.modify(tuple, field, value);
  }
  view.change(name, set);
}

/** Memoised: the panel re-renders on every pointer move (tooltip), this part only when its props change. */
export const VegaView = React.memo(VegaViewInner);
