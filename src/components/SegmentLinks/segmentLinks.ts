import { textUtil, type DataFrame, type Field, type LinkModel } from '@grafana/data';

/** Where a segment's current-period row is in the panel's data. */
export interface SegmentRow {
  frame: DataFrame;
  rowIndex: number;
}

export interface SegmentRowQuery {
  segment: string;
  /** Field holding the segment name (the model's `fieldsUsed.segment`). */
  segmentField: string | null;
  /** Field holding the period (the model's `fieldsUsed.period`), or null. */
  periodField: string | null;
  /** The model's current period label, or null. */
  currentPeriod: string | null;
}

function byName(frame: DataFrame, name: string | null): Field | undefined {
  if (!name) {
    return undefined;
  }
  return (
    frame.fields.find((f) => f.name === name) ??
    frame.fields.find((f) => f.config.displayName === name || f.state?.displayName === name)
  );
}

function periodRank(value: unknown): number | null {
  if (typeof value === 'number' && Number.isFinite(value)) {
    return value;
  }
  if (value instanceof Date) {
    return value.getTime();
  }
  return null;
}

/**
 * The row a segment's data links are interpolated with: the segment's row in the current period (period
 * value equal to the current period's label), else its latest row (largest numeric / time period), else
 * its last row in frame order. Searches the frames in order; null when no frame has the segment.
 */
export function findSegmentRow(series: DataFrame[], { segment, segmentField, periodField, currentPeriod }: SegmentRowQuery): SegmentRow | null {
  for (const frame of series) {
    const seg = byName(frame, segmentField);
    if (!seg) {
      continue;
    }
    const period = byName(frame, periodField);
    let best = -1;
    let bestRank = -Infinity;
    for (let i = 0; i < frame.length; i++) {
      if (String(seg.values[i]) !== segment) {
        continue;
      }
      const value = period?.values[i];
      if (currentPeriod !== null && value !== undefined && value !== null && String(value) === currentPeriod) {
        return { frame, rowIndex: i };
      }
      const rank = periodRank(value) ?? i;
      if (best < 0 || rank >= bestRank) {
        best = i;
        bestRank = rank;
      }
    }
    if (best >= 0) {
      return { frame, rowIndex: best };
    }
  }
  return null;
}

/** A link as offered in the menu: its href already sanitised (never a `javascript:` URL). */
export interface SafeLink {
  title: string;
  href: string;
  target?: LinkModel['target'];
  onClick?: LinkModel['onClick'];
}

/** Sanitises each link's href as Grafana does; links whose URL is unsafe (sanitised to about:blank) are dropped. */
export function safeLinks(links: LinkModel[]): SafeLink[] {
  const out: SafeLink[] = [];
  const seen = new Set<string>();
  for (const link of links) {
    const href = textUtil.sanitizeUrl(link.href ?? '');
    if (!href || href === 'about:blank') {
      continue;
    }
    const key = `${link.title}\u0000${href}`;
    if (seen.has(key)) {
      continue;
    }
    seen.add(key);
    out.push({ title: link.title || href, href, target: link.target, onClick: link.onClick });
  }
  return out;
}

/** The data links of every field in the segment's row (after applyFieldOverrides fields carry `getLinks`). */
export function segmentLinks(series: DataFrame[], query: SegmentRowQuery): SafeLink[] {
  const row = findSegmentRow(series, query);
  if (!row) {
    return [];
  }
  const links: LinkModel[] = [];
  for (const field of row.frame.fields) {
    if (field.getLinks && (field.config.links?.length ?? 0) > 0) {
      links.push(...field.getLinks({ valueRowIndex: row.rowIndex }));
    }
  }
  return safeLinks(links);
}
