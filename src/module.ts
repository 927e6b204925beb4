import { PanelPlugin } from '@grafana/data';
import { SegmentMatrixPanel } from './components/SegmentMatrixPanel';
import { migrationHandler } from './migrations/migrateOptions';
import { buildOptions } from './options/buildOptions';
import type { SegmentMatrixOptions } from './types';

export const plugin = new PanelPlugin<SegmentMatrixOptions>(SegmentMatrixPanel)
  .setPanelOptions(buildOptions)
  .setMigrationHandler(migrationHandler)
  .useFieldConfig();
