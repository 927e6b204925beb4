import { createTheme, FieldType, type DataFrame } from '@grafana/data';
import { conventionalModel } from '../../spec/fixtures';
import { conventionalFrame, frameFromRows } from '../../test-utils/frames';
import { buildFormatters, findField, MINUS, MISSING, trimmed } from './formatters';

const theme = createTheme();

function withConfig(frame: DataFrame, name: string, config: Record<string, unknown>): DataFrame {
  return { ...frame, fields: frame.fields.map((f) => (f.name === name ? { ...f, config: { ...f.config, ...config } } : f)) };
}

describe('formatters', () => {
  const model = conventionalModel();

  it.each([
    [2.96, '3'],
    [0.45, '0.5'],
    [-0.04, '0'],
    [12.34, '12.3'],
  ])('trimmed(%d) = %s', (v, text) => {
    expect(trimmed(v)).toBe(text);
  });

  it('writes growth, shares and points as percentages', () => {
    const f = buildFormatters(model, [conventionalFrame()], {}, theme);
    expect(f.growth(0.235)).toBe('+23.5%');
    expect(f.growth(-0.0667)).toBe(`${MINUS}6.7%`);
    expect(f.share(0.31)).toBe('31.0%');
    expect(f.pts(0.0504)).toBe('+5 pts');
    expect(f.pts(-0.021)).toBe(`${MINUS}2.1 pts`);
    expect(f.growth(null)).toBe(MISSING);
  });

  it('writes Δ satisfaction signed, with at most one decimal and none for whole numbers', () => {
    const f = buildFormatters(model, [conventionalFrame()], {}, theme);
    expect(f.satisfactionDelta(3)).toBe('+3');
    expect(f.satisfactionDelta(3.19)).toBe('+3.2');
    expect(f.satisfactionDelta(-1.9)).toBe(`${MINUS}1.9`);
    expect(f.satisfactionDelta(0)).toBe('0');
    expect(f.satisfactionDelta(undefined)).toBe(MISSING);
  });

  it('uses the unit and decimals of the field options (standard options)', () => {
    const frame = withConfig(withConfig(conventionalFrame(), 'satisfaction', { unit: 'percent', decimals: 2 }), 'budget', { unit: 'currencyUSD', decimals: 0 });
    const f = buildFormatters(model, [frame], {}, theme);
    expect(f.satisfaction(71)).toBe('71.00%');
    expect(f.satisfactionDelta(3)).toBe('+3.00%');
    expect(f.resource(360)).toBe('$360');
  });

  it('falls back to the panel defaults when the field has no options of its own', () => {
    const f = buildFormatters(model, [conventionalFrame()], { unit: 'short', decimals: 1 }, theme);
    expect(f.size(1500)).toBe('1.5 K');
  });

  it('finds wide-format columns by their measure name', () => {
    const wide = frameFromRows(['segment', 'baseline_customers', 'current_customers'], [['A', 1, 2]]);
    expect(findField([wide], 'customers')?.name).toBe('current_customers');
    expect(findField([wide], null)).toBeUndefined();
    expect(findField([wide], 'segment')?.type).toBe(FieldType.string);
  });
});
