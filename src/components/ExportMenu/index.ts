export { ExportMenu, type ExportMenuProps, type ExportView } from './ExportMenu';
