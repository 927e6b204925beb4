export { SegmentMatrixPanel } from './SegmentMatrixPanel';
