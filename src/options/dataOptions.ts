import { FieldType, type Field, type PanelOptionsEditorBuilder } from '@grafana/data';
import type { SegmentMatrixOptions } from '../types';

const DATA_MAPPING = ['Data mapping'];

const isString = (field: Field) => field.type === FieldType.string;
const isNumber = (field: Field) => field.type === FieldType.number;
const isNumberOrString = (field: Field) => field.type === FieldType.number || field.type === FieldType.string;

/** Which fields play which role, and how the frames are read (DESIGN §2). */
export function addDataOptions(builder: PanelOptionsEditorBuilder<SegmentMatrixOptions>) {
  builder
    .addFieldNamePicker({
      path: 'fields.segment',
      name: 'Segment',
      description: 'Text field naming the segment.',
      category: DATA_MAPPING,
      settings: { filter: isString, placeholderText: 'Auto: segment, segment_name, name or the first text field' },
    })
    .addFieldNamePicker({
      path: 'fields.x',
      name: 'X axis (customer needs)',
      description: 'Numeric field, or text for an ordinal axis.',
      category: DATA_MAPPING,
      settings: { filter: isNumberOrString, placeholderText: 'Auto: needs, customer_needs, x or the first number field' },
    })
    .addFieldNamePicker({
      path: 'fields.y',
      name: 'Y axis (organizational value)',
      description: 'Numeric field.',
      category: DATA_MAPPING,
      settings: { filter: isNumber, placeholderText: 'Auto: value, org_value, y or the next number field' },
    })
    .addFieldNamePicker({
      path: 'fields.size',
      name: 'Bubble size',
      description: 'Numeric size measure (bubble area).',
      category: DATA_MAPPING,
      settings: { filter: isNumber, placeholderText: 'Auto: customers, accounts, revenue, size' },
    });
}
