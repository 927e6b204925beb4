import React from 'react';
import { act, render, screen } from '@testing-library/react';
import { EventBusSrv } from '@grafana/data';
import { SUMMARY_EVENT, TEST_IDS } from '../../constants';
import { conventionalFrame, frameFrom } from '../../test-utils/frames';
import { getPanelProps } from '../../test-utils/panelProps';
import type { VegaViewProps } from '../VegaView';
import { SegmentMatrixPanel } from './SegmentMatrixPanel';

// The renderer is stubbed at its boundary: this test checks what the panel hands to VegaView.
const rendered: VegaViewProps[] = [];
jest.mock('../VegaView', () => ({
  VegaView: (props: VegaViewProps) => {
    rendered.push(props);
    return <div data-testid="vega-stub">{(props.spec as { layer: Array<{ name: string }> }).layer.map((l) => l.name).join(',')}</div>;
  },
}));

beforeEach(() => {
  rendered.length = 0;
});

describe('SegmentMatrixPanel', () => {
  it('hands a spec to the view and marks itself rendered when the view says so', () => {
    render(<SegmentMatrixPanel {...getPanelProps([conventionalFrame()])} />);
    const panel = screen.getByTestId(TEST_IDS.panel);
    expect(screen.getByTestId('vega-stub').textContent).toContain('bubbles');
    expect(panel).toHaveAttribute('data-render-state', 'rendering');
    act(() => rendered[rendered.length - 1].onRendered?.());
    expect(panel).toHaveAttribute('data-render-state', 'done');
  });

  it('publishes the render summary on the panel event bus', () => {
    const eventBus = new EventBusSrv();
    const payloads: unknown[] = [];
    eventBus.subscribe({ type: SUMMARY_EVENT } as never, (e: { payload?: unknown }) => payloads.push(e.payload));
    render(<SegmentMatrixPanel {...getPanelProps([conventionalFrame()], { eventBus })} />);
    expect(payloads).toHaveLength(1);
    expect(payloads[0]).toMatchObject({ baseline: expect.any(String), current: expect.any(String), cuts: { x: expect.any(Number) } });
  });

  it('does not rebuild the spec when only the size changes', () => {
    const props = getPanelProps([conventionalFrame()]);
    const { rerender } = render(<SegmentMatrixPanel {...props} />);
    rerender(<SegmentMatrixPanel {...props} width={400} height={300} />);
    const last = rendered[rendered.length - 1];
    expect(last.width).toBe(400);
    expect(last.spec).toBe(rendered[0].spec);
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
});
