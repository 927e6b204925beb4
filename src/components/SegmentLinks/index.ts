export { SegmentLinksMenu, type SegmentLinksMenuProps } from './SegmentLinksMenu';
export { findSegmentRow, safeLinks, segmentLinks, type SafeLink, type SegmentRow, type SegmentRowQuery } from './segmentLinks';
