import React, { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { View } from 'vega';
import type { TopLevelSpec } from 'vega-lite';
import { Alert } from '@grafana/ui';
import { TEST_IDS } from '../../constants';
import { compileSpec, createView } from './compile';

export interface VegaViewProps {
  spec: TopLevelSpec;
  width: number;
  height: number;
  /** Called after each completed render (first draw and resizes). */
  onRendered?: () => void;
  /** Called with the data row of a clicked mark. */
  onClickDatum?: (datum: Record<string, unknown>) => void;
}

interface RunError {
  spec: TopLevelSpec;
  message: string;
}

/** The only component that touches Vega: creates the view when the spec changes, resizes it in place. */
export function VegaView({ spec, width, height, onRendered, onClickDatum }: VegaViewProps) {
  const container = useRef<HTMLDivElement>(null);
  const view = useRef<View | null>(null);
  const latest = useRef({ width, height, onRendered, onClickDatum });
  const [runError, setRunError] = useState<RunError | null>(null);
  const compiled = useMemo(() => compileSpec(spec), [spec]);

  useLayoutEffect(() => {
    latest.current = { width, height, onRendered, onClickDatum };
  });

  useEffect(() => {
    if (!container.current || compiled.kind === 'error') {
      return;
    }
    let cancelled = false;
    const created = createView(compiled.runtime, container.current);
    view.current = created;
    created.addEventListener('click', (_event, item) => {
      const datum = (item as { datum?: Record<string, unknown> } | null | undefined)?.datum;
      if (datum) {
        latest.current.onClickDatum?.(datum);
      }
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
  }, [compiled, spec]);

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
      <div ref={container} data-testid={TEST_IDS.chart} style={{ width, height }} />
    </>
  );
}
