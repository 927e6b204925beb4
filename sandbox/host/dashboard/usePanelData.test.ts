import { panelRequestBody } from './usePanelData';
import type { PanelJson } from './types';

const DS = { type: 'grafana-postgresql-datasource', uid: 'segment-warehouse' };
const SAVED = { fromMs: 1000, toMs: 2000 };
const NOW = { fromMs: 5000, toMs: 6000 };
const VALUES = { baseline: '2024-Q1', current: '2025-Q4', segment: 'Healthcare' };

const panel = (...rawSql: string[]): PanelJson => ({
  id: 4,
  type: 'table',
  gridPos: { x: 0, y: 0, w: 12, h: 8 },
  datasource: DS,
  targets: rawSql.map((sql, i) => ({ refId: String.fromCharCode(65 + i), rawSql: sql, format: 'table' })),
});

describe('panelRequestBody', () => {
  it("sends only the variables the panel's SQL refers to, and the panel's data source on each query", () => {
    const body = JSON.parse(panelRequestBody(panel("SELECT 1 WHERE p = '${segment}'"), VALUES, NOW, SAVED)!);
    expect(body).toEqual({
      from: '1000',
      to: '2000',
      queries: [{ refId: 'A', rawSql: "SELECT 1 WHERE p = '${segment}'", format: 'table', datasource: DS }],
      variables: { segment: 'Healthcare' },
    });
  });

  it('is unchanged by a variable the panel does not use, so the panel does not run again', () => {
    const p = panel("SELECT 1 WHERE period = '$baseline'");
    expect(panelRequestBody(p, { ...VALUES, segment: 'Retail & Consumer' }, NOW, SAVED)).toBe(
      panelRequestBody(p, VALUES, NOW, SAVED)
    );
    expect(panelRequestBody(p, { ...VALUES, baseline: '2024-Q2' }, NOW, SAVED)).not.toBe(
      panelRequestBody(p, VALUES, NOW, SAVED)
    );
  });

  it('sends the current time range only to SQL that uses it', () => {
    const timed = JSON.parse(panelRequestBody(panel('SELECT 1 WHERE $__timeFilter(t)'), VALUES, NOW, SAVED)!);
    expect([timed.from, timed.to]).toEqual(['5000', '6000']);
  });

  it('has nothing to send for a panel without SQL (text) or with hidden queries only', () => {
    expect(panelRequestBody({ ...panel(), type: 'text' }, VALUES, NOW, SAVED)).toBeNull();
    const hidden = panel('SELECT 1');
    hidden.targets![0].hide = true;
    expect(panelRequestBody(hidden, VALUES, NOW, SAVED)).toBeNull();
  });
});
