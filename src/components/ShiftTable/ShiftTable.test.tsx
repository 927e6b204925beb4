import React from 'react';
import { fireEvent, render, screen, within } from '@testing-library/react';
import { createTheme } from '@grafana/data';
import { TEST_IDS } from '../../constants';
import { conventionalModel, modelFrom } from '../../spec/fixtures';
import { conventionalFrame, frameFromRows } from '../../test-utils/frames';
import { buildFormatters } from '../format/formatters';
import { ShiftTable } from './ShiftTable';

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

  it('writes each verdict in words next to its icon, never colour alone', () => {
    renderTable();
    for (const r of bodyRows()) {
      const verdict = within(r).getAllByRole('cell').at(-1)!;
      expect(verdict.textContent?.trim()).toMatch(/^(On track|Off track|Mixed|No data|Not a priority|New|Retired)$/);
    }
  });
});
