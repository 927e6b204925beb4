import type { MatrixModel, PeriodPoint, SegmentModel } from '../../model/types';
import { MISSING, type Format, type Formatters } from '../format/formatters';
import { lineageText, quadrantText, SEGMENT_VERDICT_WORDS, segmentVerdict } from '../ShiftTable/tableRows';

export interface TooltipRow {
  label: string;
  value: string;
}

/** Everything the tooltip says about one segment, as plain text (never HTML). */
export interface TooltipContent {
  title: string;
  /** Status line: priority, new / retired, lineage, periods. */
  subtitle: string;
  rows: TooltipRow[];
  profile: TooltipRow[];
}

/** `placement_rationale` → `Placement rationale`. */
export function humanize(name: string): string {
  const words = name.replace(/[_-]+/g, ' ').trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** Short axis name: the title before its direction ("Customer needs: universal → specialized" → "Customer needs"). */
export function axisName(title: string): string {
  const i = title.indexOf(':');
  return i > 0 ? title.slice(0, i) : title;
}

function change(b: number | null | undefined, c: number | null | undefined, format: Format, delta?: string): string {
  const hasB = b !== null && b !== undefined;
  const hasC = c !== null && c !== undefined;
  if (!hasB && !hasC) {
    return MISSING;
  }
  if (!hasB) {
    return format(c);
  }
  if (!hasC) {
    return `${format(b)} → ${MISSING}`;
  }
  return `${format(b)} → ${format(c)}${delta ? ` (${delta})` : ''}`;
}

export function tooltipContent(model: MatrixModel, s: SegmentModel, f: Formatters): TooltipContent {
  const b = s.baseline;
  const c = s.current;
  const status: string[] = [];
  status.push(s.priority ? 'Priority segment' : 'Other segment');
  if (s.parent) {
    status.push(`in ${s.parent}`);
  }
  if (!b && c && model.baselinePeriod !== null) {
    status.push(`new in ${model.currentPeriod ?? 'the current period'}`);
  }
  if (s.status === 'retired') {
    status.push(`retired after ${model.baselinePeriod ?? 'the baseline'}`);
  }
  const lineage = lineageText(s);
  if (lineage) {
    status.push(lineage);
  }
  const periods = model.baselinePeriod && model.currentPeriod ? `${model.baselinePeriod} → ${model.currentPeriod}` : '';

  const rows: TooltipRow[] = [];
  if (periods) {
    rows.push({ label: 'Periods', value: periods });
  }
  rows.push({ label: 'Quadrant', value: quadrantText(model, s) });
  const xText = (p: PeriodPoint | null) => p?.xCategory ?? f.x(p?.x);
  rows.push({
    label: axisName(model.axes.x.title),
    value: b && c ? `${xText(b)} → ${xText(c)}` : xText(c ?? b),
  });
  rows.push({ label: axisName(model.axes.y.title), value: change(b?.y, c?.y, f.y) });
  if (model.fieldsUsed.size) {
    rows.push({ label: humanize(model.fieldsUsed.size), value: change(b?.size, c?.size, f.size) });
  }
  if (model.fieldsUsed.growth && model.fieldsUsed.growth !== model.fieldsUsed.size) {
    rows.push({ label: humanize(model.fieldsUsed.growth), value: change(b?.growthMeasure, c?.growthMeasure, f.growthMeasure) });
  }
  rows.push({ label: 'Growth', value: f.growth(s.growth) });
  if (model.fieldsUsed.satisfaction) {
    const delta = s.satisfactionDelta !== null ? f.satisfactionDelta(s.satisfactionDelta) : undefined;
    rows.push({ label: humanize(model.fieldsUsed.satisfaction), value: change(b?.satisfaction, c?.satisfaction, f.satisfaction, delta) });
  }
  if (model.fieldsUsed.resource) {
    rows.push({ label: humanize(model.fieldsUsed.resource), value: change(b?.resource, c?.resource, f.resource) });
    const delta = s.resourceShareDelta !== null ? f.pts(s.resourceShareDelta) : undefined;
    rows.push({ label: 'Resource share', value: change(b?.resourceShare, c?.resourceShare, f.share, delta) });
  }
  rows.push({ label: 'Verdict', value: SEGMENT_VERDICT_WORDS[segmentVerdict(s, model.indicators, model.baselinePeriod === null)] });

  const profile: TooltipRow[] = [];
  if (s.profile) {
    const keys = model.profileFields.length ? model.profileFields : Object.keys(s.profile);
    for (const key of keys) {
      const text = s.profile[key];
      if (text && text.trim()) {
        profile.push({ label: humanize(key), value: text });
      }
    }
  }
  return { title: s.segment, subtitle: status.join(' · '), rows, profile };
}
