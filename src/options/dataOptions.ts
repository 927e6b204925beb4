import { FieldType, type Field, type PanelOptionsEditorBuilder, type SelectableValue } from '@grafana/data';
import { DEFAULT_OPTIONS } from '../constants';
import { PRESETS, QUADRANT_IDS } from '../model';
import type { CutMode, FieldRole, PresetId, QuadrantId } from '../model/types';
import type { SegmentMatrixOptions } from '../types';
import { CompositeEditor } from './editors/CompositeEditor';

const DATA_MAPPING = ['Data mapping'];
const PERIODS = ['Periods'];
const AXES = ['Axes & quadrants'];
const EFFECTIVENESS = ['Effectiveness'];

const isString = (field: Field) => field.type === FieldType.string;
const isNumber = (field: Field) => field.type === FieldType.number;
const isNumberOrString = (field: Field) => field.type === FieldType.number || field.type === FieldType.string;
const isPeriod = (field: Field) => [FieldType.time, FieldType.string, FieldType.number].includes(field.type);
const isAny = () => true;

interface RolePicker {
  role: FieldRole;
  name: string;
  description: string;
  filter: (field: Field) => boolean;
  auto: string;
}

const ROLE_PICKERS: RolePicker[] = [
  {
    role: 'segment',
    name: 'Segment',
    description: 'Text field naming the segment.',
    filter: isString,
    auto: 'segment, segment_name, name or the first text field',
  },
  {
    role: 'period',
    name: 'Period',
    description: 'Time, text or number; without it there is one period (current only).',
    filter: isPeriod,
    auto: 'period, quarter, time, date',
  },
  {
    role: 'x',
    name: 'X axis (customer needs)',
    description: 'Numeric field, or text for an ordinal axis.',
    filter: isNumberOrString,
    auto: 'needs, customer_needs, x or the first number field',
  },
  {
    role: 'y',
    name: 'Y axis (organizational value)',
    description: 'Numeric field (or a composite, under Axes & quadrants).',
    filter: isNumber,
    auto: 'value, org_value, organizational_value, y or the next number field',
  },
  {
    role: 'size',
    name: 'Bubble size',
    description: 'Size measure: bubble area.',
    filter: isNumber,
    auto: 'customers, accounts, revenue, size',
  },
  {
    role: 'growth',
    name: 'Growth measure',
    description: 'A level such as revenue or active accounts; growth = change from baseline.',
    filter: isNumber,
    auto: 'growth_measure, revenue, customers, else the size measure',
  },
  {
    role: 'satisfaction',
    name: 'Satisfaction',
    description: 'CSAT, NPS or any score.',
    filter: isNumber,
    auto: 'satisfaction, csat, nps',
  },
  {
    role: 'resource',
    name: 'Resource',
    description: 'Budget, headcount or a share; normalized per period.',
    filter: isNumber,
    auto: 'resource, budget, headcount, resource_share',
  },
  {
    role: 'priority',
    name: 'Priority',
    description: 'Text, boolean or number marking priority segments (see Effectiveness).',
    filter: isAny,
    auto: 'priority, tier; else by baseline quadrant',
  },
  {
    role: 'parent',
    name: 'Parent segment',
    description: 'For sub-segments.',
    filter: isString,
    auto: 'parent, parent_segment',
  },
  {
    role: 'lineage',
    name: 'Lineage',
    description: 'Earlier segments this one was split or merged from (comma-separated).',
    filter: isString,
    auto: 'previous_segment, split_from, merged_from',
  },
];

const CUT_MODES: Array<{ label: string; value: CutMode }> = [
  { label: 'Median', value: 'median' },
  { label: 'Mean', value: 'mean' },
  { label: 'Fixed', value: 'fixed' },
  { label: 'Variable', value: 'variable' },
];

const presetName = (options: SegmentMatrixOptions, id: QuadrantId) =>
  PRESETS[options.preset as PresetId]?.quadrantNames[id] ?? id;

function addRolePickers(builder: PanelOptionsEditorBuilder<SegmentMatrixOptions>) {
  for (const picker of ROLE_PICKERS) {
    builder.addFieldNamePicker({
      path: `fields.${picker.role}`,
      name: picker.name,
      description: picker.description,
      category: DATA_MAPPING,
      settings: { filter: picker.filter, placeholderText: `Auto: ${picker.auto}` },
    });
  }
}

