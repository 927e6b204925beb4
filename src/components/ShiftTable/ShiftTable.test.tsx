import React from 'react';
import { fireEvent, render, screen, within } from '@testing-library/react';
import { createTheme } from '@grafana/data';
import { TEST_IDS } from '../../constants';
import type { PartialModelOptions } from '../../model/types';
import { conventionalModel, modelFrom } from '../../spec/fixtures';
import { conventionalFrame, frameFromRows, syntheticLongFrame } from '../../test-utils/frames';
import { buildFormatters } from '../format/formatters';
import { ShiftTable } from './ShiftTable';
import { TABLE_ROW_HEIGHT } from './ShiftTable.styles';
import { sortRows, tableRows } from './tableRows';
import { INITIAL_OVERSCAN, ROW_OVERSCAN } from './rowWindow';

const model = conventionalModel();
const formatters = buildFormatters(model, [conventionalFrame()], {}, createTheme());

function renderTable(props: Partial<React.ComponentProps<typeof ShiftTable>> = {}) {
  const onToggle = jest.fn();
  render(
    <ShiftTable model={model} formatters={formatters} width={800} height={300} collapsed={false} placement="below" onToggle={onToggle} {...props} />
  );
  return { onToggle };
}

const bodyRows = () => within(screen.getByTestId(TEST_IDS.table)).getAllByRole('row').slice(1);
const firstCells = () => bodyRows().map((r) => within(r).getByRole('rowheader').textContent ?? '');

describe('ShiftTable', () => {
  it('has a row per segment with the six columns', () => {
    renderTable();
    expect(bodyRows()).toHaveLength(model.segments.length);
    const headers = within(screen.getByTestId(TEST_IDS.table)).getAllByRole('columnheader').map((h) => h.textContent);
    expect(headers).toEqual(['Segment', 'Quadrant', 'Growth', 'Δ Satisfaction', 'Resource share', 'Verdict']);
    for (const s of model.segments) {
      expect(screen.getByTestId(TEST_IDS.tableRow(s.segment))).toBeInTheDocument();
    }
  });

  it('sorts by a column when its header is clicked, and says so with aria-sort', () => {
    renderTable();
    const header = screen.getByRole('columnheader', { name: /Segment/ });
    fireEvent.click(within(header).getByRole('button'));
    expect(header).toHaveAttribute('aria-sort', 'ascending');
    const asc = firstCells();
    expect(asc.map((t) => t.replace(/priority$/, ''))).toEqual([...model.segments.map((s) => s.segment)].sort((a, b) => a.localeCompare(b)));
    fireEvent.click(within(header).getByRole('button'));
    expect(header).toHaveAttribute('aria-sort', 'descending');
    expect(firstCells()).toEqual([...asc].reverse());
    fireEvent.click(within(header).getByRole('button'));
    expect(header).toHaveAttribute('aria-sort', 'none');
  });

  it('sorts numbers largest first on the first click', () => {
    renderTable();
    fireEvent.click(within(screen.getByRole('columnheader', { name: /Growth/ })).getByRole('button'));
    const growth = bodyRows().map((r) => within(r).getAllByRole('cell')[1].textContent!);
    const values = growth.filter((g) => g !== '–').map((g) => Number(g.replace('%', '').replace('−', '-')));
    expect(values).toEqual([...values].sort((a, b) => b - a));
    expect(growth[growth.length - 1]).toBe('–');
  });

  it('collapses to its bar: the toggle reports clicks and says whether it is expanded', () => {
    const { onToggle } = renderTable();
    const toggle = screen.getByTestId(TEST_IDS.tableToggle);
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    fireEvent.click(toggle);
    expect(onToggle).toHaveBeenCalledTimes(1);
  });

  it('shows no rows when collapsed', () => {
    renderTable({ collapsed: true });
    expect(screen.getByTestId(TEST_IDS.tableToggle)).toHaveAttribute('aria-expanded', 'false');
    expect(screen.queryByRole('table')).toBeNull();
    expect(screen.getByTestId(TEST_IDS.tableToggle).textContent).toContain(`${model.segments.length} segments`);
  });

  it('marks priority segments and says where split segments came from', () => {
    const frame = frameFromRows(
      ['segment', 'period', 'needs', 'value', 'customers', 'split_from', 'priority'],
      [
        ['Media', '2024', 5, 5, 100, null, 'no'],
        ['Streaming', '2025', 6, 6, 70, 'Media', 'yes'],
        ['Publishing', '2025', 4, 4, 40, 'Media', 'no'],
        ['Other', '2024', 2, 2, 50, null, 'no'],
        ['Other', '2025', 2, 3, 60, null, 'no'],
      ]
    );
    const split = modelFrom([frame]);
    render(<ShiftTable model={split} formatters={formatters} width={800} height={300} collapsed={false} placement="below" onToggle={jest.fn()} />);
    expect(screen.getByTestId(TEST_IDS.tableRow('Streaming')).textContent).toContain('split from Media');
    expect(screen.getByTestId(TEST_IDS.tableRow('Streaming')).textContent).toContain('priority');
    expect(screen.getByTestId(TEST_IDS.tableRow('Media')).textContent).toContain('split into Streaming, Publishing');
  });
});

