import type { ScopedVars, TimeRange, TypedVariableModel } from '@grafana/data';
import { locationService, setTemplateSrv, type TemplateSrv } from '@grafana/runtime';

const VARIABLE_PATTERN = /\$(\w+)|\[\[(\w+)(?::(\w+))?\]\]|\${(\w+)(?:\.([^:^}]+))?(?::([^}]+))?}/g;

/** Dashboard variables of the sandbox: the `var-<name>` parameters of the page URL, as in Grafana. */
export function readVariables(search = locationService.getSearchObject()): Record<string, string | string[]> {
  const variables: Record<string, string | string[]> = {};
  for (const [key, value] of Object.entries(search)) {
    if (key.startsWith('var-') && value !== undefined && value !== null) {
      variables[key.slice(4)] = Array.isArray(value) ? value.map(String) : String(value);
    }
  }
  return variables;
}

function formatValue(value: string | string[], format?: string): string {
  const values = Array.isArray(value) ? value : [value];
  switch (format) {
    case 'csv':
      return values.join(',');
    case 'sqlstring':
      return values.map((v) => `'${v.replace(/'/g, "''")}'`).join(',');
    case 'percentencode':
      return values.map((v) => encodeURIComponent(v)).join(',');
    case 'json':
      return JSON.stringify(Array.isArray(value) ? values : value);
    default:
      return values.length > 1 ? `{${values.join(',')}}` : (values[0] ?? '');
  }
}

/** `${__data.fields.<name>}` of a data link: the named field's value in the link's row (Grafana's data macro). */
function dataFieldValue(scopedVars: ScopedVars | undefined, path: string): string | undefined {
  const context = scopedVars?.__dataContext?.value as
    | { frame?: { fields: Array<{ name: string; values: unknown[] }> }; rowIndex?: number }
    | undefined;
  const match = /^fields\.(?:\[?"?)?([^"\]]+)"?\]?$/.exec(path);
  if (!context?.frame || context.rowIndex === undefined || !match) {
    return undefined;
  }
  const field = context.frame.fields.find((f) => f.name === match[1]);
  const value = field?.values[context.rowIndex];
  return value === undefined || value === null ? undefined : String(value);
}

export function replaceWithVariables(
  target: string | undefined,
  variables: Record<string, string | string[]>,
  scopedVars?: ScopedVars,
  format?: string | Function
): string {
  if (!target) {
    return target ?? '';
  }
  return target.replace(VARIABLE_PATTERN, (match, plain, bracket, bracketFormat, braced, path, bracedFormat) => {
    const name = plain ?? bracket ?? braced;
    if (name === '__data' && typeof path === 'string') {
      const field = dataFieldValue(scopedVars, path);
      return field === undefined ? match : formatValue(field, bracedFormat ?? (typeof format === 'string' ? format : undefined));
    }
    const scoped = scopedVars?.[name];
    const value = scoped !== undefined ? String(scoped.value) : variables[name];
    if (value === undefined) {
      return match;
    }
    const fmt = bracedFormat ?? bracketFormat ?? (typeof format === 'string' ? format : undefined);
    return formatValue(value, fmt);
  });
}

let current: Record<string, string | string[]> = {};

export function installTemplateSrv() {
  const templateSrv: TemplateSrv = {
    getVariables: () =>
      Object.entries(current).map(
        ([name, value]) =>
          ({ name, type: 'custom', current: { value, text: value } }) as unknown as TypedVariableModel
      ),
    replace: (target, scopedVars, format) => replaceWithVariables(target, current, scopedVars, format),
    containsTemplate: (target) => !!target && new RegExp(VARIABLE_PATTERN.source).test(target),
    updateTimeRange: (_timeRange: TimeRange) => {},
  };
  setTemplateSrv(templateSrv);
}

export function setCurrentVariables(variables: Record<string, string | string[]>) {
  current = variables;
}
