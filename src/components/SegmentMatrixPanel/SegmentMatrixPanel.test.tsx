import React from 'react';
import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { EventBusSrv } from '@grafana/data';
import { locationService } from '@grafana/runtime';
import { DEFAULT_OPTIONS, SUMMARY_EVENT, TEST_IDS } from '../../constants';
import { conventionalFrame, frameFrom, profilesFrame } from '../../test-utils/frames';
import { getPanelProps } from '../../test-utils/panelProps';
import type { DisplayOptions, SegmentMatrixOptions } from '../../types';
import type { VegaViewProps } from '../VegaView';
import { SegmentMatrixPanel } from './SegmentMatrixPanel';

// A part that can be made to fail while drawing (error containment).
const mockStrip = { fail: false };
jest.mock('../EffectivenessStrip', () => {
  const actual = jest.requireActual('../EffectivenessStrip');
  const { createElement } = jest.requireActual('react');
  return {
    EffectivenessStrip: (props: object) => {
      if (mockStrip.fail) {
        throw new Error('strip exploded');
      }
      return createElement(actual.EffectivenessStrip, props);
    },
  };
});

// The renderer is stubbed at its boundary: this test checks what the panel hands to VegaView.
const rendered: VegaViewProps[] = [];
jest.mock('../VegaView', () => ({
  VegaView: (props: VegaViewProps) => {
    rendered.push(props);
    return <div data-testid="vega-stub">{((props.spec as { marks?: Array<{ name?: string }> }).marks ?? []).map((m) => m.name).join(',')}</div>;
  },
}));

beforeAll(() => {
  (globalThis as unknown as { ResizeObserver: unknown }).ResizeObserver = class {
    observe() {}
    unobserve() {}
    disconnect() {}
  };
});

beforeEach(() => {
  rendered.length = 0;
});

const last = () => rendered[rendered.length - 1];
const withDisplay = (display: Partial<DisplayOptions>): SegmentMatrixOptions => ({ ...DEFAULT_OPTIONS, display: { ...DEFAULT_OPTIONS.display, ...display } });

