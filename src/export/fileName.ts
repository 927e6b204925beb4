export type ExportKind = 'png' | 'slide' | 'svg' | 'csv';

const EXTENSIONS: Record<ExportKind, string> = { png: 'png', slide: 'png', svg: 'svg', csv: 'csv' };
const SUFFIXES: Record<ExportKind, string> = { png: '', slide: '-slide', svg: '', csv: '-shift-table' };
const MAX_STEM = 80;

/** Lower-case ASCII words joined by '-': safe on every file system ("Q1/2024: Ops" → "q1-2024-ops"). */
export function slug(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** The period range as the export shows it: "2024-Q1 → 2025-Q4", one period alone, or ''. */
export function periodRange(baseline: string | null, current: string | null): string {
  if (baseline && current && baseline !== current) {
    return `${baseline} → ${current}`;
  }
  return current ?? baseline ?? '';
}

/**
 * Download name: the panel title and the period range as a slug, and the kind
 * ("segment-effectiveness-2024-q1-2025-q4-slide.png"); "segment-matrix" when the title gives nothing.
 */
export function exportFileName(kind: ExportKind, title: string, baseline: string | null, current: string | null): string {
  const titleSlug = slug(title) || 'segment-matrix';
  const periods = slug(baseline && current && baseline !== current ? `${baseline} ${current}` : (current ?? baseline ?? ''));
  // The title may already name the periods ("… — 2024-Q1 → 2025-Q4"): don't repeat them.
  const stem = periods && !titleSlug.endsWith(periods) ? `${titleSlug}-${periods}` : titleSlug;
  const cut = stem.length > MAX_STEM ? stem.slice(0, MAX_STEM).replace(/-+$/, '') : stem;
  return `${cut}${SUFFIXES[kind]}.${EXTENSIONS[kind]}`;
}
