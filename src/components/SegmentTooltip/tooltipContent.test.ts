import { createTheme } from '@grafana/data';
import { conventionalModel } from '../../spec/fixtures';
import { conventionalFrame } from '../../test-utils/frames';
import { buildFormatters } from '../format/formatters';
import { axisName, humanize, tooltipContent } from './tooltipContent';

const model = conventionalModel();
const f = buildFormatters(model, [conventionalFrame()], {}, createTheme());
const content = (name: string) => tooltipContent(model, model.segments.find((s) => s.segment === name)!, f);
const row = (name: string, label: string) => content(name).rows.find((r) => r.label === label)?.value;

describe('tooltipContent', () => {
  it('gives every metric baseline → current with its change', () => {
    expect(row('Enterprise', 'Periods')).toBe('2024-Q1 → 2025-Q1');
    expect(row('Enterprise', 'Customer needs')).toBe('6.10 → 6.40');
    expect(row('Enterprise', 'Customers')).toBe('120 → 150');
    expect(row('Enterprise', 'Growth')).toBe('+25.0%');
    expect(row('Enterprise', 'Satisfaction')).toBe('71 → 74 (+3)');
    expect(row('Enterprise', 'Budget')).toBe('310 → 360');
    expect(row('Enterprise', 'Resource share')).toMatch(/^\d+\.\d% → \d+\.\d% \(\+\d+(\.\d)? pts\)$/);
  });

  it('names the quadrant change', () => {
    const enterprise = model.segments.find((s) => s.segment === 'Enterprise')!;
    const moved = { ...enterprise, movedQuadrant: true, baseline: { ...enterprise.baseline!, quadrant: 'LL' as const }, current: { ...enterprise.current!, quadrant: 'HH' as const } };
    expect(tooltipContent(model, moved, f).rows.find((r) => r.label === 'Quadrant')!.value).toBe(
      `${model.quadrantNames.LL} → ${model.quadrantNames.HH}`
    );
    expect(row('Enterprise', 'Quadrant')).toBe(model.quadrantNames[enterprise.current!.quadrant]);
  });

  it('says when a segment is new or retired', () => {
    expect(content('Healthcare').subtitle).toContain('new in 2025-Q1');
    expect(content('Agencies').subtitle).toContain('retired after 2024-Q1');
    expect(row('Agencies', 'Customers')).toBe('60 → –');
  });

  it('adds the profile texts', () => {
    expect(content('Enterprise').profile).toEqual([
      { label: 'Definition', value: 'Companies with 1000+ employees' },
      { label: 'Goals', value: 'Consolidate vendors' },
      { label: 'Jobs to be done', value: 'Run global operations' },
      { label: 'Pain points', value: 'Long procurement' },
      { label: 'Key contacts', value: 'CIO office' },
      { label: 'Placement rationale', value: 'High value, specialized needs' },
    ]);
    expect(content('Startups').profile).toEqual([]);
  });

  it.each([
    ['placement_rationale', 'Placement rationale'],
    ['jobs-to-be-done', 'Jobs to be done'],
  ])('humanize(%s) = %s', (name, text) => {
    expect(humanize(name)).toBe(text);
  });

  it('shortens axis titles to their name', () => {
    expect(axisName('Customer needs: universal → specialized')).toBe('Customer needs');
    expect(axisName('Revenue')).toBe('Revenue');
  });
});
