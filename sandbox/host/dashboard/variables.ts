import type { DashboardJson, VariableJson, VariableOption } from './types';

export type VariableValue = string | string[];
export type VariableValues = Record<string, VariableValue>;

/** A dashboard variable with its options resolved (query variables: by running their SQL). */
export interface VariableModel {
  name: string;
  type: string;
  label: string;
  description?: string;
  hide: number;
  multi: boolean;
  includeAll: boolean;
  options: VariableOption[];
  /** The value saved in the dashboard (`current.value`), used when the URL has none. */
  saved: VariableValue | undefined;
  /** Why the options could not be resolved, if so. */
  error?: string;
}

/** Runs a variable's SQL with the values of the variables before it; returns one frame's fields. */
export type VariableQueryRunner = (
  variable: VariableJson,
  rawSql: string,
  values: VariableValues
) => Promise<Array<{ name: string; values: unknown[] }>>;

const TEMPLATE_PATTERN = /\$(\w+)|\[\[(\w+?)(?::\w+)?\]\]|\$\{(\w+)(?:\.[^:^}]+)?(?::[^}]+)?\}/g;

/** Names of the variables a text refers to (`$var`, `${var}`, `${var:format}`, `[[var]]`), macros and built-ins excluded. */
export function referencedVariables(text: string | undefined): string[] {
  const names = new Set<string>();
  for (const match of (text ?? '').matchAll(TEMPLATE_PATTERN)) {
    const name = match[1] ?? match[2] ?? match[3];
    if (name && !name.startsWith('__')) {
      names.add(name);
    }
  }
  return [...names];
}

/** Whether a text uses the time range: `$__timeFilter(…)`, `$__from`, `${__to:…}`, `$__interval`… */
export function usesTimeRange(text: string | undefined): boolean {
  return /\$\{?__(time|from|to|unixEpoch|interval|range)/.test(text ?? '');
}

export function variableSql(variable: VariableJson): string {
  const q = variable.query;
  return typeof q === 'string' ? q : (q?.rawSql ?? q?.query ?? '');
}

/** Grafana's metricFindQuery result: `__text`/`__value` columns when present, else every value of every column, deduplicated. */
export function optionsFromFields(fields: Array<{ name: string; values: unknown[] }>): VariableOption[] {
  const text = fields.find((f) => f.name === '__text');
  const value = fields.find((f) => f.name === '__value');
  const pairs: VariableOption[] =
    text && value
      ? text.values.map((t, i) => ({ text: String(t), value: String(value.values[i]) }))
      : fields.flatMap((f) =>
          f.values.filter((v) => v !== null && v !== undefined).map((v) => ({ text: String(v), value: String(v) }))
        );
  const seen = new Set<string>();
  return pairs.filter((p) => !seen.has(p.text) && seen.add(p.text));
}

/** A custom variable's query: `a, b, c` or `Text : value` pairs. */
export function customOptions(query: string): VariableOption[] {
  return query
    .split(/(?<!\\),/)
    .map((part) => part.trim())
    .filter(Boolean)
    .map((part) => {
      const [text, value] = part.split(/\s:\s/);
      return { text: text.trim(), value: (value ?? text).trim() };
    });
}

function savedValue(variable: VariableJson): VariableValue | undefined {
  const value = variable.current?.value;
  return value === undefined ? undefined : Array.isArray(value) ? value.map(String) : String(value);
}

/** The value a variable has: the URL's when it is valid, else the saved one when valid, else the first option. */
export function currentValue(model: VariableModel, fromUrl: VariableValue | undefined): VariableValue {
  if (model.type === 'textbox' || model.type === 'constant' || model.options.length === 0) {
    return fromUrl ?? model.saved ?? '';
  }
  const valid = (v: VariableValue | undefined): v is VariableValue => {
    if (v === undefined) {
      return false;
    }
    const list = Array.isArray(v) ? v : [v];
    return list.length > 0 && list.every((x) => x === '$__all' || model.options.some((o) => o.value === x));
  };
  const value = valid(fromUrl) ? fromUrl : valid(model.saved) ? model.saved : model.options[0].value;
  if (value === '$__all' || (Array.isArray(value) && value.includes('$__all'))) {
    return model.options.map((o) => o.value);
  }
  return model.multi && !Array.isArray(value) ? [value] : value;
}

/** Every variable's value, in dashboard order. */
export function currentValues(models: VariableModel[], fromUrl: VariableValues): VariableValues {
  return Object.fromEntries(models.map((m) => [m.name, currentValue(m, fromUrl[m.name])]));
}

/** Resolves every variable's options in order (a query may use the variables before it). */
export async function resolveVariables(
  dashboard: DashboardJson,
  fromUrl: VariableValues,
  runQuery: VariableQueryRunner
): Promise<VariableModel[]> {
  const models: VariableModel[] = [];
  for (const variable of dashboard.templating?.list ?? []) {
    const model: VariableModel = {
      name: variable.name,
      type: variable.type,
      label: variable.label || variable.name,
      description: variable.description,
      hide: variable.hide ?? 0,
      multi: variable.multi === true,
      includeAll: variable.includeAll === true,
      options: [],
      saved: savedValue(variable),
    };
    if (variable.type === 'query') {
      try {
        const fields = await runQuery(variable, variableSql(variable), currentValues(models, fromUrl));
        model.options = optionsFromFields(fields);
      } catch (e) {
        model.error = e instanceof Error ? e.message : String(e);
      }
    } else if (variable.type === 'custom') {
      model.options = customOptions(variableSql(variable));
    } else if (variable.type === 'textbox' || variable.type === 'constant') {
      model.saved = model.saved ?? variableSql(variable);
    } else {
      model.options = (variable.options ?? []).map(({ text, value }) => ({ text: String(text), value: String(value) }));
    }
    models.push(model);
  }
  return models;
}

/** The URL parameters (`var-<name>`) that differ from the values, for locationService.partial. */
export function urlUpdates(values: VariableValues, fromUrl: VariableValues): Record<string, VariableValue> {
  const updates: Record<string, VariableValue> = {};
  for (const [name, value] of Object.entries(values)) {
    if (JSON.stringify(value) !== JSON.stringify(fromUrl[name])) {
      updates[`var-${name}`] = value;
    }
  }
  return updates;
}
