import React, { useEffect, useRef, useState } from 'react';
import type { View } from 'vega';
import type { TopLevelSpec } from 'vega-lite';
import { Alert } from '@grafana/ui';
import { TEST_IDS } from '../../constants';
import { createView } from './compile';

export interface VegaViewProps {
  spec: TopLevelSpec;
  width: number;
  height: number;
  /** Called after each completed render (first draw and resizes). */
  onRendered?: () => void;
}

/** The only component that touches Vega: creates the view when the spec changes, resizes it in place. */
export function VegaView({ spec, width, height, onRendered }: VegaViewProps) {
  const container = useRef<HTMLDivElement>(null);
  const view = useRef<View | null>(null);
  const size = useRef({ width, height });
  const rendered = useRef(onRendered);
  const [error, setError] = useState<string | null>(null);
  size.current = { width, height };
  rendered.current = onRendered;

  useEffect(() => {
    if (!container.current) {
      return;
    }
    let cancelled = false;
    let created: View | null = null;
    try {
      created = createView(spec, container.current);
      view.current = created;
      setError(null);
      created
        .width(size.current.width)
        .height(size.current.height)
        .runAsync()
        .then(() => !cancelled && rendered.current?.())
        .catch((e: Error) => !cancelled && setError(e.message));
    } catch (e) {
      setError((e as Error).message);
    }
    return () => {
      cancelled = true;
      created?.finalize();
      view.current = null;
    };
  }, [spec]);

  useEffect(() => {
    const current = view.current;
    if (!current || (current.width() === width && current.height() === height)) {
      return;
    }
    current
      .width(width)
      .height(height)
      .runAsync()
      .then(() => rendered.current?.())
      .catch((e: Error) => setError(e.message));
  }, [width, height]);

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
