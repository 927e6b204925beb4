/** Keyboard navigation through the segments: legend order, arrow keys, Home/End. Pure. */

/** Segments in the order the keyboard visits them: the model's legend order. */
export function navigationOrder(segments: ReadonlyArray<{ segment: string }>): string[] {
  return segments.map((s) => s.segment);
}

export type NavigationMove = 'next' | 'previous' | 'first' | 'last';

/** The move a key asks for, or null for keys the segment list leaves alone. */
export function moveForKey(key: string): NavigationMove | null {
  switch (key) {
    case 'ArrowRight':
    case 'ArrowDown':
      return 'next';
    case 'ArrowLeft':
    case 'ArrowUp':
      return 'previous';
    case 'Home':
      return 'first';
    case 'End':
      return 'last';
    default:
      return null;
  }
}

/** The index after a move, wrapping around at both ends; -1 for an empty list. */
export function moveIndex(current: number, move: NavigationMove, count: number): number {
  if (count <= 0) {
    return -1;
  }
  const from = current >= 0 && current < count ? current : -1;
  switch (move) {
    case 'next':
      return from < 0 ? 0 : (from + 1) % count;
    case 'previous':
      return from < 0 ? count - 1 : (from - 1 + count) % count;
    case 'first':
      return 0;
    case 'last':
      return count - 1;
  }
}