describe('ShiftTable: selection, highlight and accessibility', () => {
  it('is a table with a caption, column headers and a row header per segment', () => {
    renderTable();
    const table = within(screen.getByTestId(TEST_IDS.table)).getByRole('table');
    expect(table.querySelector('caption')?.textContent).toMatch(/^Segment shifts from .+ to .+: \d+ segments/);
    expect(table.querySelectorAll('thead th[scope="col"]')).toHaveLength(6);
    expect(table.querySelectorAll('tbody th[scope="row"]')).toHaveLength(model.segments.length);
  });

  it('selects a segment on a row click and reports the hovered row', () => {
    const onSelectSegment = jest.fn();
    const onHighlightSegment = jest.fn();
    renderTable({ onSelectSegment, onHighlightSegment });
    const name = model.segments[1].segment;
    const row = screen.getByTestId(TEST_IDS.tableRow(name));
    fireEvent.pointerEnter(row);
    expect(onHighlightSegment).toHaveBeenLastCalledWith(name);
    fireEvent.click(row);
    expect(onSelectSegment).toHaveBeenCalledWith(name);
    fireEvent.pointerLeave(within(screen.getByTestId(TEST_IDS.table)).getByRole('table'));
    expect(onHighlightSegment).toHaveBeenLastCalledWith(null);
  });

  it('marks the highlighted row and the selected one', () => {
    const name = model.segments[0].segment;
    renderTable({ highlight: name, selected: name, onSelectSegment: jest.fn() });
    const row = screen.getByTestId(TEST_IDS.tableRow(name));
    expect(row).toHaveAttribute('data-highlighted', 'true');
    expect(row).toHaveAttribute('aria-selected', 'true');
    expect(screen.getByTestId(TEST_IDS.tableRow(model.segments[1].segment))).not.toHaveAttribute('data-highlighted');
  });

  it('marks every row of a colour group hovered in the legend', () => {
    const group = new Set(model.segments.slice(0, 2).map((s) => s.segment));
    renderTable({ highlightGroup: group });
    for (const s of model.segments) {
      const row = screen.queryByTestId(TEST_IDS.tableRow(s.segment));
      if (row) {
        expect(row.getAttribute('data-highlighted')).toBe(group.has(s.segment) ? 'true' : null);
      }
    }
  });

  it('writes each verdict in words next to its icon, never colour alone', () => {
    renderTable();
    for (const r of bodyRows()) {
      const verdict = within(r).getAllByRole('cell').at(-1)!;
      expect(verdict.textContent?.trim()).toMatch(/^(On track|Off track|Mixed|No data|Not a priority|New|Retired)$/);
    }
  });
});

