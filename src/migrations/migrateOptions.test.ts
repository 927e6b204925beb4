import type { PanelModel } from '@grafana/data';
import { DEFAULT_OPTIONS, OPTIONS_VERSION } from '../constants';
import type { SegmentMatrixOptions } from '../types';
import { migrateOptions, migrationHandler, MIGRATION_STEPS } from './migrateOptions';

describe('migrations', () => {
  it('returns current options unchanged, as a new object', () => {
    const saved = { ...DEFAULT_OPTIONS, preset: 'share-vs-growth' as const };
    const migrated = migrateOptions(saved);
    expect(migrated).toEqual(saved);
    expect(migrated).not.toBe(saved);
  });

  it('fills what an old or partial save lacks from the defaults and stamps the version', () => {
    const migrated = migrateOptions({ fields: { segment: 'name' }, display: { showLabels: false } } as never);
    expect(migrated.fields.segment).toBe('name');
    expect(migrated.display).toEqual({ ...DEFAULT_OPTIONS.display, showLabels: false });
    expect(migrated.cuts).toEqual(DEFAULT_OPTIONS.cuts);
    expect(migrated.optionsVersion).toBe(OPTIONS_VERSION);
  });

  it('never edits its input', () => {
    const saved = Object.freeze({ fields: Object.freeze({ x: 'needs' }) });
    expect(() => migrateOptions(saved as never)).not.toThrow();
  });

  it('is what Grafana calls with the saved panel', () => {
    const panel = { id: 1, type: 'seglens-segmentmatrix-panel', options: { tolerance: 0.02 }, fieldConfig: { defaults: {}, overrides: [] }, pluginVersion: '0.0.1' };
    expect(migrationHandler(panel as unknown as PanelModel<SegmentMatrixOptions>).tolerance).toBe(0.02);
  });

  it('has a step for every version before the current one', () => {
    expect(MIGRATION_STEPS.map((s) => s.from)).toEqual(Array.from({ length: OPTIONS_VERSION - 1 }, (_, i) => i + 1));
  });
});
