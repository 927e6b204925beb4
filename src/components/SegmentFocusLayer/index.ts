export { SegmentFocusLayer } from './SegmentFocusLayer';
export type { FocusSegment, SegmentFocusLayerProps } from './SegmentFocusLayer';
export { clickUpdate, currentValue, useSegmentInteraction } from './useSegmentInteraction';
