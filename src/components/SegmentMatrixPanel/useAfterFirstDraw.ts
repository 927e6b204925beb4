import { useCallback, useEffect, useRef, useState } from 'react';

/**
 * `drawn` turns true in the frame after the first `onDrawn()` call, and stays true. Parts of the panel that
 * show nothing until the pointer is over it (the export menu) mount then, so that the chart's first pixels do
 * not wait for them.
 */
export function useAfterFirstDraw(): { drawn: boolean; onDrawn: () => void } {
  const [drawn, setDrawn] = useState(false);
  const pending = useRef<{ frame?: number; timer?: ReturnType<typeof setTimeout> }>({});
  const onDrawn = useCallback(() => {
    if (pending.current.frame !== undefined) {
      return;
    }
    pending.current.frame = requestAnimationFrame(() => {
      pending.current.timer = setTimeout(() => setDrawn(true), 0);
    });
  }, []);
  useEffect(
    () => () => {
      if (pending.current.frame !== undefined) {
        cancelAnimationFrame(pending.current.frame);
      }
      clearTimeout(pending.current.timer);
    },
    []
  );
  return { drawn, onDrawn };
}
