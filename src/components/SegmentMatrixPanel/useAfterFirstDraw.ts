import { useCallback, useEffect, useRef, useState } from 'react';
import { afterNextFrame } from '../afterNextFrame';

/**
 * `drawn` turns true in the frame after the first `onDrawn()` call, and stays true. Parts of the panel that
 * show nothing until the pointer is over it (the export menu) mount then, so that the chart's first pixels do
 * not wait for them.
 */
export function useAfterFirstDraw(): { drawn: boolean; onDrawn: () => void } {
  const [drawn, setDrawn] = useState(false);
  const cancel = useRef<(() => void) | null>(null);
  const onDrawn = useCallback(() => {
    cancel.current ??= afterNextFrame(() => setDrawn(true));
  }, []);
  useEffect(() => () => cancel.current?.(), []);
  return { drawn, onDrawn };
}
