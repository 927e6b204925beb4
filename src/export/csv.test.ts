import { createTheme } from '@grafana/data';
import { buildFormatters } from '../components/format/formatters';
import { SEGMENT_VERDICT_WORDS, tableRows } from '../components/ShiftTable/tableRows';
import { conventionalModel } from '../spec/fixtures';
import { parseCsv } from '../test-utils/csv';
import { conventionalFrame } from '../test-utils/frames';
import { csvCell, SHIFT_TABLE_CSV_HEADER, shiftTableCsv, toCsv } from './csv';

describe('csvCell', () => {
  it.each<[string, Parameters<typeof csvCell>[0], string]>([
    ['plain text', 'Enterprise', 'Enterprise'],
    ['a comma', 'Acme, Inc.', '"Acme, Inc."'],
    ['quotes doubled', 'the "big" one', '"the ""big"" one"'],
    ['a newline', 'two\nlines', '"two\nlines"'],
    ['a carriage return', 'a\rb', '"a\rb"'],
    ['leading space kept by quoting', ' padded', '" padded"'],
    ['null', null, ''],
    ['undefined', undefined, ''],
    ['NaN', Number.NaN, ''],
    ['Infinity', Number.POSITIVE_INFINITY, ''],
    ['a raw number', 0.123456789, '0.123456789'],
    ['a negative number stays a number', -0.05, '-0.05'],
    ['zero', 0, '0'],
    ['a boolean', true, 'true'],
    ['the empty string', '', ''],
    ['unicode', 'Δ Zürich', 'Δ Zürich'],
  ])('%s', (_name, value, expected) => {
    expect(csvCell(value)).toBe(expected);
  });

  it.each(['=1+2', '+1', '-2+3', '@SUM(A1:A2)', '\t=cmd', '\r=cmd'])(
    'defuses the formula %j with a leading quote',
    (text) => {
      const cell = csvCell(text);
      const value = parseCsv(`${cell}\r\n`)[0][0];
      expect(value).toBe(`'${text}`);
    }
  );

  it('defuses a formula that also needs quoting', () => {
    expect(csvCell('=HYPERLINK("http://x","y")')).toBe(`"'=HYPERLINK(""http://x"",""y"")"`);
  });
});

describe('toCsv', () => {
  it('joins cells with commas and records with CRLF, ending with CRLF', () => {
    expect(
      toCsv([
        ['a', 'b'],
        [1, null],
      ])
    ).toBe('a,b\r\n1,\r\n');
  });

  it('round-trips awkward texts through an RFC 4180 reader', () => {
    const texts = ['a,b', 'say "hi"', 'multi\r\nline', ' x ', 'ok'];
    expect(parseCsv(toCsv([texts]))).toEqual([texts]);
  });
});

describe('shiftTableCsv', () => {
  const model = conventionalModel();
  const f = buildFormatters(model, [conventionalFrame()], {}, createTheme());
  const rows = parseCsv(shiftTableCsv(model, f));

  it('has a header and one row per segment, in the table order', () => {
    expect(rows[0]).toEqual(SHIFT_TABLE_CSV_HEADER);
    expect(rows).toHaveLength(model.segments.length + 1);
    expect(rows.slice(1).map((r) => r[0])).toEqual(tableRows(model, f).map((r) => r.segment));
    expect(rows.every((r) => r.length === SHIFT_TABLE_CSV_HEADER.length)).toBe(true);
  });

  it('writes raw numbers (not formatted) and empty cells for unknown values', () => {
    for (const s of model.segments) {
      const row = rows.find((r) => r[0] === s.segment)!;
      const raw = (v: number | null | undefined) => (v === null || v === undefined ? '' : String(v));
      expect(row[3]).toBe(raw(s.growth));
      expect(row[4]).toBe(raw(s.satisfactionDelta));
      expect(row[5]).toBe(raw(s.baseline?.resourceShare));
      expect(row[6]).toBe(raw(s.current?.resourceShare));
      expect(row[1]).toBe(s.baseline ? model.quadrantNames[s.baseline.quadrant] : '');
      expect(row[2]).toBe(s.current ? model.quadrantNames[s.current.quadrant] : '');
    }
    // The fixture has a new and a retired segment: their missing side is empty, not "–".
    expect(rows.some((r) => r[1] === '')).toBe(true);
    expect(rows.some((r) => r[2] === '')).toBe(true);
    expect(rows.flat().some((c) => c.includes('%') || c === '–')).toBe(false);
  });

  it('uses the table verdict words', () => {
    const words = new Set(Object.values(SEGMENT_VERDICT_WORDS));
    expect(rows.slice(1).every((r) => words.has(r[7]))).toBe(true);
  });

  it('defuses segment names that look like formulas', () => {
    const evil = {
      ...model,
      segments: model.segments.map((s, i) => (i === 0 ? { ...s, segment: '=cmd|"/c calc"!A1' } : s)),
    };
    const parsed = parseCsv(shiftTableCsv(evil, f));
    expect(parsed[1][0]).toBe(`'=cmd|"/c calc"!A1`);
  });
});
