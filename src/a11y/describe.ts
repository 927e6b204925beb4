/**
 * Segment movement in words, for screen readers (aria-label of each focusable segment). Pure.
 * "Enterprise moved from Core at scale (universal customer needs, high organizational value) to Strategic
 * focus (specialized customer needs, high organizational value); customers +25.0%, satisfaction +3, budget share +5 pts"
 */
import type { AxisModel, MatrixModel, QuadrantId, SegmentModel } from '../model/types';

/** The formatters the sentences use (see components/format/formatters). Missing values are never passed. */
export interface DescribeFormat {
  /** Signed percentage of a fraction: `+25.0%`. */
  growth: (v: number) => string;
  /** Signed, in the satisfaction field's unit: `+3`. */
  satisfactionDelta: (v: number) => string;
  /** Signed percentage points of a fraction difference: `+5 pts`. */
  pts: (v: number) => string;
}

interface AxisWords {
  name: string;
  low: string;
  high: string;
}

/** "Customer needs: universal → specialized" → name, low and high words (a reversed title reads high → low). */
export function axisWords(axis: Pick<AxisModel, 'title' | 'reverse' | 'field'>): AxisWords {
  const match = /^(.*?):\s*(.+?)\s*→\s*(.+)$/.exec(axis.title);
  if (!match) {
    const name = (axis.title || axis.field || 'value').trim();
    return { name, low: 'low', high: 'high' };
  }
  const [, name, first, second] = match;
  return axis.reverse
    ? { name: name.trim(), low: second.trim(), high: first.trim() }
    : { name: name.trim(), low: first.trim(), high: second.trim() };
}

/** "universal customer needs, high organizational value" for a quadrant id (x letter, then y letter; H = at or above the cut). */
export function quadrantWords(model: Pick<MatrixModel, 'axes'>, id: QuadrantId): string {
  const x = axisWords(model.axes.x);
  const y = axisWords(model.axes.y);
  const word = (a: AxisWords, high: boolean) => `${high ? a.high : a.low} ${a.name.toLowerCase()}`;
  return `${word(x, id[0] === 'H')}, ${word(y, id[1] === 'H')}`;
}

function quadrantPhrase(model: Pick<MatrixModel, 'axes' | 'quadrantNames'>, id: QuadrantId): string {
  return `${model.quadrantNames[id]} (${quadrantWords(model, id)})`;
}

/** "A", "A and B", "A, B and C". */
export function listWords(items: string[]): string {
  if (items.length <= 1) {
    return items.join('');
  }
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

const present = (v: number | null | undefined): v is number => v !== null && v !== undefined && Number.isFinite(v);

/** "customers +25.0%, satisfaction +3, budget share +5 pts"; missing figures are left out; '' when there is none. */
export function changeWords(model: Pick<MatrixModel, 'fieldsUsed'>, s: SegmentModel, f: DescribeFormat): string {
  const parts: string[] = [];
  const measure = model.fieldsUsed.growth ?? model.fieldsUsed.size ?? 'size';
  if (present(s.growth)) {
    parts.push(`${measure} ${f.growth(s.growth)}`);
  }
  if (present(s.satisfactionDelta)) {
    parts.push(`${model.fieldsUsed.satisfaction ?? 'satisfaction'} ${f.satisfactionDelta(s.satisfactionDelta)}`);
  }
  if (present(s.resourceShareDelta)) {
    parts.push(`${model.fieldsUsed.resource ?? 'resource'} share ${f.pts(s.resourceShareDelta)}`);
  }
  return parts.join(', ');
}

/** The direction of a move inside one quadrant: "toward more specialized customer needs and higher organizational value". */
function directionWords(model: Pick<MatrixModel, 'axes'>, s: SegmentModel): string {
  if (!s.baseline || !s.current) {
    return '';
  }
  const parts: string[] = [];
  const x = axisWords(model.axes.x);
  const y = axisWords(model.axes.y);
  const dx = s.current.x - s.baseline.x;
  const dy = s.current.y - s.baseline.y;
  if (dx !== 0) {
    parts.push(`${dx > 0 ? x.high : x.low} ${x.name.toLowerCase()}`);
  }
  if (dy !== 0) {
    parts.push(`${dy > 0 ? y.high : y.low} ${y.name.toLowerCase()}`);
  }
  return parts.length ? `toward ${parts.join(' and ')}` : 'without moving';
}

/** One sentence per segment: its movement between baseline and current, its lineage and its changes. */
export function describeSegment(
  model: Pick<MatrixModel, 'axes' | 'quadrantNames' | 'fieldsUsed' | 'baselinePeriod'>,
  s: SegmentModel,
  f: DescribeFormat
): string {
  const name = s.segment;
  const lineage = s.lineage
    ? `${s.lineage.kind === 'merge' ? 'merged from' : 'split from'} ${listWords(s.lineage.from)}`
    : '';
  const successors = s.successors.length
    ? `${s.successors.length > 1 ? 'split into' : 'became'} ${listWords(s.successors)}`
    : '';
  let sentence: string;
  if (s.status === 'retired' || (!s.current && s.baseline)) {
    const where = s.baseline ? ` from ${quadrantPhrase(model, s.baseline.quadrant)}` : '';
    sentence = `${name} retired${where}`;
    if (successors) {
      sentence += `; it ${successors}`;
    }
  } else if (!s.current) {
    sentence = `${name} has no position`;
  } else if (!s.baseline) {
    const now = quadrantPhrase(model, s.current.quadrant);
    sentence = model.baselinePeriod === null ? `${name} is in ${now}` : `${name} is new, in ${now}`;
  } else {
    const from = quadrantPhrase(model, s.baseline.quadrant);
    const origin = lineage ? `${name}, ${lineage}, ` : `${name} `;
    sentence =
      s.baseline.quadrant !== s.current.quadrant
        ? `${origin}moved from ${from} to ${quadrantPhrase(model, s.current.quadrant)}`
        : `${origin}stayed in ${from}, moving ${directionWords(model, s)}`;
    if (successors) {
      sentence += `; it ${successors}`;
    }
  }
  if (lineage && !s.baseline) {
    sentence += `; ${lineage}`;
  }
  const changes = changeWords(model, s, f);
  return changes ? `${sentence}; ${changes}` : sentence;
}
