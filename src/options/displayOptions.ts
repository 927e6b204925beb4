import type { PanelOptionsEditorBuilder, SelectableValue } from '@grafana/data';
import { DEFAULT_OPTIONS } from '../constants';
import type { ColorBy, LegendPlacement, RendererOption, SegmentMatrixOptions, TablePlacement } from '../types';

const MARKS = ['Marks'];
const TABLE = ['Table'];
const INTERACTIONS = ['Interactions'];

export const COLOR_BY_OPTIONS: Array<SelectableValue<ColorBy>> = [
  { value: 'satisfaction', label: 'Δ satisfaction', description: 'Diverging: orange = fell, grey = unchanged, blue = rose' },
  { value: 'growth', label: 'Growth', description: 'Diverging, centred at 0 %' },
  { value: 'priority', label: 'Priority', description: 'Priority segments and the others' },
  { value: 'parent', label: 'Parent', description: 'One colour per parent segment' },
];

export const LEGEND_OPTIONS: Array<SelectableValue<LegendPlacement>> = [
  { value: 'right', label: 'Right' },
  { value: 'bottom', label: 'Bottom' },
  { value: 'hidden', label: 'Hidden' },
];

export const TABLE_PLACEMENT_OPTIONS: Array<SelectableValue<TablePlacement>> = [
  { value: 'below', label: 'Below' },
  { value: 'right', label: 'Right' },
  { value: 'hidden', label: 'Hidden' },
];

export const RENDERER_OPTIONS: Array<SelectableValue<RendererOption>> = [
  { value: 'auto', label: 'Auto', description: 'SVG for small charts, canvas for very many segments' },
  { value: 'svg', label: 'SVG' },
  { value: 'canvas', label: 'Canvas' },
];

/** What the chart draws and how it reacts (DESIGN §5). Defaults come from DEFAULT_OPTIONS only. */
export function addDisplayOptions(builder: PanelOptionsEditorBuilder<SegmentMatrixOptions>) {
  const d = DEFAULT_OPTIONS.display;
  builder
    .addBooleanSwitch({ path: 'display.showLabels', name: 'Labels', category: MARKS, defaultValue: d.showLabels })
    .addBooleanSwitch({
      path: 'display.showGhosts',
      name: 'Baseline ghosts',
      description: 'Hollow circle where each segment was at the baseline (retired segments always keep theirs).',
      category: MARKS,
      defaultValue: d.showGhosts,
    })
    .addBooleanSwitch({
      path: 'display.showArrows',
      name: 'Movement lines',
      description: 'Arrow from the baseline position to the current one.',
      category: MARKS,
      defaultValue: d.showArrows,
    })
    .addBooleanSwitch({
      path: 'display.showTrail',
      name: 'Trail through all periods',
      category: MARKS,
      defaultValue: d.showTrail,
    })
    .addBooleanSwitch({
      path: 'display.showPlay',
      name: 'Play control',
      description: 'Step the current period through the range (three periods or more).',
      category: MARKS,
      defaultValue: d.showPlay,
    })
    .addBooleanSwitch({
      path: 'display.showShading',
      name: 'Quadrant shading',
      description: 'Tint the priority quadrants.',
      category: MARKS,
      defaultValue: d.showShading,
    })
    .addBooleanSwitch({
      path: 'display.showQuadrantNames',
      name: 'Quadrant names',
      category: MARKS,
      defaultValue: d.showQuadrantNames,
    })
    .addRadio({
      path: 'display.colorBy',
      name: 'Colour by',
      category: MARKS,
      defaultValue: d.colorBy,
      settings: { options: COLOR_BY_OPTIONS },
    })
    .addRadio({
      path: 'display.legend',
      name: 'Legend',
      category: MARKS,
      defaultValue: d.legend,
      settings: { options: LEGEND_OPTIONS },
    })
    .addRadio({
      path: 'display.renderer',
      name: 'Renderer',
      category: MARKS,
      defaultValue: d.renderer,
      settings: { options: RENDERER_OPTIONS },
    })
    .addBooleanSwitch({
      path: 'display.showStrip',
      name: 'Effectiveness strip',
      description: 'The three indicators (growth, resources, satisfaction of priority segments) with their verdicts.',
      category: TABLE,
      defaultValue: d.showStrip,
    })
    .addRadio({
      path: 'display.tablePlacement',
      name: 'Shift table',
      category: TABLE,
      defaultValue: d.tablePlacement,
      settings: { options: TABLE_PLACEMENT_OPTIONS },
    })
    .addBooleanSwitch({
      path: 'display.tableCollapsed',
      name: 'Start collapsed',
      category: TABLE,
      defaultValue: d.tableCollapsed,
      showIf: (options) => options.display?.tablePlacement !== 'hidden',
    })
    .addTextInput({
      path: 'interaction.variable',
      name: 'Click sets variable',
      description: 'Dashboard variable set to the clicked segment (empty: clicking does nothing).',
      category: INTERACTIONS,
      defaultValue: DEFAULT_OPTIONS.interaction.variable,
    })
    .addBooleanSwitch({
      path: 'interaction.toggleOnSecondClick',
      name: 'Second click clears',
      description: 'Clicking the segment that is already selected clears the variable.',
      category: INTERACTIONS,
      defaultValue: DEFAULT_OPTIONS.interaction.toggleOnSecondClick,
      showIf: (options) => Boolean(options.interaction?.variable?.trim()),
    });
}
