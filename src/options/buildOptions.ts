import type { PanelOptionsEditorBuilder } from '@grafana/data';
import type { SegmentMatrixOptions } from '../types';
import { addDataOptions } from './dataOptions';
import { addDisplayOptions } from './displayOptions';

/** The panel's options editor, in the order the categories appear. Defaults come from DEFAULT_OPTIONS only. */
export function buildOptions(builder: PanelOptionsEditorBuilder<SegmentMatrixOptions>) {
  addDataOptions(builder);
  addDisplayOptions(builder);
}
