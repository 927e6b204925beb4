import type { PanelOptionsEditorBuilder } from '@grafana/data';
import { DEFAULT_OPTIONS } from '../constants';
import type { SegmentMatrixOptions } from '../types';

const MARKS = ['Marks'];
const INTERACTIONS = ['Interactions'];

/** What the chart draws and how it reacts (DESIGN §5). */
export function addDisplayOptions(builder: PanelOptionsEditorBuilder<SegmentMatrixOptions>) {
  builder
    .addBooleanSwitch({
      path: 'display.showLabels',
      name: 'Labels',
      category: MARKS,
      defaultValue: DEFAULT_OPTIONS.display.showLabels,
    })
    .addBooleanSwitch({
      path: 'display.showGhosts',
      name: 'Baseline ghosts',
      category: MARKS,
      defaultValue: DEFAULT_OPTIONS.display.showGhosts,
    })
    .addBooleanSwitch({
      path: 'display.showArrows',
      name: 'Movement lines',
      category: MARKS,
      defaultValue: DEFAULT_OPTIONS.display.showArrows,
    })
    .addTextInput({
      path: 'interaction.variable',
      name: 'Click sets variable',
      description: 'Dashboard variable set to the clicked segment (empty: clicking does nothing).',
      category: INTERACTIONS,
      defaultValue: DEFAULT_OPTIONS.interaction.variable,
    });
}
