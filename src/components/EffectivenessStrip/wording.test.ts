import { createTheme } from '@grafana/data';
import type { Indicators, MatrixModel, Verdict } from '../../model/types';
import { conventionalModel } from '../../spec/fixtures';
import { conventionalFrame } from '../../test-utils/frames';
import { buildFormatters, MINUS } from '../format/formatters';
import { indicatorTexts, resourceWord, VERDICT_ICONS, VERDICT_WORDS } from './wording';

const base = conventionalModel();
const formatters = buildFormatters(base, [conventionalFrame()], {}, createTheme());

function withIndicators(patch: Partial<Indicators>, verdicts: Partial<Indicators['verdicts']> = {}, model: MatrixModel = base): MatrixModel {
  return {
    ...model,
    indicators: { ...model.indicators, ...patch, verdicts: { ...model.indicators.verdicts, ...verdicts } },
  };
}

const texts = (m: MatrixModel) => Object.fromEntries(indicatorTexts(m, formatters).map((t) => [t.key, t]));

describe('effectiveness wording', () => {
  it.each<[string, Partial<Indicators>, Verdict, string]>([
    ['growth on track', { growthGap: 0.08, growthPriority: 0.2, growthOther: 0.12 }, 'on-track', 'Priority segments grew 8 pts faster'],
    ['growth off track', { growthGap: -0.035 }, 'off-track', 'Priority segments grew 3.5 pts slower'],
    ['growth flat', { growthGap: 0 }, 'flat', 'Priority segments grew as fast as the others'],
    ['growth: no data', { growthGap: null }, 'no-data', 'Growth of priority segments: no data'],
    ['small gaps keep two decimals', { growthGap: 0.0004 }, 'on-track', 'Priority segments grew 0.04 pts faster'],
  ])('%s', (_name, patch, verdict, headline) => {
    const t = texts(withIndicators(patch, { growth: verdict })).growth;
    expect(t.headline).toBe(headline);
    expect(t.verdict).toBe(verdict);
  });

  it.each<[Partial<Indicators>, Verdict, string]>([
    [{ resourceShift: 0.05 }, 'on-track', 'Budget share to priorities +5 pts'],
    [{ resourceShift: -0.021 }, 'off-track', `Budget share to priorities ${MINUS}2.1 pts`],
    [{ resourceShift: 0 }, 'flat', 'Budget share to priorities unchanged'],
    [{ resourceShift: null }, 'no-data', 'Budget share to priorities: no data'],
  ])('resources %j %s', (patch, verdict, headline) => {
    expect(texts(withIndicators(patch, { resources: verdict })).resources.headline).toBe(headline);
  });

  it.each<[Partial<Indicators>, Verdict, string]>([
    [{ prioritySatisfactionDelta: 2.5, otherSatisfactionDelta: 0.4 }, 'on-track', 'Satisfaction in priority segments +2.5'],
    [{ prioritySatisfactionDelta: -1.25 }, 'off-track', `Satisfaction in priority segments ${MINUS}1.3`],
    [{ prioritySatisfactionDelta: 0 }, 'flat', 'Satisfaction in priority segments unchanged'],
    [{ prioritySatisfactionDelta: null }, 'no-data', 'Satisfaction in priority segments: no data'],
  ])('satisfaction %j %s', (patch, verdict, headline) => {
    expect(texts(withIndicators(patch, { satisfaction: verdict })).satisfaction.headline).toBe(headline);
  });

  it('compares with the other segments in the detail line', () => {
    const t = texts(withIndicators({ growthGap: 0.08, growthPriority: 0.2, growthOther: 0.12, prioritySatisfactionDelta: 2.5, otherSatisfactionDelta: 0.4 }, { growth: 'on-track', satisfaction: 'on-track' }));
    expect(t.growth.detail).toBe('Priority +20.0%, others +12.0%');
    expect(t.satisfaction.detail).toBe('Others +0.4');
  });

  it('says what is missing when there is no data', () => {
    const noResource = { ...base, fieldsUsed: { ...base.fieldsUsed, resource: null } };
    expect(texts(withIndicators({ resourceShift: null }, { resources: 'no-data' }, noResource)).resources.detail).toMatch(/resource field/);
  });

  it.each([
    ['budget', 'Budget'],
    ['marketing_spend', 'Budget'],
    ['headcount', 'Headcount'],
    ['fte', 'Headcount'],
    ['resource_share', 'Resource'],
    [null, 'Resource'],
  ])('names the resource %s "%s"', (field, word) => {
    expect(resourceWord(field)).toBe(word);
  });

  it('has a word and an icon for every verdict (never colour only)', () => {
    for (const v of ['on-track', 'off-track', 'flat', 'no-data'] as Verdict[]) {
      expect(VERDICT_WORDS[v]).toMatch(/\w/);
      expect(VERDICT_ICONS[v]).toBeTruthy();
    }
    expect(new Set(Object.values(VERDICT_ICONS)).size).toBe(4);
  });
});
