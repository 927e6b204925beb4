export { VegaView } from './VegaView';
export type { VegaViewProps } from './VegaView';
