export { VegaView } from './VegaView';
export type { HoverPosition, VegaViewProps } from './VegaView';
export type { Renderer } from './compile';
export { segmentBoxes, type SegmentBox } from './positions';
export { vegaTextWidth } from './textWidth';
