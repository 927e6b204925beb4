import { exportFileName, periodRange, slug } from './fileName';

describe('slug', () => {
  it.each([
    ['Segment effectiveness', 'segment-effectiveness'],
    ['Q1/2024: Ops — Zürich', 'q1-2024-ops-zurich'],
    ['  --weird__name..  ', 'weird-name'],
    ['../../etc/passwd', 'etc-passwd'],
    ['日本', ''],
  ])('%j → %j', (text, expected) => {
    expect(slug(text)).toBe(expected);
  });
});

describe('periodRange', () => {
  it('names baseline → current, one period alone, or nothing', () => {
    expect(periodRange('2024-Q1', '2025-Q4')).toBe('2024-Q1 → 2025-Q4');
    expect(periodRange(null, '2025-Q4')).toBe('2025-Q4');
    expect(periodRange('2025', '2025')).toBe('2025');
    expect(periodRange(null, null)).toBe('');
  });
});

describe('exportFileName', () => {
  it('combines the title, the periods and the kind', () => {
    expect(exportFileName('png', 'Segment effectiveness', '2024-Q1', '2025-Q4')).toBe('segment-effectiveness-2024-q1-2025-q4.png');
    expect(exportFileName('slide', 'Segment effectiveness', '2024-Q1', '2025-Q4')).toBe('segment-effectiveness-2024-q1-2025-q4-slide.png');
    expect(exportFileName('svg', 'Segment effectiveness', null, '2025')).toBe('segment-effectiveness-2025.svg');
    expect(exportFileName('csv', 'Segment effectiveness', null, null)).toBe('segment-effectiveness-shift-table.csv');
  });

  it('does not repeat periods the title already names', () => {
    expect(exportFileName('png', 'Segment effectiveness — 2024-Q1 → 2025-Q4', '2024-Q1', '2025-Q4')).toBe(
      'segment-effectiveness-2024-q1-2025-q4.png'
    );
  });

  it('falls back to segment-matrix and keeps names short and safe', () => {
    expect(exportFileName('png', '', null, null)).toBe('segment-matrix.png');
    expect(exportFileName('csv', '<script>', null, null)).toBe('script-shift-table.csv');
    const long = exportFileName('svg', 'x'.repeat(300), '2024', '2025');
    expect(long.length).toBeLessThanOrEqual(84);
    expect(long).toMatch(/^[a-z0-9-]+\.svg$/);
  });
});
