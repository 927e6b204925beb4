import React from 'react';
import { render, screen } from '@testing-library/react';
import { createTheme } from '@grafana/data';
import { TEST_IDS } from '../../constants';
import { modelFrom } from '../../spec/fixtures';
import { frameFromRows, PROFILE_HEADER } from '../../test-utils/frames';
import { buildFormatters } from '../format/formatters';
import { SegmentTooltip } from './SegmentTooltip';

beforeAll(() => {
  // VizTooltipContainer measures itself with a ResizeObserver, which jsdom does not have.
  (globalThis as unknown as { ResizeObserver: unknown }).ResizeObserver = class {
    observe() {}
    unobserve() {}
    disconnect() {}
  };
});

const EVIL = '<img src=x onerror=alert(1)>';

describe('SegmentTooltip', () => {
  const frame = frameFromRows(
    ['segment', 'period', 'needs', 'value', 'customers'],
    [
      [EVIL, '2024', 1, 2, 10],
      [EVIL, '2025', 2, 3, 20],
      ['Other', '2024', 3, 3, 5],
      ['Other', '2025', 3, 4, 6],
    ]
  );
  const profiles = frameFromRows(PROFILE_HEADER, [[EVIL, '<b>bold</b> definition', '', '', '', '<script>x()</script>', '']], { refId: 'B' });
  const model = modelFrom([frame, profiles]);
  const formatters = buildFormatters(model, [frame], {}, createTheme());

  it('shows names and profile texts as text, never as HTML', () => {
    const segment = model.segments.find((s) => s.segment === EVIL)!;
    render(<SegmentTooltip model={model} segment={segment} formatters={formatters} position={{ x: 10, y: 10 }} />);
    const tooltip = screen.getByTestId(TEST_IDS.tooltip);
    expect(tooltip.textContent).toContain(EVIL);
    expect(tooltip.textContent).toContain('<b>bold</b> definition');
    expect(tooltip.textContent).toContain('<script>x()</script>');
    expect(tooltip.querySelector('img')).toBeNull();
    expect(tooltip.querySelector('b')).toBeNull();
    expect(tooltip.querySelector('script')).toBeNull();
  });

  it('renders in a portal, outside the panel (Grafana panels are transformed, which breaks fixed positioning)', () => {
    const { container } = render(
      <SegmentTooltip model={model} segment={model.segments[0]} formatters={formatters} position={{ x: 10, y: 10 }} />
    );
    expect(container.querySelector(`[data-testid="${TEST_IDS.tooltip}"]`)).toBeNull();
    expect(screen.getByTestId(TEST_IDS.tooltip)).toBeInTheDocument();
  });
});
