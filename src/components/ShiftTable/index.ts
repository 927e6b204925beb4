export { ShiftTable } from './ShiftTable';
export type { ShiftTableProps } from './ShiftTable';
