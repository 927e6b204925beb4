import type { MatrixModel, QuadrantId } from '../model/types';
import type { Formatters } from '../components/format/formatters';
import { SEGMENT_VERDICT_WORDS, tableRows } from '../components/ShiftTable/tableRows';

export type CsvValue = string | number | boolean | null | undefined;

/** Characters that make a spreadsheet read a text cell as a formula (OWASP "CSV injection"). */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * One CSV cell (RFC 4180): empty for null/undefined/NaN, numbers raw (`String(n)`), texts that a
 * spreadsheet would run as a formula prefixed with `'`, and quoted (with `"` doubled) when they contain
 * a comma, a quote, a line break or leading/trailing spaces.
 */
export function csvCell(value: CsvValue): string {
  if (value === null || value === undefined) {
    return '';
  }
  if (typeof value === 'number') {
    return Number.isFinite(value) ? String(value) : '';
  }
  let text = String(value);
  if (FORMULA_START.test(text)) {
    text = `'${text}`;
  }
  return /[",\r\n]|^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Rows to CSV text: cells joined by commas, records by CRLF (RFC 4180), with a final CRLF. */
export function toCsv(rows: CsvValue[][]): string {
  return rows.map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

export const SHIFT_TABLE_CSV_HEADER = [
  'segment',
  'quadrant baseline',
  'quadrant current',
  'growth',
  'Δ satisfaction',
  'resource share baseline',
  'resource share current',
  'verdict',
];

/**
 * The shift table as CSV: the table's rows (legend order, the same verdicts) with raw numbers —
 * growth and shares as fractions, Δ satisfaction in the satisfaction field's unit — and empty cells
 * where a value is unknown.
 */
export function shiftTableCsv(model: MatrixModel, formatters: Formatters): string {
  const quadrant = (id: QuadrantId | undefined) => (id ? model.quadrantNames[id] : null);
  const rows = tableRows(model, formatters).map((row) => {
    const s = model.segments[row.index];
    return [
      row.segment,
      quadrant(s.baseline?.quadrant),
      quadrant(s.current?.quadrant),
      s.growth,
      s.satisfactionDelta,
      s.baseline?.resourceShare ?? null,
      s.current?.resourceShare ?? null,
      SEGMENT_VERDICT_WORDS[row.verdict],
    ];
  });
  return toCsv([SHIFT_TABLE_CSV_HEADER, ...rows]);
}