function addFormatOptions(builder: PanelOptionsEditorBuilder<SegmentMatrixOptions>) {
  const d = DEFAULT_OPTIONS;
  builder
    .addRadio({
      path: 'format',
      name: 'Format',
      description: 'Long: one row per segment and period. Wide: one row per segment with baseline_/current_ columns.',
      category: DATA_MAPPING,
      defaultValue: d.format,
      settings: {
        options: [
          { label: 'Auto', value: 'auto' },
          { label: 'Long', value: 'long' },
          { label: 'Wide', value: 'wide' },
        ],
      },
    })
    .addTextInput({
      path: 'widePrefixes.baseline',
      name: 'Baseline column prefix',
      category: DATA_MAPPING,
      defaultValue: d.widePrefixes.baseline,
      showIf: (o) => o.format !== 'long',
    })
    .addTextInput({
      path: 'widePrefixes.current',
      name: 'Current column prefix',
      category: DATA_MAPPING,
      defaultValue: d.widePrefixes.current,
      showIf: (o) => o.format !== 'long',
    })
    .addTextInput({
      path: 'dataRefId',
      name: 'Data query (refId)',
      description: 'Empty: the first frame with rows.',
      category: DATA_MAPPING,
      defaultValue: d.dataRefId,
    })
    .addTextInput({
      path: 'profilesRefId',
      name: 'Profiles query (refId)',
      description: 'Segment profiles: definition, goals, jobs_to_be_done… Empty: detected.',
      category: DATA_MAPPING,
      defaultValue: d.profilesRefId,
    })
    .addRadio({
      path: 'hierarchy',
      name: 'Sub-segments',
      description: 'With a parent field: show segments as they come, parents aggregated, or children.',
      category: DATA_MAPPING,
      defaultValue: d.hierarchy,
      settings: {
        options: [
          { label: 'As is', value: 'segments' },
          { label: 'Parents', value: 'parents' },
          { label: 'Children', value: 'children' },
        ],
      },
    })
    .addNumberInput({
      path: 'segmentLimit',
      name: 'Segment limit',
      description: 'The largest are shown; a warning counts the rest.',
      category: DATA_MAPPING,
      defaultValue: d.segmentLimit,
      settings: { min: 1, integer: true },
    });
}

function addPeriodOptions(builder: PanelOptionsEditorBuilder<SegmentMatrixOptions>) {
  const d = DEFAULT_OPTIONS.period;
  const explicit = (o: SegmentMatrixOptions) => o.period?.mode === 'explicit';
  builder
    .addRadio({
      path: 'period.mode',
      name: 'Baseline and current',
      category: PERIODS,
      defaultValue: d.mode,
      settings: {
        options: [
          { label: 'First → last', value: 'first-last', description: 'Earliest and latest period in the data' },
          { label: 'Explicit', value: 'explicit', description: 'Two period values or dashboard variables' },
          {
            label: 'Time range',
            value: 'time-range',
            description: 'Latest periods at the dashboard time range start and end',
          },
        ],
      },
    })
    .addTextInput({
      path: 'period.baseline',
      name: 'Baseline period',
      description: 'A period value or a variable such as $baseline.',
      category: PERIODS,
      defaultValue: d.baseline,
      showIf: explicit,
    })
    .addTextInput({
      path: 'period.current',
      name: 'Current period',
      description: 'A period value or a variable such as $current.',
      category: PERIODS,
      defaultValue: d.current,
      showIf: explicit,
    });
}

