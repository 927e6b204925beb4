import React, { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { View } from 'vega';
import type { TopLevelSpec } from 'vega-lite';
import { Alert } from '@grafana/ui';
import { TEST_IDS } from '../../constants';
import { compileSpec, createView, type Renderer } from './compile';
import { rowOf } from './events';

export interface HoverPosition {
  /** Viewport (client) coordinates of the pointer. */
  x: number;
  y: number;
}

export interface VegaViewProps {
  spec: TopLevelSpec;
  width: number;
  height: number;
  /** 'svg' (default) or 'canvas' for large charts. */
  renderer?: Renderer;
  /** Called after each completed render (first draw and resizes). */
  onRendered?: () => void;
  /** Called with the segment row of a clicked mark. */
  onClickDatum?: (datum: Record<string, unknown>) => void;
  /** Called with the segment row under the pointer, or null when the pointer leaves every segment. */
  onHover?: (datum: Record<string, unknown> | null, position: HoverPosition) => void;
}

interface RunError {
  spec: TopLevelSpec;
  message: string;
}

/** The only component that touches Vega: creates the view when the spec changes, resizes it in place. */
function VegaViewInner({ spec, width, height, renderer = 'svg', onRendered, onClickDatum, onHover }: VegaViewProps) {
  const container = useRef<HTMLDivElement>(null);
  const view = useRef<View | null>(null);
  const latest = useRef({ width, height, onRendered, onClickDatum, onHover });
  const [runError, setRunError] = useState<RunError | null>(null);
  const compiled = useMemo(() => compileSpec(spec), [spec]);

  useLayoutEffect(() => {
    latest.current = { width, height, onRendered, onClickDatum, onHover };
  });

  useEffect(() => {
    if (!container.current || compiled.kind === 'error') {
      return;
    }
    let cancelled = false;
    const created = createView(compiled.runtime, container.current, renderer);
    view.current = created;
    created.addEventListener('click', (_event, item) => {
      const row = rowOf(item);
      if (row) {
        latest.current.onClickDatum?.(row);
      }
    });
    created.addEventListener('pointermove', (event, item) => {
      const { clientX, clientY } = event as PointerEvent;
      latest.current.onHover?.(rowOf(item), { x: clientX, y: clientY });
    });
    created
      .width(latest.current.width)
      .height(latest.current.height)
      .runAsync()
      .then(() => !cancelled && latest.current.onRendered?.())
      .catch((e: Error) => !cancelled && setRunError({ spec, message: e.message }));
    return () => {
      cancelled = true;
      created.finalize();
      view.current = null;
    };
  }, [compiled, spec, renderer]);

  useEffect(() => {
    const current = view.current;
    if (!current || (current.width() === width && current.height() === height)) {
      return;
    }
    current
      .width(width)
      .height(height)
      .runAsync()
      .then(() => latest.current.onRendered?.())
      .catch((e: Error) => setRunError({ spec, message: e.message }));
  }, [width, height, spec]);

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
        style={{ width, height }}
        onPointerLeave={(event) => latest.current.onHover?.(null, { x: event.clientX, y: event.clientY })}
      />
    </>
  );
}

/** Memoised: the panel re-renders on every pointer move (tooltip), this part only when its props change. */
export const VegaView = React.memo(VegaViewInner);