describe('SegmentMatrixPanel', () => {
  it('hands a spec to the view and marks itself rendered when the view says so', () => {
    render(<SegmentMatrixPanel {...getPanelProps([conventionalFrame()])} />);
    const panel = screen.getByTestId(TEST_IDS.panel);
    expect(screen.getByTestId('vega-stub').textContent).toContain('bubbles');
    expect(panel).toHaveAttribute('data-render-state', 'rendering');
    act(() => last().onRendered?.());
    expect(panel).toHaveAttribute('data-render-state', 'done');
  });

  it('mounts the export menu (hidden until hover) only in the frame after the chart is first drawn', () => {
    jest.useFakeTimers();
    try {
      render(<SegmentMatrixPanel {...getPanelProps([conventionalFrame()])} />);
      expect(screen.queryByTestId(TEST_IDS.exportButton)).toBeNull();
      act(() => last().onRendered?.());
      expect(screen.queryByTestId(TEST_IDS.exportButton)).toBeNull();
      act(() => {
        jest.runAllTimers();
      });
      expect(screen.getByTestId(TEST_IDS.exportButton)).toBeInTheDocument();
    } finally {
      jest.useRealTimers();
    }
  });

  it('publishes the render summary on the panel event bus after the first frame, once per model', async () => {
    const eventBus = new EventBusSrv();
    const payloads: unknown[] = [];
    eventBus.subscribe({ type: SUMMARY_EVENT } as never, (e: { payload?: unknown }) => payloads.push(e.payload));
    const props = getPanelProps([conventionalFrame()], { eventBus });
    const { rerender } = render(<SegmentMatrixPanel {...props} />);
    // not while the panel renders: its listeners must not hold back the chart's first frame
    expect(payloads).toHaveLength(0);
    await waitFor(() => expect(payloads).toHaveLength(1));
    // a resize makes no new model, so no new summary
    rerender(<SegmentMatrixPanel {...props} width={500} />);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(payloads).toHaveLength(1);
    expect(payloads[0]).toMatchObject({ baseline: expect.any(String), current: expect.any(String), cuts: { x: expect.any(Number) } });
  });

  it('does not rebuild the spec when only the size changes', () => {
    const props = getPanelProps([conventionalFrame()]);
    const { rerender } = render(<SegmentMatrixPanel {...props} />);
    const first = last();
    rerender(<SegmentMatrixPanel {...props} width={720} height={500} />);
    expect(last().width).toBeLessThan(first.width);
    expect(last().spec).toBe(first.spec);
  });

  it('leaves the legends out once the chart gets too small for them (one rebuild at the threshold)', () => {
    const props = getPanelProps([conventionalFrame()]);
    const { rerender } = render(<SegmentMatrixPanel {...props} />);
    const legends = () => ((last().spec.marks ?? []) as Array<{ role?: string }>).filter((m) => /^legend-/.test(m.role ?? ''));
    expect(legends().length).toBeGreaterThan(0);
    rerender(<SegmentMatrixPanel {...props} width={300} height={200} />);
    expect(legends()).toEqual([]);
  });

  it('shows the data error view when there are no rows', () => {
    render(<SegmentMatrixPanel {...getPanelProps([frameFrom([{ name: 'segment', values: [] }])])} />);
    expect(screen.queryByTestId('vega-stub')).toBeNull();
    expect(screen.getByTestId(TEST_IDS.panel)).toHaveAttribute('data-render-state', 'done');
  });

  it('names the missing role and the fields that exist when the frame cannot be mapped', () => {
    const frame = frameFrom([
      { name: 'label', type: 'number', values: [1, 2] },
      { name: 'amount', type: 'number', values: [3, 4] },
    ]);
    render(<SegmentMatrixPanel {...getPanelProps([frame])} />);
    const text = screen.getByTestId(TEST_IDS.panel).textContent ?? '';
    expect(text).toMatch(/segment/i);
    expect(text).toContain('label');
    expect(text).toContain('amount');
  });

  it('shows a warning badge counting skipped values', () => {
    const frame = conventionalFrame();
    const needs = frame.fields.find((f) => f.name === 'needs')!;
    needs.values[0] = NaN;
    render(<SegmentMatrixPanel {...getPanelProps([frame])} />);
    expect(screen.getByTestId(TEST_IDS.warningBadge).textContent).toMatch(/\d+ skipped/);
  });

  it('sets the dashboard variable when a segment is clicked', () => {
    const partial = jest.spyOn(locationService, 'partial').mockImplementation(() => undefined);
    render(<SegmentMatrixPanel {...getPanelProps([conventionalFrame()])} />);
    act(() => last().onClickDatum?.({ segment: 'Enterprise' }));
    expect(partial).toHaveBeenCalledWith({ 'var-segment': 'Enterprise' }, true);
  });

  it('shows the effectiveness strip and the shift table (one row per segment) by default', () => {
    render(<SegmentMatrixPanel {...getPanelProps([conventionalFrame()])} />);
    expect(screen.getByTestId(TEST_IDS.strip)).toBeInTheDocument();
    expect(screen.getByTestId(TEST_IDS.table)).toBeInTheDocument();
    expect(screen.getAllByTestId(/segment-matrix table-row/)).toHaveLength(7);
  });

  it('gives the chart the room the strip and the table leave', () => {
    render(<SegmentMatrixPanel {...getPanelProps([conventionalFrame()], { options: withDisplay({ showStrip: false, tablePlacement: 'hidden' }) })} />);
    expect(screen.queryByTestId(TEST_IDS.strip)).toBeNull();
    expect(screen.queryByTestId(TEST_IDS.table)).toBeNull();
    expect(last()).toMatchObject({ width: 800, height: 500 });
  });

  it('puts the table beside the chart when asked', () => {
    render(<SegmentMatrixPanel {...getPanelProps([conventionalFrame()], { options: withDisplay({ tablePlacement: 'right' }) })} />);
    expect(last().height).toBeGreaterThan(400);
    expect(last().width).toBeLessThan(500);
  });

  it('collapses and reopens the table without rebuilding the spec', () => {
    render(<SegmentMatrixPanel {...getPanelProps([conventionalFrame()])} />);
    const spec = last().spec;
    const open = last().height;
    fireEvent.click(screen.getByTestId(TEST_IDS.tableToggle));
    expect(screen.queryByRole('table')).toBeNull();
    expect(last().height).toBeGreaterThan(open);
    fireEvent.click(screen.getByTestId(TEST_IDS.tableToggle));
    expect(screen.getByRole('table')).toBeInTheDocument();
    expect(last().spec).toBe(spec);
  });

  it('starts collapsed when the option says so', () => {
    render(<SegmentMatrixPanel {...getPanelProps([conventionalFrame()], { options: withDisplay({ tableCollapsed: true }) })} />);
    expect(screen.getByTestId(TEST_IDS.tableToggle)).toHaveAttribute('aria-expanded', 'false');
  });

  it('shows the tooltip of the hovered segment, with its profile, and hides it when the pointer leaves', () => {
    render(<SegmentMatrixPanel {...getPanelProps([conventionalFrame(), profilesFrame()])} />);
    act(() => last().onHover?.({ segment: 'Enterprise' }, { x: 100, y: 100 }));
    const tooltip = screen.getByTestId(TEST_IDS.tooltip);
    expect(tooltip.textContent).toContain('Enterprise');
    expect(tooltip.textContent).toContain('Companies with 1000+ employees');
    act(() => last().onHover?.(null, { x: 0, y: 0 }));
    expect(screen.queryByTestId(TEST_IDS.tooltip)).toBeNull();
  });

  it('draws large charts on canvas when the renderer is auto', () => {
    render(<SegmentMatrixPanel {...getPanelProps([conventionalFrame()])} />);
    expect(last().renderer).toBe('svg');
    render(<SegmentMatrixPanel {...getPanelProps([conventionalFrame()], { options: withDisplay({ renderer: 'canvas' }) })} />);
    expect(last().renderer).toBe('canvas');
  });
});

describe('SegmentMatrixPanel error containment', () => {
  it('shows the error with its message instead of a blank panel when a part throws while drawing', () => {
    mockStrip.fail = true;
    const quiet = jest.spyOn(console, 'error').mockImplementation(() => {});
    try {
      render(<SegmentMatrixPanel {...getPanelProps([conventionalFrame()])} />);
    } finally {
      quiet.mockRestore();
      mockStrip.fail = false;
    }
    const panel = screen.getByTestId(TEST_IDS.panel);
    expect(panel).toHaveAttribute('data-render-state', 'done');
    expect(panel.textContent).toContain('strip exploded');
  });
});
