/**
 * What src/model takes from @grafana/data at run time, for the Node model benchmark: @grafana/data
 * itself does not load in plain Node (its ESM build imports CommonJS named exports, its CJS build
 * touches `window`). Values copied from @grafana/data's FieldType enum. A new value import in
 * src/model fails the bench build loudly ("No matching export"), then add it here.
 */
export enum FieldType {
  time = 'time',
  number = 'number',
  string = 'string',
  boolean = 'boolean',
  trace = 'trace',
  geo = 'geo',
  enum = 'enum',
  other = 'other',
  frame = 'frame',
  nestedFrames = 'nestedFrames',
}
