import { type DataFrame } from '@grafana/data';

import { conventionalFrame, frameFromRows, profilesFrame } from '../test-utils/frames';
import { buildMatrixModel } from './build';
import { withModelDefaults } from './defaults';
import { profileFor, readProfiles, selectFrames } from './profiles';
import type { MatrixModel, PartialModelOptions } from './types';

function model(frames: DataFrame[], options: PartialModelOptions = {}): MatrixModel {
  const r = buildMatrixModel(frames, withModelDefaults(options));
  if (r.kind === 'error') {
    throw new Error(r.message);
  }
  return r.model;
}

describe('selectFrames', () => {
  const data = conventionalFrame({ refId: 'A' });
  const profiles = profilesFrame({ refId: 'B' });

  it('finds data and profiles in any order', () => {
    expect(selectFrames([profiles, data], '', '')).toEqual({ kind: 'ok', data, profiles, profilesMissing: null });
    expect(selectFrames([data, profiles], '', '')).toEqual({ kind: 'ok', data, profiles, profilesMissing: null });
  });

  it('uses refIds when given', () => {
    const other = conventionalFrame({ refId: 'C' });
    expect(selectFrames([data, other, profiles], 'C', 'B')).toMatchObject({ data: other, profiles });
    expect(selectFrames([data], '', 'Z')).toMatchObject({ kind: 'ok', profiles: null, profilesMissing: 'Z' });
    expect(selectFrames([data], 'Q', '')).toEqual({
      kind: 'error',
      message: 'No query result with refId "Q". Results: A.',
    });
  });

  it('skips empty frames', () => {
    const empty = frameFromRows(['segment', 'needs'], []);
    expect(selectFrames([empty, data], '', '')).toMatchObject({ data });
  });
});

describe('profiles', () => {
  it('reads every column except the segment, skipping empty values', () => {
    const frame = frameFromRows(
      ['Segment', 'definition', 'goals'],
      [
        ['A', 'def A', null],
        ['B', ' ', 'grow'],
      ]
    );
    const p = readProfiles(frame);
    expect(p.fields).toEqual(['definition', 'goals']);
    expect(profileFor(p, 'A')).toEqual({ definition: 'def A' });
    expect(profileFor(p, 'b')).toEqual({ goals: 'grow' });
    expect(profileFor(p, 'C')).toBeNull();
    expect(profileFor(null, 'A')).toBeNull();
  });

  it('joins profiles on the segment name in the model', () => {
    const m = model([conventionalFrame(), profilesFrame()]);
    const ent = m.segments.find((s) => s.segment === 'Enterprise');
    expect(ent?.profile).toEqual({
      definition: 'Companies with 1000+ employees',
      goals: 'Consolidate vendors',
      jobs_to_be_done: 'Run global operations',
      pain_points: 'Long procurement',
      key_contacts: 'CIO office',
      placement_rationale: 'High value, specialized needs',
    });
    expect(m.segments.find((s) => s.segment === 'Startups')?.profile).toBeNull();
    expect(m.profileFields).toEqual([
      'definition',
      'goals',
      'jobs_to_be_done',
      'pain_points',
      'key_contacts',
      'placement_rationale',
    ]);
  });

  it('warns when the profiles refId is not in the results', () => {
    const m = model([conventionalFrame()], { profilesRefId: 'P' });
    expect(m.warnings.map((w) => [w.kind, w.message])).toEqual([
      ['missing-field', '1 field set in the options is not in the data: profiles query "P".'],
    ]);
  });
});
