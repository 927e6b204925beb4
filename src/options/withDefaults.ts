import { DEFAULT_OPTIONS, OPTIONS_VERSION } from '../constants';
import { withModelDefaults } from '../model/defaults';
import type { PartialModelOptions } from '../model/types';
import type { DisplayOptions, InteractionOptions, SegmentMatrixOptions } from '../types';

export type PartialPanelOptions = PartialModelOptions & {
  optionsVersion?: number;
  display?: Partial<DisplayOptions>;
  interaction?: Partial<InteractionOptions>;
};

/** Every missing key filled from DEFAULT_OPTIONS (saved dashboards hold only what the user changed). */
export function withDefaults(options: PartialPanelOptions | undefined): SegmentMatrixOptions {
  return {
    ...withModelDefaults(options),
    optionsVersion: options?.optionsVersion ?? OPTIONS_VERSION,
    display: { ...DEFAULT_OPTIONS.display, ...(options?.display ?? {}) },
    interaction: { ...DEFAULT_OPTIONS.interaction, ...(options?.interaction ?? {}) },
  };
}