function addAxisOptions(builder: PanelOptionsEditorBuilder<SegmentMatrixOptions>) {
  const d = DEFAULT_OPTIONS;
  builder.addSelect({
    path: 'preset',
    name: 'Preset',
    description: 'Sets the axis names, scales and quadrant names.',
    category: AXES,
    defaultValue: d.preset,
    settings: { options: (Object.keys(PRESETS) as PresetId[]).map((id) => ({ label: PRESETS[id].label, value: id })) },
  });
  for (const axis of ['x', 'y'] as const) {
    const label = axis.toUpperCase();
    builder
      .addRadio({
        path: `cuts.${axis}.mode`,
        name: `${label} cut point`,
        category: AXES,
        defaultValue: d.cuts[axis].mode,
        settings: { options: CUT_MODES },
      })
      .addNumberInput({
        path: `cuts.${axis}.value`,
        name: `${label} cut value`,
        category: AXES,
        showIf: (o) => o.cuts?.[axis]?.mode === 'fixed',
      })
      .addTextInput({
        path: `cuts.${axis}.variable`,
        name: `${label} cut variable`,
        description: 'A dashboard variable holding the cut, e.g. $needs_cut.',
        category: AXES,
        showIf: (o) => o.cuts?.[axis]?.mode === 'variable',
      })
      .addTextInput({
        path: `axisTitles.${axis}`,
        name: `${label} axis title`,
        description: "Empty: the preset's title.",
        category: AXES,
        defaultValue: d.axisTitles[axis],
      });
  }
  builder
    .addRadio({
      path: 'xAxis.scale',
      name: 'X scale',
      category: AXES,
      defaultValue: d.xAxis.scale,
      settings: {
        options: [
          { label: 'Auto', value: 'auto' },
          { label: 'Linear', value: 'linear' },
          { label: 'Log', value: 'log' },
          { label: 'Ordinal', value: 'ordinal' },
        ],
      },
    })
    .addStringArray({
      path: 'xAxis.ordinalOrder',
      name: 'Ordinal order',
      description: 'Categories of a text x axis, low to high (e.g. universal, broad, niche, specialized).',
      category: AXES,
      defaultValue: d.xAxis.ordinalOrder,
      showIf: (o) => o.xAxis?.scale !== 'linear' && o.xAxis?.scale !== 'log',
    })
    .addBooleanSwitch({ path: 'xAxis.reverse', name: 'Reverse x axis', category: AXES, defaultValue: d.xAxis.reverse })
    .addBooleanSwitch({
      path: 'composite.enabled',
      name: 'Composite value axis',
      description: 'y = Σ weight × normalized field.',
      category: AXES,
      defaultValue: d.composite.enabled,
    })
    .addCustomEditor({
      id: 'composite-components',
      path: 'composite.components',
      name: 'Composite fields and weights',
      category: AXES,
      defaultValue: d.composite.components,
      editor: CompositeEditor,
      showIf: (o) => o.composite?.enabled === true,
    })
    .addRadio({
      path: 'composite.normalization',
      name: 'Normalization',
      description: 'Over the pooled baseline and current values.',
      category: AXES,
      defaultValue: d.composite.normalization,
      settings: {
        options: [
          { label: 'Min–max', value: 'min-max' },
          { label: 'z-score', value: 'z-score' },
        ],
      },
      showIf: (o) => o.composite?.enabled === true,
    });
  for (const id of QUADRANT_IDS) {
    builder.addTextInput({
      path: `quadrantNames.${id}`,
      name: `Quadrant ${id} name`,
      description: `${id[0] === 'H' ? 'High' : 'Low'} x, ${id[1] === 'H' ? 'high' : 'low'} y. Empty: the preset's name.`,
      category: AXES,
      settings: { placeholder: PRESETS[d.preset].quadrantNames[id] },
    });
  }
}

function addEffectivenessOptions(builder: PanelOptionsEditorBuilder<SegmentMatrixOptions>) {
  const d = DEFAULT_OPTIONS;
  builder
    .addStringArray({
      path: 'priorityValues',
      name: 'Priority values',
      description: 'Values of the priority field that mark a priority segment (case-insensitive).',
      category: EFFECTIVENESS,
      defaultValue: d.priorityValues,
    })
    .addMultiSelect({
      path: 'priorityQuadrants',
      name: 'Priority quadrants',
      description: 'Without a priority field: segments whose baseline quadrant is one of these.',
      category: EFFECTIVENESS,
      defaultValue: d.priorityQuadrants,
      // Grafana's builder types an option's value as the whole array; each option is one quadrant id.
      settings: {
        options: QUADRANT_IDS.map((id) => ({ label: `${id} (${presetName(d, id)})`, value: id })) as unknown as Array<
          SelectableValue<QuadrantId[]>
        >,
      },
    })
    .addNumberInput({
      path: 'tolerance',
      name: 'Verdict tolerance',
      description: 'On track above +tolerance, off track below −tolerance, flat between.',
      category: EFFECTIVENESS,
      defaultValue: d.tolerance,
      settings: { min: 0, step: 0.01 },
    });
}

/** Data mapping, Periods, Axes & quadrants, Effectiveness (DESIGN §2–§4). Defaults: DEFAULT_OPTIONS. */
export function addDataOptions(builder: PanelOptionsEditorBuilder<SegmentMatrixOptions>) {
  addRolePickers(builder);
  addFormatOptions(builder);
  addPeriodOptions(builder);
  addAxisOptions(builder);
  addEffectivenessOptions(builder);
}
