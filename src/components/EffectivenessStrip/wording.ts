import type { GlyphName } from '../GlyphIcon';
import type { IndicatorKey, MatrixModel, Verdict } from '../../model/types';
import { MINUS, trimmed, type Formatters } from '../format/formatters';

/** One indicator as the strip shows it: a sentence a VP understands, a detail line and the verdict. */
export interface IndicatorText {
  key: IndicatorKey;
  /** What is measured, e.g. "Growth". */
  title: string;
  /** The finding, e.g. "Priority segments grew 8 pts faster". */
  headline: string;
  /** Supporting numbers, e.g. "Priority +22.3%, others +19.3%". */
  detail: string;
  verdict: Verdict;
}

export const VERDICT_WORDS: Record<Verdict, string> = {
  'on-track': 'On track',
  'off-track': 'Off track',
  flat: 'Flat',
  'no-data': 'No data',
};

export const VERDICT_ICONS: Record<Verdict, GlyphName> = {
  'on-track': 'check-circle',
  'off-track': 'exclamation-triangle',
  flat: 'minus-circle',
  'no-data': 'question-circle',
};

/** "Budget", "Headcount" or "Resource", from the resource field's name. */
export function resourceWord(field: string | null): string {
  if (!field) {
    return 'Resource';
  }
  if (/budget|spend|cost/i.test(field)) {
    return 'Budget';
  }
  if (/headcount|fte|staff|people/i.test(field)) {
    return 'Headcount';
  }
  return 'Resource';
}

/** Percentage points of a fraction, unsigned: 0.0296 → "3". */
const pts = (v: number) => {
  const p = Math.abs(v * 100);
  return trimmed(p, p < 1 ? 2 : 1);
};

function growthText(model: MatrixModel, f: Formatters): IndicatorText {
  const { growthGap, growthPriority, growthOther, verdicts } = model.indicators;
  const verdict = verdicts.growth;
  const base = { key: 'growth' as const, title: 'Growth', verdict };
  if (verdict === 'no-data' || growthGap === null) {
    const reason = !model.fieldsUsed.growth
      ? 'Needs a growth or size measure'
      : model.indicators.prioritySegments === 0
        ? 'No priority segments'
        : model.indicators.otherSegments === 0
          ? 'Every segment is a priority: nothing to compare with'
          : 'Needs baseline and current values';
    return { ...base, headline: 'Growth of priority segments: no data', detail: reason };
  }
  const detail = `Priority ${f.growth(growthPriority)}, others ${f.growth(growthOther)}`;
  if (verdict === 'flat') {
    return { ...base, headline: 'Priority segments grew as fast as the others', detail };
  }
  const pace = growthGap > 0 ? 'faster' : 'slower';
  return { ...base, headline: `Priority segments grew ${pts(growthGap)} pts ${pace}`, detail };
}

function resourceText(model: MatrixModel): IndicatorText {
  const { resourceShift, verdicts, prioritySegments } = model.indicators;
  const verdict = verdicts.resources;
  const word = resourceWord(model.fieldsUsed.resource);
  const base = { key: 'resources' as const, title: `${word} share`, verdict };
  if (verdict === 'no-data' || resourceShift === null) {
    const reason = !model.fieldsUsed.resource
      ? 'Needs a resource field (budget, headcount)'
      : prioritySegments === 0
        ? 'No priority segments'
        : 'Needs resources in both periods';
    return { ...base, headline: `${word} share to priorities: no data`, detail: reason };
  }
  const detail = `${prioritySegments} priority segment${prioritySegments === 1 ? '' : 's'}`;
  if (verdict === 'flat') {
    return { ...base, headline: `${word} share to priorities unchanged`, detail };
  }
  const signed = `${resourceShift > 0 ? '+' : MINUS}${pts(resourceShift)} pts`;
  return { ...base, headline: `${word} share to priorities ${signed}`, detail };
}

function satisfactionText(model: MatrixModel, f: Formatters): IndicatorText {
  const { prioritySatisfactionDelta, otherSatisfactionDelta, verdicts } = model.indicators;
  const verdict = verdicts.satisfaction;
  const base = { key: 'satisfaction' as const, title: 'Satisfaction', verdict };
  if (verdict === 'no-data' || prioritySatisfactionDelta === null) {
    const reason = !model.fieldsUsed.satisfaction
      ? 'Needs a satisfaction field (CSAT, NPS)'
      : model.indicators.prioritySegments === 0
        ? 'No priority segments'
        : 'Needs satisfaction in both periods';
    return { ...base, headline: 'Satisfaction in priority segments: no data', detail: reason };
  }
  const detail = otherSatisfactionDelta === null ? 'Others: no data' : `Others ${f.satisfactionDelta(otherSatisfactionDelta)}`;
  if (verdict === 'flat') {
    return { ...base, headline: 'Satisfaction in priority segments unchanged', detail };
  }
  return { ...base, headline: `Satisfaction in priority segments ${f.satisfactionDelta(prioritySatisfactionDelta)}`, detail };
}

/** The three indicators in plain words (DESIGN §3): growth, resources, satisfaction. */
export function indicatorTexts(model: MatrixModel, f: Formatters): IndicatorText[] {
  return [growthText(model, f), resourceText(model), satisfactionText(model, f)];
}
