import type { DataFrame } from '@grafana/data';

import { columnKind, fieldNames, isNumericKind, normalizeName } from './columns';
import { PROFILE_COLUMNS, ROLE_ALIASES } from './defaults';
import { toText } from './values';

export interface Profiles {
  /** Profile columns in frame order (the segment column excluded). */
  fields: string[];
  byName: Map<string, Record<string, string>>;
  byLower: Map<string, Record<string, string>>;
}

function hasProfileColumns(frame: DataFrame): boolean {
  return frame.fields.some((f) => fieldNames(f).some((n) => PROFILE_COLUMNS.includes(normalizeName(n))));
}

function frameRows(frame: DataFrame): number {
  return frame.length ?? frame.fields[0]?.values.length ?? 0;
}

export type FrameSelection =
  | { kind: 'ok'; data: DataFrame; profiles: DataFrame | null; profilesMissing: string | null }
  | { kind: 'error'; message: string };

/**
 * Data frame: the one with `dataRefId`, else the first frame with rows that is not the profiles
 * frame (preferring frames with a numeric field). Profiles frame: the one with `profilesRefId`,
 * else another frame that has profile columns (definition, goals, jobs_to_be_done, …).
 */
export function selectFrames(frames: DataFrame[], dataRefId: string, profilesRefId: string): FrameSelection {
  const pRef = (profilesRefId ?? '').trim();
  const dRef = (dataRefId ?? '').trim();
  let profiles: DataFrame | null = null;
  let profilesMissing: string | null = null;
  if (pRef) {
    profiles = frames.find((f) => f.refId === pRef) ?? null;
    if (!profiles) {
      profilesMissing = pRef;
    }
  }
  let data: DataFrame | undefined;
  if (dRef) {
    data = frames.find((f) => f.refId === dRef);
    if (!data) {
      const refs = frames.map((f) => f.refId ?? '(none)').join(', ') || '(none)';
      return { kind: 'error', message: `No query result with refId "${dRef}". Results: ${refs}.` };
    }
  } else {
    const candidates = frames.filter((f) => f !== profiles && f.fields.length > 0 && frameRows(f) > 0);
    const numeric = (f: DataFrame) => f.fields.some((x) => isNumericKind(columnKind(x)));
    data =
      candidates.find((f) => !hasProfileColumns(f) && numeric(f)) ??
      candidates.find((f) => !hasProfileColumns(f)) ??
      candidates[0];
  }
  if (!data || data.fields.length === 0 || frameRows(data) === 0) {
    return { kind: 'error', message: 'No data: the query returned no rows.' };
  }
  if (!pRef) {
    profiles = frames.find((f) => f !== data && frameRows(f) > 0 && hasProfileColumns(f)) ?? null;
  }
  return { kind: 'ok', data, profiles, profilesMissing };
}

/** Reads profiles keyed by segment name (column by the segment mapping, its aliases, else the first text column). */
export function readProfiles(frame: DataFrame, segmentField?: string): Profiles {
  const wanted = [segmentField ? normalizeName(segmentField) : '', ...ROLE_ALIASES.segment].filter(Boolean);
  let segIdx = -1;
  for (const w of wanted) {
    segIdx = frame.fields.findIndex((f) => fieldNames(f).some((n) => normalizeName(n) === w));
    if (segIdx >= 0) {
      break;
    }
  }
  if (segIdx < 0) {
    segIdx = frame.fields.findIndex((f) => columnKind(f) === 'text');
  }
  const byName = new Map<string, Record<string, string>>();
  const byLower = new Map<string, Record<string, string>>();
  if (segIdx < 0) {
    return { fields: [], byName, byLower };
  }
  const others = frame.fields.filter((_, i) => i !== segIdx);
  const fields = others.map((f) => f.name);
  const segVals = frame.fields[segIdx].values;
  const n = frameRows(frame);
  for (let i = 0; i < n; i++) {
    const name = toText(segVals[i]);
    if (name === null) {
      continue;
    }
    const rec: Record<string, string> = {};
    for (const f of others) {
      const t = toText(f.values[i]);
      if (t !== null) {
        rec[f.name] = t;
      }
    }
    byName.set(name, rec);
    byLower.set(name.toLowerCase(), rec);
  }
  return { fields, byName, byLower };
}

export function profileFor(profiles: Profiles | null, name: string): Record<string, string> | null {
  if (!profiles) {
    return null;
  }
  return profiles.byName.get(name) ?? profiles.byLower.get(name.toLowerCase()) ?? null;
}
