import React from 'react';
import { render, screen, within } from '@testing-library/react';
import { createTheme } from '@grafana/data';
import { TEST_IDS } from '../../constants';
import { conventionalModel } from '../../spec/fixtures';
import { conventionalFrame } from '../../test-utils/frames';
import { buildFormatters } from '../format/formatters';
import { EffectivenessStrip } from './EffectivenessStrip';

describe('EffectivenessStrip', () => {
  const model = conventionalModel();
  const formatters = buildFormatters(model, [conventionalFrame()], {}, createTheme());

  it('shows the three indicators, each with its sentence and its verdict in words', () => {
    render(<EffectivenessStrip model={model} formatters={formatters} height={52} />);
    const strip = screen.getByTestId(TEST_IDS.strip);
    expect(within(strip).getAllByRole('listitem')).toHaveLength(3);
    for (const key of ['growth', 'resources', 'satisfaction'] as const) {
      const card = screen.getByTestId(TEST_IDS.indicator(key));
      const verdict = model.indicators.verdicts[key];
      expect(card).toHaveAttribute('data-verdict', verdict);
      expect(card.textContent).toContain({ 'on-track': 'On track', 'off-track': 'Off track', flat: 'Flat', 'no-data': 'No data' }[verdict]);
    }
    expect(screen.getByTestId(TEST_IDS.indicator('resources')).textContent).toMatch(/^Budget share to priorities/);
    expect(screen.getByTestId(TEST_IDS.indicator('satisfaction')).textContent).toMatch(/^Satisfaction in priority segments/);
  });
});
