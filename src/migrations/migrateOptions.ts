import type { PanelModel } from '@grafana/data';
import { OPTIONS_VERSION } from '../constants';
import { withDefaults } from '../options/withDefaults';
import type { SegmentMatrixOptions } from '../types';

type SavedOptions = Partial<SegmentMatrixOptions> & Record<string, unknown>;

/** One migration step: from options at `from` to `from + 1`. Steps never edit their input. */
export interface MigrationStep {
  from: number;
  migrate: (options: SavedOptions) => SavedOptions;
}

/** Steps in order; version 1 is the first released schema, so there are none yet. */
export const MIGRATION_STEPS: MigrationStep[] = [];

/**
 * Brings saved options to the current schema. Options without a version are treated as version 1.
 * Returns a new object; options already current come back unchanged (same values).
 */
export function migrateOptions(saved: SavedOptions | undefined): SegmentMatrixOptions {
  let options: SavedOptions = { ...(saved ?? {}) };
  let version = typeof options.optionsVersion === 'number' ? options.optionsVersion : 1;
  for (const step of MIGRATION_STEPS) {
    if (step.from === version) {
      options = step.migrate(options);
      version = step.from + 1;
    }
  }
  return { ...withDefaults(options), optionsVersion: OPTIONS_VERSION };
}

/** Grafana's migration handler: runs when a dashboard saved with another plugin version is opened. */
export function migrationHandler(panel: PanelModel<SegmentMatrixOptions>): SegmentMatrixOptions {
  return migrateOptions(panel.options as SavedOptions | undefined);
}