describe('ShiftTable: row windowing', () => {
  const frames = [syntheticLongFrame(5000, 2)];
  const big = modelFrom(frames, { segmentLimit: 5000 } as PartialModelOptions);
  const bigFormatters = buildFormatters(big, frames, {}, createTheme());
  const all = tableRows(big, bigFormatters);

  const bigTable = (props: Partial<React.ComponentProps<typeof ShiftTable>>) => (
    <ShiftTable model={big} formatters={bigFormatters} width={800} height={300} collapsed={false} placement="below" onToggle={jest.fn()} {...props} />
  );
  function renderBig(props: Partial<React.ComponentProps<typeof ShiftTable>> = {}) {
    const { rerender } = render(bigTable(props));
    const table = within(screen.getByTestId(TEST_IDS.table)).getByRole('table');
    const scroller = document.getElementById(screen.getByTestId(TEST_IDS.tableToggle).getAttribute('aria-controls')!)!;
    return { table, scroller, rerender: (more: Partial<React.ComponentProps<typeof ShiftTable>>) => rerender(bigTable({ ...props, ...more })) };
  }
  const renderedRows = (table: HTMLElement) => Array.from(table.querySelectorAll<HTMLElement>('tbody tr[data-testid]'));
  const spacers = (table: HTMLElement) => Array.from(table.querySelectorAll<HTMLElement>('tbody tr[aria-hidden="true"]'));
  /** jsdom has no layout: give the scroll area an offset and a height, then fire the scroll event. */
  function scrollTo(scroller: HTMLElement, top: number, clientHeight = 268) {
    Object.defineProperty(scroller, 'scrollTop', { configurable: true, value: top });
    Object.defineProperty(scroller, 'clientHeight', { configurable: true, value: clientHeight });
    fireEvent.scroll(scroller);
  }
  const totalHeight = (table: HTMLElement) =>
    spacers(table).reduce((sum, s) => sum + parseFloat(s.style.height), 0) + renderedRows(table).length * TABLE_ROW_HEIGHT;

  it('renders a screenful and the overscan of 5,000 rows, and says there are 5,000 (plus the header row)', () => {
    const { table } = renderBig();
    expect(all).toHaveLength(5000);
    expect(table.querySelectorAll('tr').length).toBeLessThan(100);
    expect(table).toHaveAttribute('aria-rowcount', '5001');
    expect(table.querySelector('thead tr')).toHaveAttribute('aria-rowindex', '1');
    const rows = renderedRows(table);
    // the height prop (300 px, 268 px under the bar) before the scroll area is measured
    expect(rows.length).toBeGreaterThanOrEqual(Math.ceil(268 / TABLE_ROW_HEIGHT));
    expect(rows[0]).toHaveAttribute('data-testid', TEST_IDS.tableRow(all[0].segment));
    expect(rows.map((r) => r.getAttribute('aria-rowindex'))).toEqual(rows.map((_, i) => String(i + 2)));
    // the spacer below keeps the scroll height of all rows; none above at the top
    expect(spacers(table)).toHaveLength(1);
    expect(totalHeight(table)).toBe(5000 * TABLE_ROW_HEIGHT);
    // spacers are not rows to assistive technology
    expect(within(table).getAllByRole('row')).toHaveLength(rows.length + 1);
  });

  it('renders the rows in the middle after a scroll there', () => {
    const { table, scroller } = renderBig();
    scrollTo(scroller, 2500 * TABLE_ROW_HEIGHT);
    const rows = renderedRows(table);
    expect(rows.length).toBeLessThan(100);
    expect(screen.getByTestId(TEST_IDS.tableRow(all[2500].segment))).toHaveAttribute('aria-rowindex', String(2500 + 2));
    expect(screen.queryByTestId(TEST_IDS.tableRow(all[0].segment))).toBeNull();
    const first = Number(rows[0].getAttribute('aria-rowindex')) - 2;
    expect(first).toBeLessThan(2500);
    expect(first).toBeGreaterThan(2500 - 20);
    // every visible row is there, in order
    const shown = rows.map((r) => r.getAttribute('data-testid'));
    expect(shown).toEqual(all.slice(first, first + rows.length).map((r) => TEST_IDS.tableRow(r.segment)));
    expect(rows.length).toBeGreaterThan(2500 + Math.ceil(268 / TABLE_ROW_HEIGHT) - first);
    expect(spacers(table)).toHaveLength(2);
    expect(parseFloat(spacers(table)[0].style.height)).toBe(first * TABLE_ROW_HEIGHT);
    expect(totalHeight(table)).toBe(5000 * TABLE_ROW_HEIGHT);

    // the end: the last rows, no spacer below
    scrollTo(scroller, 5000 * TABLE_ROW_HEIGHT);
    expect(renderedRows(table).at(-1)).toHaveAttribute('data-testid', TEST_IDS.tableRow(all[4999].segment));
    expect(renderedRows(table).at(-1)).toHaveAttribute('aria-rowindex', '5001');
    expect(spacers(table)).toHaveLength(1);
    expect(totalHeight(table)).toBe(5000 * TABLE_ROW_HEIGHT);
  });

  it('renders the visible rows and one more until the scroll area is measured, then the full overscan', () => {
    const { table, scroller } = renderBig();
    // 268 px under the bar: 9 rows in view, as estimated before the first measure
    const inView = Math.ceil(268 / TABLE_ROW_HEIGHT);
    expect(renderedRows(table)).toHaveLength(inView + INITIAL_OVERSCAN);
    scrollTo(scroller, 0, 268);
    expect(renderedRows(table)).toHaveLength(inView + ROW_OVERSCAN);
  });

  it('uses the measured height of the scroll area once there is one', () => {
    const { table, scroller } = renderBig();
    const before = renderedRows(table).length;
    scrollTo(scroller, 0, 900);
    expect(renderedRows(table).length).toBeGreaterThanOrEqual(before + Math.floor((900 - 268) / TABLE_ROW_HEIGHT));
  });

  it('keeps its rendered rows through a resize that needs no new ones and a scroll within them', () => {
    const { table, scroller, rerender } = renderBig();
    scrollTo(scroller, 0, 268);
    const ids = () => renderedRows(table).map((r) => r.getAttribute('data-testid'));
    const before = ids();
    const firstRow = renderedRows(table)[0];
    rerender({ width: 640, height: 200 });
    expect(ids()).toEqual(before);
    rerender({ width: 800, height: 300 });
    expect(ids()).toEqual(before);
    // a scroll of a row stays within the rendered rows: the same rows, the first still the first
    scrollTo(scroller, TABLE_ROW_HEIGHT, 268);
    expect(ids()).toEqual(before);
    expect(renderedRows(table)[0]).toBe(firstRow);
    // a table taller than the rendered rows gets more
    rerender({ height: 900 });
    expect(ids().length).toBeGreaterThan(before.length);
  });

  it('sorts all rows, then windows them', () => {
    const { table, scroller } = renderBig();
    fireEvent.click(within(screen.getByRole('columnheader', { name: /Segment/ })).getByRole('button'));
    const byName = sortRows(all, { key: 'segment', direction: 'asc' }).map((r) => r.segment);
    expect(byName.slice(0, 3)).toEqual(['Segment 1', 'Segment 2', 'Segment 3']);
    expect(renderedRows(table)[0]).toHaveAttribute('data-testid', TEST_IDS.tableRow(byName[0]));
    scrollTo(scroller, 5000 * TABLE_ROW_HEIGHT);
    expect(renderedRows(table).at(-1)).toHaveAttribute('data-testid', TEST_IDS.tableRow(byName[4999]));
  });

  it('keeps hover, click and highlight on windowed rows, without scrolling to an outside highlight', () => {
    const onSelectSegment = jest.fn();
    const onHighlightSegment = jest.fn();
    const { scroller, rerender } = renderBig({ onSelectSegment, onHighlightSegment });
    scrollTo(scroller, 1000 * TABLE_ROW_HEIGHT);
    const name = all[1003].segment;
    fireEvent.pointerEnter(screen.getByTestId(TEST_IDS.tableRow(name)));
    expect(onHighlightSegment).toHaveBeenLastCalledWith(name);
    fireEvent.click(screen.getByTestId(TEST_IDS.tableRow(name)));
    expect(onSelectSegment).toHaveBeenCalledWith(name);

    // a highlight from the chart: marked on its row when that is rendered; a selection out of the window
    // does not scroll the table to it
    rerender({ highlight: all[1005].segment, selected: all[4000].segment });
    expect(screen.getByTestId(TEST_IDS.tableRow(all[1005].segment))).toHaveAttribute('data-highlighted', 'true');
    expect(screen.queryByTestId(TEST_IDS.tableRow(all[4000].segment))).toBeNull();
    expect(scroller.scrollTop).toBe(1000 * TABLE_ROW_HEIGHT);
  });
});
