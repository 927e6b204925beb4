export { SegmentTooltip } from './SegmentTooltip';
export type { SegmentTooltipProps } from './SegmentTooltip';
