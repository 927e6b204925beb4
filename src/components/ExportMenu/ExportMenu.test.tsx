import React from 'react';
import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { createTheme } from '@grafana/data';
import { TEST_IDS } from '../../constants';
import { conventionalModel } from '../../spec/fixtures';
import { conventionalFrame } from '../../test-utils/frames';
import { buildFormatters } from '../format/formatters';
import { ExportMenu, type ExportView } from './ExportMenu';

const model = conventionalModel();
const formatters = buildFormatters(model, [conventionalFrame()], {}, createTheme());

describe('ExportMenu', () => {
  let blobs: Blob[];
  let names: string[];
  beforeEach(() => {
    blobs = [];
    names = [];
    URL.createObjectURL = jest.fn((b: Blob) => {
      blobs.push(b);
      return 'blob:test';
    });
    URL.revokeObjectURL = jest.fn();
    jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      names.push(this.download);
    });
  });
  afterEach(() => jest.restoreAllMocks());

  const open = (getView: () => ExportView | null = () => null) => {
    render(<ExportMenu title="QBR review" model={model} formatters={formatters} getView={getView} />);
    fireEvent.click(screen.getByTestId(TEST_IDS.exportButton));
  };

  it('offers the four exports', () => {
    open();
    for (const kind of ['png', 'slide', 'svg', 'csv']) {
      expect(screen.getByTestId(TEST_IDS.exportItem(kind))).toBeInTheDocument();
    }
  });

  it('downloads the shift table as CSV named after the title', async () => {
    open();
    await act(async () => fireEvent.click(screen.getByTestId(TEST_IDS.exportItem('csv'))));
    expect(names).toEqual([expect.stringMatching(/^qbr-review-.*-shift-table\.csv$/)]);
    expect(blobs[0].type).toBe('text/csv;charset=utf-8');
  });

  it("downloads the view's SVG", async () => {
    const view = { toSVG: jest.fn(async () => '<svg></svg>'), toImageURL: jest.fn() };
    open(() => view);
    await act(async () => fireEvent.click(screen.getByTestId(TEST_IDS.exportItem('svg'))));
    await waitFor(() => expect(names).toHaveLength(1));
    expect(names[0]).toMatch(/\.svg$/);
    expect(blobs[0].type).toBe('image/svg+xml;charset=utf-8');
  });

  it('says so when the chart is not drawn yet', async () => {
    open(() => null);
    await act(async () => fireEvent.click(screen.getByTestId(TEST_IDS.exportItem('png'))));
    expect(await screen.findByTestId(TEST_IDS.exportError)).toHaveTextContent('not drawn yet');
    expect(names).toEqual([]);
  });
});
