import { type DataFrame } from '@grafana/data';

import { conventionalFrame, frameFromRows } from '../test-utils/frames';
import { buildMatrixModel } from './build';
import { withModelDefaults } from './defaults';
import { axisTitle, PRESETS, presetOf } from './presets';
import type { MatrixModel, PartialModelOptions, PresetId } from './types';

function model(frames: DataFrame[], options: PartialModelOptions = {}): MatrixModel {
  const r = buildMatrixModel(frames, withModelDefaults(options));
  if (r.kind === 'error') {
    throw new Error(r.message);
  }
  return r.model;
}

describe('presets', () => {
  it.each<[PresetId, string, string, string, boolean, Record<string, string>]>([
    [
      'needs-vs-value',
      'Customer needs: universal → specialized',
      'Organizational value: low → high',
      'linear',
      false,
      { HH: 'Strategic focus', HL: 'Selective niche', LH: 'Core at scale', LL: 'Low touch' },
    ],
    [
      'frequency-vs-recency',
      'Usage frequency: rare → frequent',
      'Recency: long ago → recent',
      'linear',
      false,
      { HH: 'Champions', HL: 'At risk', LH: 'Promising', LL: 'Hibernating' },
    ],
    [
      'severity-vs-complexity',
      'Problem severity: minor → severe',
      'Solution complexity: simple → complex',
      'linear',
      false,
      { HH: 'Strategic bets', HL: 'Quick wins', LH: 'Avoid', LL: 'Fill-ins' },
    ],
    [
      'share-vs-growth',
      'Relative market share: high → low',
      'Market growth: low → high',
      'log',
      true,
      { HH: 'Stars', HL: 'Cash cows', LH: 'Question marks', LL: 'Dogs' },
    ],
    [
      'custom',
      'needs: low → high',
      'value: low → high',
      'linear',
      false,
      { HH: 'High x · high y', HL: 'High x · low y', LH: 'Low x · high y', LL: 'Low x · low y' },
    ],
  ])('%s', (preset, xTitle, yTitle, scale, reverse, names) => {
    const m = model([conventionalFrame()], { preset });
    expect(m.preset).toBe(preset);
    expect(m.axes.x).toMatchObject({ title: xTitle, scale, reverse });
    expect(m.axes.y).toMatchObject({ title: yTitle, scale: 'linear', reverse: false });
    expect(m.quadrantNames).toEqual(names);
  });

  it('quadrant names can be renamed per corner', () => {
    const m = model([conventionalFrame()], { quadrantNames: { HH: 'Invest', LL: '  ' } });
    expect(m.quadrantNames).toEqual({ HH: 'Invest', HL: 'Selective niche', LH: 'Core at scale', LL: 'Low touch' });
    expect(m.quadrants.find((q) => q.id === 'HH')?.name).toBe('Invest');
  });

  it('falls back to needs-vs-value for an unknown preset id', () => {
    expect(presetOf('nope')).toBe(PRESETS['needs-vs-value']);
  });

  it('axisTitle writes the direction in drawing order', () => {
    expect(axisTitle({ name: 'Share', low: 'low', high: 'high' }, 'f', false)).toBe('Share: low → high');
    expect(axisTitle({ name: 'Share', low: 'low', high: 'high' }, 'f', true)).toBe('Share: high → low');
    expect(axisTitle({ name: '', low: 'low', high: 'high' }, 'field', false)).toBe('field: low → high');
  });
});

describe('share-vs-growth (BCG)', () => {
  // x = relative market share, y = market growth; cuts at share 1 and growth 10 %.
  const frame = frameFromRows(
    ['segment', 'needs', 'value'],
    [
      ['Leader in a hot market', 2.0, 0.15],
      ['Small in a hot market', 0.3, 0.2],
      ['Leader in a mature market', 3.0, 0.02],
      ['Small in a mature market', 0.2, 0.01],
    ]
  );
  const options: PartialModelOptions = {
    preset: 'share-vs-growth',
    cuts: { x: { mode: 'fixed', value: 1 }, y: { mode: 'fixed', value: 0.1 } },
  };

  function nameOf(m: MatrixModel, segment: string): string {
    const q = m.segments.find((s) => s.segment === segment)?.current?.quadrant;
    return q ? m.quadrantNames[q] : '';
  }

  it('names quadrants by what they mean, not by where they are drawn', () => {
    const m = model([frame], options);
    expect(nameOf(m, 'Leader in a hot market')).toBe('Stars');
    expect(nameOf(m, 'Small in a hot market')).toBe('Question marks');
    expect(nameOf(m, 'Leader in a mature market')).toBe('Cash cows');
    expect(nameOf(m, 'Small in a mature market')).toBe('Dogs');
  });

  it('draws high share on the left: Stars top-left, Question marks top-right, Cash cows bottom-left, Dogs bottom-right', () => {
    const m = model([frame], options);
    const where = Object.fromEntries(m.quadrants.map((q) => [q.name, `${q.ySide}-${q.xSide}`]));
    expect(where).toEqual({
      Stars: 'top-left',
      'Question marks': 'top-right',
      'Cash cows': 'bottom-left',
      Dogs: 'bottom-right',
    });
    expect(m.axes.x).toMatchObject({ scale: 'log', reverse: true, domain: [0.2, 3] });
  });

  it('the reverse option flips the preset back to high share on the right', () => {
    const m = model([frame], { ...options, xAxis: { reverse: true } });
    expect(m.axes.x.reverse).toBe(false);
    expect(m.axes.x.title).toBe('Relative market share: low → high');
    expect(m.quadrants.find((q) => q.name === 'Stars')?.xSide).toBe('right');
    expect(nameOf(m, 'Leader in a hot market')).toBe('Stars');
  });

  it('an explicit linear scale overrides the preset’s log scale', () => {
    expect(model([frame], { ...options, xAxis: { scale: 'linear' } }).axes.x.scale).toBe('linear');
  });
});
