import { locationService } from '@grafana/runtime';

export interface PartialCall {
  query: Record<string, unknown>;
  replace?: boolean;
}

/** Records every locationService.partial() call so tests can see what a click asked for. */
export function recordLocationCalls(): PartialCall[] {
  const calls: PartialCall[] = [];
  const original = locationService.partial.bind(locationService);
  locationService.partial = (query, replace) => {
    calls.push({ query: { ...query }, replace });
    original(query, replace);
  };
  return calls;
}
